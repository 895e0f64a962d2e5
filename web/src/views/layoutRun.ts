/**
 * ForceAtlas2 for one graph, in its web worker, and what sigma draws while it runs (STYLE.md §6).
 *
 * Every layout step moves every node, and sigma then reprocesses every node and edge on the main
 * thread and draws them again. With WebGL in software, a step of a graph of tens of thousands of edges
 * takes hundreds of milliseconds: the page would freeze while the layout runs. From
 * NODES_ONLY_LAYOUT_MIN nodes on, sigma therefore draws a copy of the nodes without edges or labels while
 * the layout runs, the copy following the layout's positions, and the graph itself again when it stops. (An
 * edge reducer that hides edges would not do: sigma still processes and draws hidden edges, and
 * setting it costs a full reprocess.)
 */
import Graph from "graphology";
import type Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { savePositions } from "../core/store.ts";

export const NODES_ONLY_LAYOUT_MIN = 5_000;
/** noverlap runs on the main thread: only where it takes a few milliseconds. */
const NOVERLAP_MAX = 2_000;

function positionsOf(g: Graph): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  g.forEachNode((k, a) => (out[k] = { x: a.x as number, y: a.y as number }));
  return out;
}

/**
 * The nodes as sigma needs them to draw discs: no edges, and no labels either, whose placement sigma
 * would otherwise recompute at every step.
 */
function nodesOf(graph: Graph): Graph {
  const view = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((k, a) => view.addNode(k, { x: a.x, y: a.y, size: a.size, color: a.color }));
  return view;
}

export class LayoutRun {
  private readonly layout: FA2Layout;
  private view: Graph | null = null;
  private starting: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly sigma: Sigma,
    private readonly graph: Graph,
  ) {
    this.layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
  }

  isRunning(): boolean {
    return this.layout.isRunning() || this.starting !== undefined;
  }

  start(): void {
    if (this.isRunning()) return;
    if (this.graph.order < NODES_ONLY_LAYOUT_MIN) {
      this.layout.start();
      return;
    }
    const view = nodesOf(this.graph);
    this.view = view;
    this.graph.on("eachNodeAttributesUpdated", this.follow);
    // Sigma processing every node of the copy, and the worker's start, which copies the whole graph into
    // arrays on the main thread: each in a task of its own, so that the page answers between them.
    this.starting = setTimeout(() => {
      this.sigma.setGraph(view);
      this.starting = setTimeout(() => {
        this.starting = undefined;
        this.layout.start();
      }, 0);
    }, 0);
  }

  /** Stops the layout, spreads overlapping nodes where that is cheap, keeps the positions, draws the edges. */
  stop(): void {
    if (!this.isRunning()) return;
    this.cancelStart();
    this.layout.stop();
    if (this.graph.order <= NOVERLAP_MAX) noverlap.assign(this.graph, { maxIterations: 60, settings: { ratio: 1.2 } });
    savePositions(positionsOf(this.graph));
    if (this.detach()) this.sigma.setGraph(this.graph);
  }

  /** Ends the layout for good; the graph that replaces this one is drawn by the caller. */
  kill(): void {
    if (this.isRunning()) savePositions(positionsOf(this.graph));
    this.cancelStart();
    this.layout.kill();
    this.detach();
  }

  private cancelStart(): void {
    clearTimeout(this.starting);
    this.starting = undefined;
  }

  private detach(): boolean {
    if (!this.view) return false;
    this.graph.removeListener("eachNodeAttributesUpdated", this.follow);
    this.view = null;
    return true;
  }

  /**
   * Copies the layout's positions into the copy sigma draws, in place and without graph events: sigma
   * answers an attribute event by recomputing every node's display data twice before reprocessing, and
   * a refresh that only reprocesses reads the positions from the graph anyway.
   */
  private readonly follow = () => {
    const view = this.view;
    if (!view) return;
    this.graph.forEachNode((k, a) => {
      const shown = view.getNodeAttributes(k);
      shown.x = a.x;
      shown.y = a.y;
    });
    this.sigma.scheduleRefresh({ partialGraph: { nodes: [] } });
  };
}
