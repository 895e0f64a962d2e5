/**
 * Opening a graph file (graphology JSON, as exported by the explorer or the loader's dry run, or GEXF
 * from Gephi) as the explored graph, with the positions it carries.
 */
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { GraphData } from "./data.ts";
import type { Positions } from "./derive.ts";

export interface ImportedGraph {
  data: GraphData;
  positions: Positions;
}

export class GraphFileError extends Error {
  override name = "GraphFileError";
}

function toGraph(text: string, fileName: string): Graph {
  try {
    return parseGexf(Graph, text, { allowUndeclaredAttributes: true });
  } catch (e) {
    throw new GraphFileError(`${fileName}: not a GEXF file this explorer can read (${(e as Error).message})`);
  }
}

interface SerializedGraph {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** graphology JSON (as a file holds it, or as a parsed GEXF graph exports it) as plain data. */
function fromSerialized(json: SerializedGraph): ImportedGraph {
  const data: GraphData = { nodes: {}, edges: {} };
  const positions: Positions = {};
  for (const n of json.nodes) {
    const { x, y, label, nodeType, type, ...properties } = n.attributes ?? {};
    data.nodes[n.key] = {
      key: n.key,
      type: String(nodeType ?? type ?? "Node"),
      label: String(label ?? properties.name ?? n.key),
      properties,
    };
    if (typeof x === "number" && typeof y === "number") positions[n.key] = { x, y };
  }
  json.edges.forEach((e, i) => {
    if (!data.nodes[e.source] || !data.nodes[e.target]) return;
    const { relType, type, ...properties } = e.attributes ?? {};
    const key = e.key ?? `e${i}`;
    data.edges[key] = {
      key,
      type: String(relType ?? type ?? "RELATED"),
      source: e.source,
      target: e.target,
      properties,
    };
  });
  return { data, positions };
}

export function importGraph(text: string, fileName: string): ImportedGraph {
  if (!/\.gexf$/i.test(fileName) && !text.trimStart().startsWith("<")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new GraphFileError(`${fileName}: not a graphology JSON file (${(e as Error).message})`);
    }
    const j = json as Partial<SerializedGraph>;
    if (!Array.isArray(j.nodes) || !Array.isArray(j.edges))
      throw new GraphFileError(`${fileName}: a graph file needs "nodes" and "edges" lists`);
    return fromSerialized(j as SerializedGraph);
  }
  return fromSerialized(toGraph(text, fileName).export() as SerializedGraph);
}
