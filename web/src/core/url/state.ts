/**
 * The part of the state a shared link carries: the selected node, the saved query and its parameters,
 * the filters and the colouring. Read once at start, written on every change (replaceState).
 */
import { z } from "zod";
import { ALL_NODE_TYPES, ALL_REL_TYPES, type ExplorerState } from "../store.ts";

export interface UrlState {
  node: string | null;
  query: { name: string; params: Record<string, unknown> } | null;
  nodeTypes: string[] | null;
  relTypes: string[] | null;
  from: string | null;
  to: string | null;
  colorBy: "type" | "community" | null;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const list = (allowed: readonly string[]) => (s: string | null) =>
  s === null ? null : s.split(",").filter((x) => allowed.includes(x));

/** Unknown or malformed values are ignored rather than trusted (STYLE.md §7). */
export function readUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const queryName = p.get("query");
  const params: Record<string, unknown> = {};
  for (const [k, v] of p) if (k.startsWith("p.")) params[k.slice(2)] = v;
  const color = p.get("color");
  return {
    node: p.get("node"),
    query: queryName && /^[\w-]+$/.test(queryName) ? { name: queryName, params } : null,
    nodeTypes: list(ALL_NODE_TYPES)(p.get("types")),
    relTypes: list(ALL_REL_TYPES)(p.get("rels")),
    from: date.safeParse(p.get("from")).success ? p.get("from") : null,
    to: date.safeParse(p.get("to")).success ? p.get("to") : null,
    colorBy: color === "community" || color === "type" ? color : null,
  };
}

export function writeUrl(s: ExplorerState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set("node", s.selected);
  if (s.query) {
    p.set("query", s.query.name);
    for (const [k, v] of Object.entries(s.query.params)) p.set(`p.${k}`, String(v));
  }
  if (s.filters.nodeTypes.length !== ALL_NODE_TYPES.length) p.set("types", s.filters.nodeTypes.join(","));
  if (s.filters.relTypes.length !== ALL_REL_TYPES.length) p.set("rels", s.filters.relTypes.join(","));
  if (s.filters.from) p.set("from", s.filters.from);
  if (s.filters.to) p.set("to", s.filters.to);
  if (s.colorBy !== "type") p.set("color", s.colorBy);
  const q = p.toString();
  return q ? `?${q}` : "";
}
