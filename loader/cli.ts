/**
 * `npm run load -- [--dry-run --out graph.json] <files or folders…>`
 * Reads articles, extracts the graph and writes it to Neo4j (or, with --dry-run, to a JSON file),
 * with a progress bar and a summary. Exit code 1 when any file failed; the others are loaded anyway.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { readArticles } from "./read/articles.ts";
import { loadRegistry } from "./mentions/registry.ts";
import { extract } from "./pipeline.ts";
import { buildGraph } from "./graph/build.ts";

const USAGE = "usage: npm run load -- [--dry-run] [--out graph.json] <files or folders…>";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (values["dry-run"] && !values.out) {
    console.error("--dry-run needs --out FILE to write the graph to");
    return 2;
  }
  const { articles, errors } = readArticles(positionals);
  for (const e of errors) console.error(`error: ${e.message}`);
  const registry = loadRegistry();

  if (values["dry-run"]) {
    const x = extract(articles, registry);
    const graph = buildGraph(x);
    writeFileSync(values.out!, JSON.stringify(graph, null, 1));
    printSummary({
      articles: articles.length,
      entities: x.entities.length,
      facts: x.facts.length,
      attacks: x.attacks.length,
      errors: errors.length,
    });
    console.error(`graph written to ${values.out} (${graph.nodes.length} nodes, ${graph.edges.length} edges)`);
    return errors.length ? 1 : 0;
  }
  const { loadIntoDatabase } = await import("./write/load.ts");
  const bar = new cliProgress.SingleBar(
    { format: "loading |{bar}| {value}/{total} articles  {stage}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const summary = await loadIntoDatabase(articles, registry, {
    onStart: (total) => bar.start(total, 0, { stage: "" }),
    onProgress: (done, stage) => bar.update(done, { stage }),
    onDone: () => bar.stop(),
  });
  for (const e of summary.failed) console.error(`error: ${e}`);
  printSummary({ ...summary.counts, errors: errors.length + summary.failed.length });
  return errors.length + summary.failed.length ? 1 : 0;
}

function printSummary(c: { articles: number; entities: number; facts: number; attacks: number; errors: number }) {
  console.error(
    `summary: ${c.articles} articles, ${c.entities} entities, ${c.facts} facts, ${c.attacks} attacks, ${c.errors} errors`,
  );
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`load failed: ${e.message}`);
    process.exit(1);
  },
);
