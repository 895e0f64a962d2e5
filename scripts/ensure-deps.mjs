// Installs npm dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone. Plain JS: it runs before anything is installed.
import { existsSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";

const installed = "node_modules/.package-lock.json";
const stale = !existsSync(installed) || statSync("package-lock.json").mtimeMs > statSync(installed).mtimeMs;
if (stale) {
  console.error("Installing npm dependencies (npm ci)…");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error("npm ci failed: check your network access to the npm registry, then run npm ci yourself.");
    process.exit(r.status ?? 1);
  }
}
