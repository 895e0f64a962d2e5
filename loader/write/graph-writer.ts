/**
 * Writes one graph (graphology JSON from graph/build.ts) inside a single write transaction, in
 * UNWIND batches: either all of it is stored or, when anything fails, none of it.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { GraphJson } from "../../ontology/graph.ts";
import { ENTITY_LABELS, isNodeLabel, isRelType, type NodeLabel, type RelType } from "../../ontology/model.ts";
import {
  MERGE_ARTICLES,
  MERGE_ATTACKS,
  REFRESH_ATTACK_TOLLS,
  mergeEntities,
  mergeMentions,
  mergeRelationships,
} from "./statements.ts";

const CHUNK = 2_000;

export interface WriteCounts {
  nodes: number;
  relationships: number;
}

/** The statements append lists with a single `NOT x IN` filter, which relies on each list being distinct. */
const distinct = (list: unknown): unknown[] => [...new Set(Array.isArray(list) ? list : [])];

async function run(tx: ManagedTransaction, cypher: string, rows: unknown[], key = "rows") {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.run(cypher, { [key]: rows.slice(i, i + CHUNK) });
}

export async function writeGraph(tx: ManagedTransaction, graph: GraphJson): Promise<WriteCounts> {
  const labelOf = new Map<string, NodeLabel>();
  for (const n of graph.nodes) labelOf.set(n.key, n.attributes.type);
  const attr = (a: Record<string, unknown>, k: string) => a[k] ?? null;

  const articles = graph.nodes.filter((n) => n.attributes.type === "Article");
  await run(
    tx,
    MERGE_ARTICLES,
    articles.map((n) => {
      const a = n.attributes as Record<string, unknown>;
      return {
        id: a.id,
        outlet: attr(a, "outlet"),
        headline: attr(a, "headline"),
        published: attr(a, "published"),
        url: attr(a, "url"),
        file: attr(a, "file"),
        text: attr(a, "text"),
      };
    }),
  );
  for (const label of ENTITY_LABELS) {
    const rows = graph.nodes
      .filter((n) => n.attributes.type === label)
      .map((n) => ({
        id: n.key,
        name: n.attributes.name ?? n.attributes.label,
        aliases: distinct(n.attributes.aliases),
        names: distinct([...(n.attributes.aliases ?? []), n.attributes.name ?? n.attributes.label]),
        sources: distinct(n.attributes.sources),
        actorType: attr(n.attributes, "actorType"),
      }));
    await run(tx, mergeEntities(label), rows);
  }
  const attacks = graph.nodes.filter((n) => n.attributes.type === "Attack");
  await run(
    tx,
    MERGE_ATTACKS,
    attacks.map((n) => {
      const a = n.attributes as Record<string, unknown>;
      return {
        id: n.key,
        label: a.label,
        date: attr(a, "date"),
        datePrecision: attr(a, "datePrecision"),
        dateText: attr(a, "dateText"),
        eventType: attr(a, "eventType"),
        weapon: attr(a, "weapon"),
        sources: distinct(a.sources),
        evidence: a.evidence ?? [],
        evidenceSources: a.evidenceSources ?? [],
        fatalityCounts: a.fatalityCounts ?? [],
        fatalitySources: a.fatalitySources ?? [],
        woundedCounts: a.woundedCounts ?? [],
        woundedSources: a.woundedSources ?? [],
      };
    }),
  );

  // Relationships grouped by (type, from label, to label): each group is one whitelisted statement.
  const groups = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rows: Record<string, unknown>[] }>();
  const mentionGroups = new Map<NodeLabel, Record<string, unknown>[]>();
  for (const e of graph.edges) {
    const a = e.attributes as Record<string, unknown>;
    const type = String(a.type);
    const from = labelOf.get(e.source);
    const to = labelOf.get(e.target);
    if (!isRelType(type) || !from || !to || !isNodeLabel(to))
      throw new Error(`edge ${e.key ?? `${e.source}->${e.target}`} does not fit the ontology`);
    if (type === "MENTIONS") {
      const rows = mentionGroups.get(to) ?? [];
      rows.push({
        article: String(a.sources instanceof Array ? a.sources[0] : ""),
        target: e.target,
        count: Number(a.count ?? 1),
      });
      mentionGroups.set(to, rows);
      continue;
    }
    const k = `${type}|${from}|${to}`;
    const g = groups.get(k) ?? { type, from, to, rows: [] };
    const roles = distinct(a.role ? String(a.role).split("; ") : []);
    const outletNames = distinct(a.outletNames);
    g.rows.push({
      from: e.source,
      to: e.target,
      props: {
        sources: distinct(a.sources),
        evidence: a.evidence ?? [],
        evidenceSources: a.evidenceSources ?? [],
        roles,
        role: a.role ?? null,
        attributions: a.attribution ? [a.attribution] : [],
        attribution: a.attribution ?? null,
        confidence: a.confidence ?? 0.5,
        outletNames,
        outlets: outletNames.length,
      },
    });
    groups.set(k, g);
  }
  for (const [label, rows] of mentionGroups) await run(tx, mergeMentions(label), rows);
  for (const g of groups.values()) await run(tx, mergeRelationships(g.type, g.from, g.to), g.rows);

  await run(
    tx,
    REFRESH_ATTACK_TOLLS,
    attacks.map((n) => n.key),
    "ids",
  );
  return { nodes: graph.nodes.length, relationships: graph.edges.length };
}
