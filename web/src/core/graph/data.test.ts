import { describe, expect, it } from "vitest";
import { applyFilters, edgeCount, fromApi, merge, nodeCount, withoutNodes } from "./data.ts";
import { deriveGraph } from "./derive.ts";
import { importGraph } from "./import.ts";
import { write as writeGexf } from "graphology-gexf";

const api = {
  nodes: [
    {
      key: "organization:kh",
      labels: ["Organization"],
      properties: { id: "organization:kh", name: "Kataib Hezbollah", aliases: ["KH"] },
    },
    { key: "state:iran", labels: ["State"], properties: { id: "state:iran", name: "Iran" } },
    { key: "attack:1", labels: ["Attack"], properties: { id: "attack:1", label: "Strike", date: "2024-02-07" } },
  ],
  relationships: [
    { key: "r1", type: "BACKED_BY", source: "organization:kh", target: "state:iran", properties: { sources: ["a"] } },
    { key: "r2", type: "TARGETED", source: "attack:1", target: "organization:kh", properties: {} },
    { key: "r3", type: "PART_OF", source: "organization:kh", target: "organization:missing", properties: {} },
  ],
};

describe("the explored graph as plain data", () => {
  const g = fromApi(api);

  it("keeps nodes with their type and name, and drops relationships to nodes it does not have", () => {
    expect(g.nodes["organization:kh"]).toMatchObject({ type: "Organization", label: "Kataib Hezbollah" });
    expect(Object.keys(g.edges)).toHaveLength(2);
  });

  it("merges results without duplicating what is already there", () => {
    expect(Object.keys(merge(g, g).nodes)).toHaveLength(3);
  });

  it("hides a node with its relationships", () => {
    const h = withoutNodes(g, ["state:iran"]);
    expect(Object.keys(h.nodes)).toEqual(["organization:kh", "attack:1"]);
    expect(Object.values(h.edges).map((e) => e.type)).toEqual(["TARGETED"]);
  });

  /** Filters that show every type of the test graph and every date. */
  const all = {
    nodeTypes: ["Organization", "State", "Attack"],
    relTypes: ["BACKED_BY", "TARGETED"],
    from: null,
    to: null,
  };

  it("filters by type, relationship type and attack date", () => {
    expect(Object.keys(applyFilters(g, { ...all, nodeTypes: ["Organization", "Attack"] }).nodes)).toEqual([
      "organization:kh",
      "attack:1",
    ]);
    expect(Object.keys(applyFilters(g, { ...all, from: "2024-03-01" }).nodes)).not.toContain("attack:1");
    expect(Object.values(applyFilters(g, { ...all, relTypes: ["TARGETED"] }).edges).map((e) => e.type)).toEqual([
      "TARGETED",
    ]);
  });

  it("gives back the graph itself when the filters hide nothing, so a large graph is not copied", () => {
    expect(applyFilters(g, all)).toBe(g);
    expect(applyFilters(g, { ...all, relTypes: ["BACKED_BY"] })).not.toBe(g);
    expect(nodeCount(applyFilters(g, { ...all, to: "2024-01-01" }))).toBe(2);
  });

  it("counts the nodes and relationships of each graph, before and after a change", () => {
    expect([nodeCount(g), edgeCount(g)]).toEqual([3, 2]);
    const h = withoutNodes(g, ["state:iran"]);
    expect([nodeCount(h), edgeCount(h)]).toEqual([2, 1]);
    expect([nodeCount(g), edgeCount(g)]).toEqual([3, 2]);
  });

  it("derives a drawable graph: coloured by type, sized, placed the same way every time", () => {
    const a = deriveGraph(g, {}, { sizeBy: "degree", colorBy: "type", pinned: [] });
    const b = deriveGraph(g, {}, { sizeBy: "degree", colorBy: "type", pinned: [] });
    expect(a.getNodeAttribute("organization:kh", "color")).toBe("#2e86ab");
    expect(a.getNodeAttribute("organization:kh", "size")).toBeGreaterThan(a.getNodeAttribute("state:iran", "size"));
    expect(a.getNodeAttributes("state:iran")).toMatchObject({
      x: b.getNodeAttribute("state:iran", "x"),
      y: b.getNodeAttribute("state:iran", "y"),
    });
  });

  it("colours communities the same way on every run (seeded Louvain)", () => {
    const a = deriveGraph(g, {}, { sizeBy: "degree", colorBy: "community", pinned: [] });
    const b = deriveGraph(g, {}, { sizeBy: "degree", colorBy: "community", pinned: [] });
    expect(a.mapNodes((_k, x) => x.color)).toEqual(b.mapNodes((_k, x) => x.color));
  });

  it("opens a graphology JSON file with its positions, and names a bad file", () => {
    const { data, positions } = importGraph(
      JSON.stringify({ nodes: [{ key: "a", attributes: { label: "A", nodeType: "Person", x: 1, y: 2 } }], edges: [] }),
      "g.json",
    );
    expect(data.nodes.a).toMatchObject({ type: "Person", label: "A" });
    expect(positions.a).toEqual({ x: 1, y: 2 });
    expect(() => importGraph("{ nope", "broken.json")).toThrow(/broken\.json: not a graphology JSON file/);
    expect(() => importGraph("{}", "empty.json")).toThrow(/empty\.json: a graph file needs "nodes" and "edges"/);
  });

  it("opens a GEXF file (as Gephi writes it) with its types, labels, relationships and positions", () => {
    const g = deriveGraph(
      fromApi(api),
      { "organization:kh": { x: 5, y: -3 } },
      { sizeBy: "degree", colorBy: "type", pinned: [] },
    );
    const { data, positions } = importGraph(writeGexf(g), "view.gexf");
    expect(Object.keys(data.nodes).sort()).toEqual(["attack:1", "organization:kh", "state:iran"]);
    expect(data.nodes["organization:kh"]).toMatchObject({ type: "Organization", label: "Kataib Hezbollah" });
    expect(
      Object.values(data.edges)
        .map((e) => `${e.source} ${e.type} ${e.target}`)
        .sort(),
    ).toEqual(["attack:1 TARGETED organization:kh", "organization:kh BACKED_BY state:iran"]);
    expect(positions["organization:kh"]).toEqual({ x: 5, y: -3 });
  });
});
