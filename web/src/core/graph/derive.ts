/**
 * Derives the graphology graph sigma draws from the plain data: positions, sizes, colours, labels.
 * Nodes keep their position between derivations; a new node starts next to a neighbour (or on a circle
 * by a hash of its key), so the drawing is stable and repeatable.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { COMMUNITY_COLORS, FALLBACK_COLOR, REL_COLORS, TYPE_COLORS, nodeSize } from "../style/palette.ts";
import type { GraphData } from "./data.ts";

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
  for (const n of Object.values(data.nodes)) {
    g.addNode(n.key, {
      label: n.label,
      nodeType: n.type,
      color: TYPE_COLORS[n.type] ?? FALLBACK_COLOR,
      fixed: pinned.has(n.key),
      ...flatProps(n.properties),
    });
  }
  for (const e of Object.values(data.edges)) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      relType: e.type,
      label: e.type.replace(/_/g, " ").toLowerCase(),
      color: REL_COLORS[e.type] ?? "#cccccc",
      size: 1.5,
      ...flatProps(e.properties),
    });
  }
  // Positions: kept, else beside a placed neighbour, else on a circle by hash.
  const n = g.order || 1;
  const radius = 10 * Math.sqrt(n);
  g.forEachNode((key) => {
    const p = positions[key];
    if (p) {
      g.mergeNodeAttributes(key, p);
      return;
    }
    const placed = g
      .neighbors(key)
      .map((k) => positions[k])
      .find(Boolean);
    const a = hash(key) * 2 * Math.PI;
    const r = placed ? 3 + hash(key + "r") * 4 : radius * (0.5 + hash(key + "r") / 2);
    g.mergeNodeAttributes(key, { x: (placed?.x ?? 0) + r * Math.cos(a), y: (placed?.y ?? 0) + r * Math.sin(a) });
  });
  g.forEachNode((key, attr) => {
    const mentions = Number(attr.mentions ?? 0);
    g.setNodeAttribute(key, "size", nodeSize(g.degree(key), mentions, opts.sizeBy));
  });
  if (opts.colorBy === "community" && g.size > 0) {
    const communities = louvain(g, { rng: seededRandom(42), getEdgeWeight: null });
    g.forEachNode((key) =>
      g.setNodeAttribute(key, "color", COMMUNITY_COLORS[(communities[key] ?? 0) % COMMUNITY_COLORS.length]!),
    );
  }
  return g;
}

/** Graph attributes must be scalars or lists of scalars for GEXF/GraphML; text stays out of the drawing. */
function flatProps(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (k === "text" || k === "label" || k === "type" || k === "x" || k === "y" || k === "size" || k === "color")
      continue;
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String).join(" | ") : typeof v === "object" ? JSON.stringify(v) : v;
  }
  return out;
}
