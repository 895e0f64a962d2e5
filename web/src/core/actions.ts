/** What the user can do, as functions over the API and the store; views call these and nothing else. */
import { api } from "./api/client.ts";
import { fromApi, nodeCount } from "./graph/data.ts";
import { importGraph } from "./graph/import.ts";
import { addGraph, savePositions, select, setGraph, store, task } from "./store.ts";

export const loadOverview = () =>
  task("Loading the graph…", async () => {
    setGraph(fromApi(await api.overview()));
  });

/** Adds a node's neighbourhood to the view. */
export const expand = (key: string, depth = 1) =>
  task("Expanding…", async () => {
    const before = nodeCount(store.getState().data);
    addGraph(fromApi(await api.neighborhood(key, depth)));
    return nodeCount(store.getState().data) - before;
  });

/** Brings a node (found by search) into the view with its neighbours, and selects it. */
export const focusNode = (key: string) =>
  task("Opening…", async () => {
    if (!store.getState().data.nodes[key]) addGraph(fromApi(await api.neighborhood(key, 1)));
    select(key);
  });

/** Replaces the view with a node's ego network (neighbours up to two steps). */
export const egoNetwork = (key: string) =>
  task("Loading ego network…", async () => {
    setGraph(fromApi(await api.neighborhood(key, 2)));
    select(key);
  });

export const runSavedQuery = (name: string, params: Record<string, unknown>) =>
  task(`Running ${name}…`, async () => {
    const r = await api.runQuery(name, params);
    setGraph(fromApi(r.graph));
    store.setState({ query: { name, params }, table: { columns: r.columns, rows: r.rows, truncated: r.truncated } });
    return r;
  });

export const runCypher = (query: string) =>
  task("Running Cypher…", async () => {
    const r = await api.cypher(query);
    setGraph(fromApi(r.graph));
    store.setState({ query: null, table: { columns: r.columns, rows: r.rows, truncated: r.truncated } });
    return r;
  });

/** Draws the shortest path between two actors (by name) and highlights it. */
export const showPath = (from: string, to: string) =>
  task("Finding the shortest path…", async () => {
    const r = await api.runQuery("shortest-path", { from, to });
    if (r.rows.length === 0) throw new Error(`no path links ${from} and ${to}`);
    addGraph(fromApi(r.graph));
    const first = r.rows[0]!.p as { nodes: string[] };
    store.setState({ path: first.nodes });
  });

/** Opens a graph file (graphology JSON or GEXF) as the view. */
export const openGraphFile = (file: File) =>
  task(`Opening ${file.name}…`, async () => {
    const { data, positions } = importGraph(await file.text(), file.name);
    savePositions(positions);
    setGraph(data);
    store.setState({ query: null, table: null, selected: null });
  });
