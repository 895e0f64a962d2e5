/** Saves text or a blob as a file with a name that says what it holds. */
export function download(content: string | Blob, fileName: string, mime = "text/plain"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: `${mime};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** e.g. militia-graph_coalition-members_14n-17e_2026-11-22.gexf */
export function exportName(context: string, nodes: number, edges: number, ext: string): string {
  const day = new Date().toISOString().slice(0, 10);
  const ctx = context.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "") || "view";
  return `militia-graph_${ctx}_${nodes}n-${edges}e_${day}.${ext}`;
}
