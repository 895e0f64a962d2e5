/** A plain page with the database's state, served at / until the explorer's build exists. */
import type { AppDeps } from "./app.ts";
import { graphCounts } from "./counts.ts";

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export async function statusPage(deps: AppDeps): Promise<string> {
  let body: string;
  try {
    const c = await graphCounts(deps);
    const rows = Object.entries({ ...c.nodes, ...c.relationships })
      .map(([k, v]) => `<tr><td>${escape(k)}</td><td>${v}</td></tr>`)
      .join("");
    body = `<p>Neo4j (${escape(deps.databaseOrigin)}) is up.</p><table>${rows}</table>`;
  } catch (e) {
    body = `<p>Neo4j is not reachable: ${escape((e as Error).message)}</p>`;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Militia graph explorer</title></head><body><h1>Militia graph explorer</h1>${body}</body></html>`;
}
