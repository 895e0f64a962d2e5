/** How many nodes of each label and relationships of each type the graph holds. */
import { NODE_LABELS, REL_TYPES } from "../../ontology/model.ts";
import { readOptions, type AppDeps } from "./app.ts";

/**
 * One branch per label and per type, so each count comes from Neo4j's count store instead of a scan.
 * The names spliced in are the ontology's constants, never input.
 */
const COUNT_LABELS = NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS n`).join(
  "\nUNION ALL\n",
);
const COUNT_TYPES = REL_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS type, count(r) AS n`).join(
  "\nUNION ALL\n",
);

export async function graphCounts(deps: Pick<AppDeps, "driver" | "database">) {
  const nodes = await deps.driver.executeQuery(COUNT_LABELS, {}, readOptions(deps));
  const rels = await deps.driver.executeQuery(COUNT_TYPES, {}, readOptions(deps));
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get("label"), r.get("n")])) as Record<string, number>,
    relationships: Object.fromEntries(rels.records.map((r) => [r.get("type"), r.get("n")])) as Record<string, number>,
  };
}
