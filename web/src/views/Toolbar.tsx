/** Layout, camera, undo, colouring and the exports of what is on screen. */
import { downloadAsPNG } from "@sigma/export-image";
import { toCsv, toGexf, toGraphml, toJson } from "../core/export/formats.ts";
import { download, exportName } from "../core/export/download.ts";
import { store, undo } from "../core/store.ts";
import { openGraphFile } from "../core/actions.ts";
import { getShown, getSigma } from "./sigmaRef.ts";
import { useExplorer } from "./useExplorer.ts";

function exportAs(kind: "gexf" | "graphml" | "json" | "csv" | "png") {
  const sigma = getSigma();
  if (!sigma) return;
  const g = getShown();
  if (!g) return;
  const context = store.getState().query?.name ?? "view";
  const name = (ext: string) => exportName(context, g.order, g.size, ext);
  if (kind === "gexf") download(toGexf(g), name("gexf"), "application/gexf+xml");
  if (kind === "graphml") download(toGraphml(g), name("graphml"), "application/graphml+xml");
  if (kind === "json") download(toJson(g), name("json"), "application/json");
  if (kind === "csv") {
    const { nodes, edges } = toCsv(g);
    download(nodes, name("nodes.csv"), "text/csv");
    download(edges, name("edges.csv"), "text/csv");
  }
  if (kind === "png")
    void downloadAsPNG(sigma, { fileName: name("png").replace(/\.png$/, ""), backgroundColor: "#ffffff" });
}

export function Toolbar() {
  const running = useExplorer((s) => s.layoutRunning);
  const colorBy = useExplorer((s) => s.colorBy);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const canUndo = useExplorer((s) => s.history.length > 0);
  const camera = () => getSigma()?.getCamera();
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <button onClick={() => store.setState({ layoutRunning: !running })} aria-pressed={running}>
        {running ? "Stop layout" : "Run layout"}
      </button>
      <button onClick={() => void camera()?.animatedZoom(1.5)} aria-label="Zoom in">
        +
      </button>
      <button onClick={() => void camera()?.animatedUnzoom(1.5)} aria-label="Zoom out">
        −
      </button>
      <button onClick={() => void camera()?.animatedReset()}>Fit</button>
      <button onClick={undo} disabled={!canUndo}>
        Undo
      </button>
      <label>
        colour
        <select value={colorBy} onChange={(e) => store.setState({ colorBy: e.target.value as "type" | "community" })}>
          <option value="type">by type</option>
          <option value="community">by community (Louvain)</option>
        </select>
      </label>
      <label>
        size
        <select value={sizeBy} onChange={(e) => store.setState({ sizeBy: e.target.value as "degree" | "mentions" })}>
          <option value="degree">by degree</option>
          <option value="mentions">by mentions</option>
        </select>
      </label>
      <label className="open-file">
        Open…
        <input
          type="file"
          accept=".json,.gexf"
          aria-label="Open a graph file (JSON or GEXF)"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void openGraphFile(f);
            e.target.value = "";
          }}
        />
      </label>
      <span className="export" role="group" aria-label="Export">
        Export:
        <button onClick={() => exportAs("gexf")}>GEXF</button>
        <button onClick={() => exportAs("graphml")}>GraphML</button>
        <button onClick={() => exportAs("json")}>JSON</button>
        <button onClick={() => exportAs("csv")}>CSV</button>
        <button onClick={() => exportAs("png")}>PNG</button>
      </span>
    </div>
  );
}
