/**
 * Exports of the graph on screen: GEXF (graphology-gexf, opens in Gephi), GraphML (opens in Cytoscape
 * and yEd; graphology has a GraphML reader but no writer, so it is written here), graphology JSON,
 * and CSV (nodes and edges).
 */
import type Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";

export function toGexf(g: Graph): string {
  return writeGexf(g, { pretty: true, version: "1.3" });
}

export function toJson(g: Graph): string {
  return JSON.stringify(g.export(), null, 1);
}

const xml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

type AttrType = "string" | "double" | "boolean";
const typeOf = (v: unknown): AttrType =>
  typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";

function keys(items: Record<string, unknown>[], domain: "node" | "edge", prefix: string) {
  const found = new Map<string, AttrType>();
  for (const a of items) {
    for (const [k, v] of Object.entries(a)) {
      if (v === null || v === undefined) continue;
      const t = typeOf(v);
      const prev = found.get(k);
      found.set(k, prev && prev !== t ? "string" : t);
    }
  }
  return [...found].map(([name, type], i) => ({ id: `${prefix}${i}`, name, type, domain }));
}

export function toGraphml(g: Graph): string {
  const nodeAttrs = g.mapNodes((_k, a) => a as Record<string, unknown>);
  const edgeAttrs = g.mapEdges((_k, a) => a as Record<string, unknown>);
  const nk = keys(nodeAttrs, "node", "n");
  const ek = keys(edgeAttrs, "edge", "e");
  const data = (a: Record<string, unknown>, ks: typeof nk) =>
    ks
      .filter((k) => a[k.name] !== undefined && a[k.name] !== null)
      .map((k) => `      <data key="${k.id}">${xml(String(a[k.name]))}</data>`)
      .join("\n");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nk, ...ek].map(
      (k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
  ];
  g.forEachNode((key, a) => lines.push(`    <node id="${xml(key)}">\n${data(a, nk)}\n    </node>`));
  g.forEachEdge((key, a, s, t) =>
    lines.push(`    <edge id="${xml(key)}" source="${xml(s)}" target="${xml(t)}">\n${data(a, ek)}\n    </edge>`),
  );
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n");
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(g: Graph): { nodes: string; edges: string } {
  const nodeCols = ["id", "label", "nodeType", "x", "y", "aliases", "sources", "date"];
  const edgeCols = [
    "id",
    "source",
    "target",
    "relType",
    "role",
    "attribution",
    "confidence",
    "outlets",
    "sources",
    "evidence",
  ];
  const nodes = [nodeCols.join(",")];
  g.forEachNode((k, a) =>
    nodes.push([k, a.label, a.nodeType, a.x, a.y, a.aliases, a.sources, a.date].map(csvCell).join(",")),
  );
  const edges = [edgeCols.join(",")];
  g.forEachEdge((k, a, s, t) =>
    edges.push(
      [k, s, t, a.relType, a.role, a.attribution, a.confidence, a.outlets, a.sources, a.evidence]
        .map(csvCell)
        .join(","),
    ),
  );
  return { nodes: nodes.join("\n") + "\n", edges: edges.join("\n") + "\n" };
}
