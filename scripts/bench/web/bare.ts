/**
 * The baseline for `npm run bench:web`: the same graph drawn by bare sigma + graphology, with nothing
 * around them. Marks "graph-rendered" after the first frame, as the explorer does.
 */
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";

const COLORS: Record<string, string> = {
  Person: "#e4572e",
  Organization: "#2e86ab",
  State: "#7b4fa3",
  Place: "#4f9d3a",
  Attack: "#f0a202",
};

declare global {
  interface Window {
    benchStart: number;
    startLayout: () => void;
    stopLayout: () => void;
  }
}

async function main() {
  const n = new URLSearchParams(location.search).get("n");
  const text = await (await fetch(`/graph-${n}.json`)).text();
  window.benchStart = performance.now();
  const g = new Graph({ multi: true, type: "mixed" });
  g.import(JSON.parse(text));
  g.forEachNode((k, a) =>
    g.mergeNodeAttributes(k, {
      size: 4 + Math.min(18, Math.sqrt(g.degree(k)) * 2.5),
      color: COLORS[a.nodeType as string] ?? "#555",
    }),
  );
  const sigma = new Sigma(g, document.getElementById("graph")!, {
    defaultEdgeType: "arrow",
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 7,
  });
  // The constructor has drawn the first frame already; a refresh draws it again with the mark.
  sigma.once("afterRender", () => performance.mark("graph-rendered"));
  sigma.refresh();
  let layout: FA2Layout | null = null;
  window.startLayout = () => {
    layout = new FA2Layout(g, { settings: forceAtlas2.inferSettings(g) });
    layout.start();
  };
  window.stopLayout = () => layout?.kill();
}

void main();
