/**
 * The live sigma instance, for the few actions outside the graph view that need it (PNG export, camera),
 * and the graph on screen, for the exports: not sigma's own graph, which while a layout runs on a large
 * graph holds its nodes only (layoutRun.ts).
 */
import type Graph from "graphology";
import type Sigma from "sigma";

let current: Sigma | null = null;
let shown: Graph | null = null;

export const setSigma = (s: Sigma | null) => {
  current = s;
};
export const getSigma = () => current;
export const setShown = (g: Graph | null) => {
  shown = g;
};
export const getShown = () => shown;

export function focusCamera(key: string): void {
  const s = current;
  if (!s || !s.getGraph().hasNode(key)) return;
  const d = s.getNodeDisplayData(key);
  if (d) void s.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 400 });
}
