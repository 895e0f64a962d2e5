/**
 * The explorer's state, outside React (STYLE.md §4): a zustand vanilla store with pure updates.
 * The graph here is plain data; the drawn graph is derived from it (core/graph/derive.ts).
 */
import { createStore } from "zustand/vanilla";
import { EVENT_REL_TYPES, FACT_TYPES, NODE_LABELS } from "../../../ontology/model.ts";
import { emptyGraph, merge, withoutNodes, type Filters, type GraphData } from "./graph/data.ts";
import type { Positions } from "./graph/derive.ts";
import type { QueryResult } from "./api/client.ts";

export interface ExplorerState {
  data: GraphData;
  positions: Positions;
  /** Earlier graphs, for undo. */
  history: GraphData[];
  pinned: string[];
  selected: string | null;
  hovered: string | null;
  filters: Filters;
  sizeBy: "degree" | "mentions";
  colorBy: "type" | "community";
  /** Nodes of a shortest path to highlight. */
  path: string[] | null;
  /** The saved query (and parameters) the view came from, for the URL. */
  query: { name: string; params: Record<string, unknown> } | null;
  table: Pick<QueryResult, "columns" | "rows" | "truncated"> | null;
  busy: string | null;
  error: string | null;
  layoutRunning: boolean;
}

export const ALL_NODE_TYPES = NODE_LABELS.filter((l) => l !== "Article");
export const ALL_REL_TYPES = [...FACT_TYPES, ...EVENT_REL_TYPES];

export const initialState = (): ExplorerState => ({
  data: emptyGraph(),
  positions: {},
  history: [],
  pinned: [],
  selected: null,
  hovered: null,
  filters: { nodeTypes: [...ALL_NODE_TYPES], relTypes: [...ALL_REL_TYPES], from: null, to: null },
  sizeBy: "degree",
  colorBy: "type",
  path: null,
  query: null,
  table: null,
  busy: null,
  error: null,
  layoutRunning: false,
});

export const store = createStore<ExplorerState>(() => initialState());

const HISTORY = 30;

/** Replaces the graph, keeping the previous one for undo. */
export function setGraph(data: GraphData): void {
  store.setState((s) => ({ data, history: [...s.history, s.data].slice(-HISTORY), path: null }));
}

export function addGraph(more: GraphData): void {
  setGraph(merge(store.getState().data, more));
}

export function hideNodes(keys: string[]): void {
  const s = store.getState();
  setGraph(withoutNodes(s.data, keys));
  if (s.selected && keys.includes(s.selected)) store.setState({ selected: null });
}

export function undo(): void {
  store.setState((s) => {
    const prev = s.history[s.history.length - 1];
    return prev ? { data: prev, history: s.history.slice(0, -1), path: null } : {};
  });
}

export function togglePin(key: string): void {
  store.setState((s) => ({ pinned: s.pinned.includes(key) ? s.pinned.filter((k) => k !== key) : [...s.pinned, key] }));
}

export function savePositions(positions: Positions): void {
  store.setState((s) => ({ positions: { ...s.positions, ...positions } }));
}

export function setFilters(f: Partial<Filters>): void {
  store.setState((s) => ({ filters: { ...s.filters, ...f } }));
}

export function select(key: string | null): void {
  store.setState({ selected: key });
}

export function fail(message: string | null): void {
  store.setState({ error: message, busy: null });
}

/** Runs an async task with a busy label, turning its failure into a visible error. */
export async function task<T>(label: string, fn: () => Promise<T>): Promise<T | undefined> {
  store.setState({ busy: label, error: null });
  try {
    const r = await fn();
    store.setState({ busy: null });
    return r;
  } catch (e) {
    fail((e as Error).message);
    return undefined;
  }
}
