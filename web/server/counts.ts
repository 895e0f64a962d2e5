/** How many nodes of each label and relationships of each type the graph holds. */
import { NODE_LABELS, REL_TYPES } from "../../ontology/model.ts";
import type { AppDeps } from "./app.ts";

const COUNT_LABELS = `
UNWIND $labels AS label
CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n }
RETURN label, n`;

const COUNT_TYPES = `
UNWIND $types AS type
CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS n }
RETURN type, n`;

export async function graphCounts(deps: Pick<AppDeps, "driver" | "database">) {
  const opts = { routing: "READ" as const, ...(deps.database ? { database: deps.database } : {}) };
  const nodes = await deps.driver.executeQuery(COUNT_LABELS, { labels: [...NODE_LABELS] }, opts);
  const rels = await deps.driver.executeQuery(COUNT_TYPES, { types: [...REL_TYPES] }, opts);
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get("label"), r.get("n")])) as Record<string, number>,
    relationships: Object.fromEntries(rels.records.map((r) => [r.get("type"), r.get("n")])) as Record<string, number>,
  };
}
