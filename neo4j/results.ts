/**
 * Converts Neo4j records into plain JSON: a table (columns, rows) and a graph (nodes and relationships,
 * deduplicated) so that any query can be shown both ways. Nodes are keyed by their `id` property when they
 * have one (the ontology's ids), else by Neo4j's element id.
 */
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";

export interface GraphNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface GraphRelationship {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface QueryGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export class ResultCollector {
  readonly rows: Record<string, unknown>[] = [];
  private readonly nodes = new Map<string, GraphNode>();
  private readonly rels = new Map<string, GraphRelationship>();
  /** element id → node key, for relationship endpoints. */
  private readonly keyOf = new Map<string, string>();
  private readonly pendingRels: Relationship[] = [];

  add(record: Neo4jRecord): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const k of record.keys) row[String(k)] = this.value(record.get(k));
    this.rows.push(row);
    return row;
  }

  graph(): QueryGraph {
    for (const r of this.pendingRels) {
      const source = this.keyOf.get(r.startNodeElementId);
      const target = this.keyOf.get(r.endNodeElementId);
      if (!source || !target || this.rels.has(r.elementId)) continue;
      this.rels.set(r.elementId, {
        key: r.elementId,
        type: r.type,
        source,
        target,
        properties: plain(r.properties) as Record<string, unknown>,
      });
    }
    return { nodes: [...this.nodes.values()], relationships: [...this.rels.values()] };
  }

  private node(n: Node): GraphNode {
    const key = typeof n.properties.id === "string" ? n.properties.id : n.elementId;
    this.keyOf.set(n.elementId, key);
    let g = this.nodes.get(key);
    if (!g) {
      g = { key, labels: [...n.labels], properties: plain(n.properties) as Record<string, unknown> };
      this.nodes.set(key, g);
    }
    return g;
  }

  private value(v: unknown): unknown {
    if (neo4j.isNode(v)) {
      const g = this.node(v as Node);
      return { key: g.key, labels: g.labels, properties: g.properties };
    }
    if (neo4j.isRelationship(v)) {
      const r = v as Relationship;
      this.pendingRels.push(r);
      return { type: r.type, properties: plain(r.properties) };
    }
    if (neo4j.isPath(v)) {
      const p = v as Path;
      const nodes = [p.start, ...p.segments.map((s) => s.end)].map((n) => this.node(n).key);
      for (const s of p.segments) this.pendingRels.push(s.relationship);
      return { nodes, relationships: p.segments.map((s) => s.relationship.type) };
    }
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (v && typeof v === "object" && !(v instanceof Date) && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.value(x)]));
    }
    return plain(v);
  }
}

/** Temporal and spatial values become strings; integers are numbers already (disableLosslessIntegers). */
function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(plain);
  if (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  ) {
    return String(v);
  }
  if (typeof v === "object") return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, plain(x)]));
  return v;
}
