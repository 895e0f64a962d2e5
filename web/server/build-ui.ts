/**
 * Builds the explorer's UI with Vite when web/dist is missing or older than its sources, so that
 * `npm start` and the browser tests always serve the current UI.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { UI_DIR } from "./app.ts";

const WEB = join(UI_DIR, "..");
const SOURCES = [join(WEB, "src"), join(WEB, "index.html"), join(WEB, "vite.config.ts"), join(WEB, "..", "ontology")];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export function uiIsStale(): boolean {
  const index = join(UI_DIR, "index.html");
  if (!existsSync(index)) return true;
  return Math.max(...SOURCES.filter(existsSync).map(newest)) > statSync(index).mtimeMs;
}

export async function buildUiIfStale(log: (line: string) => void = console.log): Promise<void> {
  if (!uiIsStale()) return;
  log("Building the explorer UI (vite build)…");
  const t = Date.now();
  await build({ configFile: join(WEB, "vite.config.ts"), logLevel: "warn" });
  log(`UI built in ${((Date.now() - t) / 1000).toFixed(1)} s.`);
}
