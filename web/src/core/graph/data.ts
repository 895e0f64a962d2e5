/**
 * The explored subgraph as plain, serialisable data: the truth from which the drawn graphology graph is
 * derived (STYLE.md §3). Pure functions only: merging results, removing nodes, filtering.
 */
import { NODE_LABELS } from "../../../../ontology/model.ts";

export interface ApiGraph {
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { key: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
}

export interface NodeData {
  key: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface EdgeData {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphData {
  nodes: Record<string, NodeData>;
  edges: Record<string, EdgeData>;
}

export const emptyGraph = (): GraphData => ({ nodes: {}, edges: {} });

const typeOf = (labels: string[]) =>
  labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? labels[0] ?? "Node";

export function fromApi(g: ApiGraph): GraphData {
  const out = emptyGraph();
  for (const n of g.nodes) {
    const p = n.properties;
    const label = String(p.name ?? p.label ?? p.headline ?? n.key);
    out.nodes[n.key] = { key: n.key, type: typeOf(n.labels), label, properties: p };
  }
  for (const r of g.relationships) {
    if (!out.nodes[r.source] || !out.nodes[r.target]) continue;
    const key = `${r.type}:${r.source}->${r.target}`;
    out.edges[key] = { key, type: r.type, source: r.source, target: r.target, properties: r.properties };
  }
  return out;
}

export function merge(a: GraphData, b: GraphData): GraphData {
  return { nodes: { ...a.nodes, ...b.nodes }, edges: { ...a.edges, ...b.edges } };
}

export function withoutNodes(g: GraphData, keys: Iterable<string>): GraphData {
  const drop = new Set(keys);
  const nodes = Object.fromEntries(Object.entries(g.nodes).filter(([k]) => !drop.has(k)));
  const edges = Object.fromEntries(
    Object.entries(g.edges).filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)),
  );
  return { nodes, edges };
}

export interface Filters {
  nodeTypes: string[];
  relTypes: string[];
  /** Attacks outside [from, to] are hidden (ISO dates; null = open). */
  from: string | null;
  to: string | null;
}

export function applyFilters(g: GraphData, f: Filters): GraphData {
  const nodeTypes = new Set(f.nodeTypes);
  const relTypes = new Set(f.relTypes);
  const shown = (n: NodeData) => {
    if (!nodeTypes.has(n.type)) return false;
    if (n.type === "Attack") {
      const d = n.properties.date as string | undefined;
      if (f.from && (!d || d < f.from)) return false;
      if (f.to && (!d || d > f.to)) return false;
    }
    return true;
  };
  const hidesSome = () => {
    for (const k in g.nodes) if (!shown(g.nodes[k]!)) return true;
    for (const k in g.edges) if (!relTypes.has(g.edges[k]!.type)) return true;
    return false;
  };
  // Filters that hide nothing give back the graph itself: copying 50,000 nodes would delay the first
  // frame of a large graph for nothing.
  if (!hidesSome()) return g;
  const nodes: Record<string, NodeData> = {};
  for (const k in g.nodes) if (shown(g.nodes[k]!)) nodes[k] = g.nodes[k]!;
  const edges: Record<string, EdgeData> = {};
  for (const k in g.edges) {
    const e = g.edges[k]!;
    if (nodes[e.source] && nodes[e.target] && relTypes.has(e.type)) edges[k] = e;
  }
  return { nodes, edges };
}

/** Counting a record's keys walks them all; a record is never changed once built, so each is counted once. */
const counted = new WeakMap<object, number>();
function countKeys(record: object): number {
  let n = counted.get(record);
  if (n === undefined) {
    n = Object.keys(record).length;
    counted.set(record, n);
  }
  return n;
}

export const nodeCount = (g: GraphData) => countKeys(g.nodes);
export const edgeCount = (g: GraphData) => countKeys(g.edges);
