/**
 * `npm run query -- <name> [--param key=value …]` runs a saved query and prints its table;
 * `npm run query -- --list` lists the library. Uses NEO4J_URI, the running `npm start`'s database, or
 * starts an embedded one.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../neo4j/connect.ts";
import { runReadQuery } from "../neo4j/read-query.ts";
import { loadLibrary, validateParams } from "./library.ts";

const USAGE = "usage: npm run query -- <name> [--param key=value …]   |   npm run query -- --list";

/** A cell for the terminal: nodes by name, lists joined, long text cut. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(cell).join("; ");
  if (typeof v === "object") {
    const o = v as { properties?: { name?: string; label?: string }; nodes?: unknown[] };
    if (o.properties) return String(o.properties.name ?? o.properties.label ?? "");
    return JSON.stringify(v);
  }
  const s = String(v);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

export function formatTable(columns: string[], rows: Record<string, unknown>[]): string {
  const shown = columns.filter((c) => rows.every((r) => !isGraphValue(r[c])));
  const cells = rows.map((r) => shown.map((c) => cell(r[c])));
  const widths = shown.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i]!)).join(" │ ");
  return [line(shown), widths.map((w) => "─".repeat(w)).join("─┼─"), ...cells.map(line)].join("\n");
}

function isGraphValue(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every(isGraphValue);
  return !!v && typeof v === "object" && ("properties" in v || ("nodes" in v && "relationships" in v));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { param: { type: "string", multiple: true, default: [] }, list: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const library = loadLibrary();
  if (values.list) {
    for (const q of library)
      console.log(
        `${q.name.padEnd(22)} ${q.title}${q.params.length ? ` (${q.params.map((p) => `${p.name}=${JSON.stringify(p.default)}`).join(", ")})` : ""}`,
      );
    return 0;
  }
  const name = positionals[0];
  if (!name) {
    console.error(USAGE);
    return 2;
  }
  const q = library.find((x) => x.name === name);
  if (!q) {
    console.error(`no saved query named "${name}"; try: ${library.map((x) => x.name).join(", ")}`);
    return 2;
  }
  const given: Record<string, string> = {};
  for (const p of values.param) {
    const i = p.indexOf("=");
    if (i <= 0) {
      console.error(`--param takes key=value, got "${p}"`);
      return 2;
    }
    given[p.slice(0, i)] = p.slice(i + 1);
  }
  const params = validateParams(q, given);
  const db = await openDatabase();
  try {
    const r = await runReadQuery(db.driver, q.cypher, params);
    console.log(`${q.title} ${JSON.stringify(params)}\n`);
    console.log(formatTable(r.columns, r.rows));
    console.log(
      `\n${r.rows.length} rows in ${r.ms} ms${r.truncated ? ` (stopped at the ${r.truncated.reason} limit)` : ""}`,
    );
  } finally {
    await db.close();
  }
  return 0;
}

if (process.argv[1]?.endsWith("cli.ts")) {
  main().then(
    (code) => process.exit(code),
    (e: Error) => {
      console.error(`query failed: ${e.message}`);
      process.exit(1);
    },
  );
}
