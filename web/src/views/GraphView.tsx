/**
 * The network view: sigma draws the graphology graph derived from the store. Hover and selection go
 * through reducers (nothing mutates node attributes for them); ForceAtlas2 runs in a web worker with a
 * lifecycle tied to the graph, and positions are kept when it stops (STYLE.md §5, §6).
 */
import { useEffect, useMemo, useRef } from "react";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { applyFilters } from "../core/graph/data.ts";
import { deriveGraph } from "../core/graph/derive.ts";
import { select, store } from "../core/store.ts";
import { expand } from "../core/actions.ts";
import { LayoutRun, NODES_ONLY_LAYOUT_MIN } from "./layoutRun.ts";
import { setShown, setSigma } from "./sigmaRef.ts";
import { useExplorer } from "./useExplorer.ts";

const LAYOUT_MS = 2_500;

export function GraphView() {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const layoutRef = useRef<LayoutRun | null>(null);
  const data = useExplorer((s) => s.data);
  const filters = useExplorer((s) => s.filters);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const colorBy = useExplorer((s) => s.colorBy);
  const pinned = useExplorer((s) => s.pinned);
  const hovered = useExplorer((s) => s.hovered);
  const selected = useExplorer((s) => s.selected);
  const path = useExplorer((s) => s.path);
  const layoutRunning = useExplorer((s) => s.layoutRunning);

  const graph = useMemo(
    () => deriveGraph(applyFilters(data, filters), store.getState().positions, { sizeBy, colorBy, pinned }),
    [data, filters, sizeBy, colorBy, pinned],
  );

  // One sigma for the component's life; it draws whatever graph comes next.
  useEffect(() => {
    const s = new Sigma(graph, container.current!, {
      renderEdgeLabels: false,
      labelDensity: 0.6,
      labelRenderedSizeThreshold: 7,
      defaultEdgeType: "arrow",
      zIndex: true,
      allowInvalidContainer: true,
    });
    sigmaRef.current = s;
    setSigma(s);
    s.on("clickNode", ({ node }) => select(node));
    s.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      void expand(e.node);
    });
    s.on("enterNode", ({ node }) => store.setState({ hovered: node }));
    s.on("leaveNode", () => store.setState({ hovered: null }));
    s.on("clickStage", () => select(null));
    return () => {
      setSigma(null);
      setShown(null);
      s.kill();
      sigmaRef.current = null;
    };
    // Created once: later graphs reach this sigma through setGraph in the next effect.
  }, []);

  // A new graph: draw it, then lay it out for a moment in the worker.
  useEffect(() => {
    const s = sigmaRef.current;
    if (!s) return;
    setShown(graph);
    let layout: LayoutRun | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The layout starts once the first frame is on screen, so the user sees the graph at once.
    // (The User Timing mark lets scripts/bench/web.ts measure the time to that frame.)
    const onFirstFrame = () => {
      performance.mark("graph-rendered");
      if (graph.order === 0) return;
      layout = new LayoutRun(s, graph);
      layoutRef.current = layout;
      layout.start();
      store.setState({ layoutRunning: true });
      timer = setTimeout(stopLayout, LAYOUT_MS);
    };
    function stopLayout() {
      if (!layout?.isRunning()) return;
      layout.stop();
      store.setState({ layoutRunning: false });
    }
    s.once("afterRender", onFirstFrame);
    // One full draw per graph: setGraph draws it; the graph sigma was created with is drawn here.
    if (s.getGraph() === graph) s.refresh();
    else s.setGraph(graph);
    return () => {
      s.removeListener("afterRender", onFirstFrame);
      clearTimeout(timer);
      layout?.kill();
      layoutRef.current = null;
    };
  }, [graph]);

  // Start/stop from the toolbar.
  useEffect(() => {
    const layout = layoutRef.current;
    if (!layout) return;
    if (layoutRunning) layout.start();
    else layout.stop();
  }, [layoutRunning, graph]);

  const nodesOnly = layoutRunning && graph.order >= NODES_ONLY_LAYOUT_MIN;

  // Highlight through reducers: hovered node and its neighbours, the selection, a path.
  useEffect(() => {
    const s = sigmaRef.current;
    if (!s) return;
    const focus = hovered ?? selected;
    // Neighbours in the graph itself: while a layout runs, sigma may be drawing its nodes only.
    const near = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
    const onPath = path ? new Set(path) : null;
    if (!near && !onPath && !selected) {
      // Nothing to highlight: no reducers, so large graphs draw at bare sigma's speed. Setting them
      // schedules a full redraw, so only a change does it (a new graph has just been drawn).
      if (s.getSetting("nodeReducer") || s.getSetting("edgeReducer"))
        s.setSettings({ nodeReducer: null, edgeReducer: null });
      return;
    }
    const nodeReducer: Settings["nodeReducer"] = (node, attrs) => {
      const res = { ...attrs };
      if (onPath) {
        if (onPath.has(node)) res.highlighted = true;
        else res.color = "#dddddd";
      }
      if (near && !near.has(node)) {
        res.color = "#e6e6e6";
        res.label = "";
      }
      if (node === selected) res.highlighted = true;
      return res;
    };
    const edgeReducer: Settings["edgeReducer"] = (edge, attrs) => {
      const res = { ...attrs };
      // The graph sigma draws right now: reducers may run while a newer graph is being set.
      const g = s.getGraph();
      if (!g.hasEdge(edge)) return res;
      const [a, b] = g.extremities(edge);
      if (near && !(near.has(a) && near.has(b) && (a === focus || b === focus))) res.hidden = true;
      if (onPath && !(onPath.has(a) && onPath.has(b))) res.color = "#eeeeee";
      if (onPath && onPath.has(a) && onPath.has(b)) res.size = 4;
      return res;
    };
    s.setSettings({ nodeReducer, edgeReducer });
  }, [hovered, selected, path, graph]);

  return (
    <>
      <div ref={container} className="graph" data-testid="graph" aria-label="Network view" />
      {nodesOnly && (
        <p className="layout-note" role="status">
          Edges and labels are hidden while the layout runs on a graph this large.
        </p>
      )}
    </>
  );
}
