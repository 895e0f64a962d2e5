/**
 * Opening a graph file (graphology JSON, as exported by the explorer or the loader's dry run, or GEXF
 * from Gephi) as the explored graph, with the positions it carries.
 */
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
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
  if (/\.gexf$/i.test(fileName) || text.trimStart().startsWith("<")) {
    try {
      return parseGexf(Graph, text, { allowUndeclaredAttributes: true });
    } catch (e) {
      throw new GraphFileError(`${fileName}: not a GEXF file this explorer can read (${(e as Error).message})`);
    }
  }
  try {
    const g = new Graph({ multi: true, type: "mixed" });
    g.import(JSON.parse(text));
    return g;
  } catch (e) {
    throw new GraphFileError(`${fileName}: not a graphology JSON file (${(e as Error).message})`);
  }
}

export function importGraph(text: string, fileName: string): ImportedGraph {
  const g = toGraph(text, fileName);
  const data: GraphData = { nodes: {}, edges: {} };
  const positions: Positions = {};
  g.forEachNode((key, a) => {
    const { x, y, label, nodeType, type, ...properties } = a as Record<string, unknown>;
    data.nodes[key] = { key, type: String(nodeType ?? type ?? "Node"), label: String(label ?? properties.name ?? key), properties };
    if (typeof x === "number" && typeof y === "number") positions[key] = { x, y };
  });
  g.forEachEdge((key, a, source, target) => {
    const { relType, type, ...properties } = a as Record<string, unknown>;
    data.edges[key] = { key, type: String(relType ?? type ?? "RELATED"), source, target, properties };
  });
  return { data, positions };
}
