/**
 * Derives the graphology graph sigma draws from the plain data: positions, sizes, colours, labels.
 * Nodes keep their position between derivations; a new node starts next to a neighbour (or on a circle
 * by a hash of its key), so the drawing is stable and repeatable.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { COMMUNITY_COLORS, FALLBACK_COLOR, REL_COLORS, TYPE_COLORS, nodeSize, relLabel } from "../style/palette.ts";
import { nodeCount, type EdgeData, type GraphData } from "./data.ts";

export type Positions = Record<string, { x: number; y: number }>;

export interface DeriveOptions {
  sizeBy: "degree" | "mentions";
  colorBy: "type" | "community";
  pinned: string[];
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/** A seeded generator, so community detection gives the same answer every time (STYLE.md §10). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function deriveGraph(data: GraphData, positions: Positions, opts: DeriveOptions): Graph {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const pinned = new Set(opts.pinned);
  const edges: EdgeData[] = [];
  // Degrees and neighbours from the data, so each node is added once with all its attributes.
  const degree = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  const addNeighbour = (key: string, other: string) => {
    if (positions[key]) return;
    const list = neighbours.get(key);
    if (list) list.push(other);
    else neighbours.set(key, [other]);
  };
  for (const k in data.edges) {
    const e = data.edges[k]!;
    if (e.source === e.target || !data.nodes[e.source] || !data.nodes[e.target]) continue;
    edges.push(e);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    addNeighbour(e.source, e.target);
    addNeighbour(e.target, e.source);
  }
  // Positions: kept, else beside a placed neighbour, else on a circle by hash.
  const radius = 10 * Math.sqrt(nodeCount(data) || 1);
  const place = (key: string) => {
    const p = positions[key];
    if (p) return p;
    const placed = (neighbours.get(key) ?? []).map((k) => positions[k]).find(Boolean);
    const a = hash(key) * 2 * Math.PI;
    const r = placed ? 3 + hash(key + "r") * 4 : radius * (0.5 + hash(key + "r") / 2);
    return { x: (placed?.x ?? 0) + r * Math.cos(a), y: (placed?.y ?? 0) + r * Math.sin(a) };
  };
  for (const key in data.nodes) {
    const n = data.nodes[key]!;
    const attrs = flatProps(n.properties);
    const { x, y } = place(key);
    attrs.label = n.label;
    attrs.nodeType = n.type;
    attrs.color = TYPE_COLORS[n.type] ?? FALLBACK_COLOR;
    attrs.fixed = pinned.has(key);
    attrs.x = x;
    attrs.y = y;
    attrs.size = nodeSize(degree.get(key) ?? 0, Number(n.properties.mentions ?? 0), opts.sizeBy);
    g.addNode(key, attrs);
  }
  for (const e of edges) {
    const attrs = flatProps(e.properties);
    attrs.relType = e.type;
    attrs.label = relLabel(e.type);
    attrs.color = REL_COLORS[e.type] ?? "#cccccc";
    attrs.size = 1.5;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
  }
  if (opts.colorBy === "community" && g.size > 0) {
    const communities = louvain(g, { rng: seededRandom(42), getEdgeWeight: null });
    g.forEachNode((key) =>
      g.setNodeAttribute(key, "color", COMMUNITY_COLORS[(communities[key] ?? 0) % COMMUNITY_COLORS.length]!),
    );
  }
  return g;
}

const SKIPPED = new Set(["text", "label", "type", "x", "y", "size", "color"]);

/** Graph attributes must be scalars or lists of scalars for GEXF/GraphML; text stays out of the drawing. */
function flatProps(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in p) {
    const v = p[k];
    if (SKIPPED.has(k)) continue;
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String).join(" | ") : typeof v === "object" ? JSON.stringify(v) : v;
  }
  return out;
}
