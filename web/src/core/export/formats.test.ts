import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml/node";
import { parse as parseGexf } from "graphology-gexf/node";
import { describe, expect, it } from "vitest";
import { toCsv, toGexf, toGraphml, toJson } from "./formats.ts";
import { exportName } from "./download.ts";

function sample() {
  const g = new Graph({ multi: true });
  g.addNode("person:a", {
    label: "Qais al-Khazali",
    nodeType: "Person",
    x: 1,
    y: 2,
    aliases: "Kais al-Khazali | Khazali",
  });
  g.addNode("organization:b", { label: 'Asaib Ahl al-Haq <"AAH">', nodeType: "Organization", x: 3, y: 4 });
  g.addEdgeWithKey("e1", "person:a", "organization:b", {
    relType: "AFFILIATED_WITH",
    role: "secretary-general",
    confidence: 0.9,
    evidence: 'He said, "we" & they',
  });
  return g;
}

describe("exports of the view", () => {
  it("GraphML reads back with the same nodes, edges and attributes", () => {
    const back = parseGraphml(Graph, toGraphml(sample()));
    expect([back.order, back.size]).toEqual([2, 1]);
    expect(back.getNodeAttribute("organization:b", "label")).toBe('Asaib Ahl al-Haq <"AAH">');
    expect(back.getEdgeAttributes(back.edges()[0]!)).toMatchObject({ relType: "AFFILIATED_WITH", confidence: 0.9 });
  });

  it("GEXF reads back with the same nodes and edges", () => {
    const back = parseGexf(Graph, toGexf(sample()), { allowUndeclaredAttributes: true });
    expect([back.order, back.size]).toEqual([2, 1]);
    expect(back.getNodeAttribute("person:a", "label")).toBe("Qais al-Khazali");
  });

  it("JSON is graphology's own format", () => {
    const back = new Graph({ multi: true });
    back.import(JSON.parse(toJson(sample())));
    expect(back.getNodeAttribute("person:a", "nodeType")).toBe("Person");
  });

  it("CSV quotes what needs quoting", () => {
    const { nodes, edges } = toCsv(sample());
    expect(nodes.split("\n")[0]).toBe("id,label,nodeType,x,y,aliases,sources,date");
    expect(edges).toContain('"He said, ""we"" & they"');
  });

  it("names files after what they hold", () => {
    expect(exportName("coalition-members", 4, 3, "gexf")).toMatch(
      /^militia-graph_coalition-members_4n-3e_\d{4}-\d{2}-\d{2}\.gexf$/,
    );
  });
});
