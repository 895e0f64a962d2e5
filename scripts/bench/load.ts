/**
 * `npm run bench:load`: extraction throughput (MB/s, articles/s, one core) and Neo4j write throughput
 * (nodes + relationships per second) on a synthetic corpus, against a bare baseline measured in the same
 * run: a direct driver UNWIND CREATE of as many elements. Prints figures; asserts nothing.
 * BENCH_EXTRACT_ONLY=1 stops after extraction (no database); BENCH_EXTRACT_PASSES=n extracts the corpus n times (3);
 * BENCH_WRITE_PASSES=n writes the corpus n times (2).
 */
import { performance } from "node:perf_hooks";
import { syntheticCorpus } from "./corpus.ts";
import { benchDatabase } from "./database.ts";
import { loadRegistry } from "../../loader/mentions/registry.ts";
import { extract } from "../../loader/pipeline.ts";
import { splitSentences } from "../../loader/text/sentences.ts";
import { buildGraph } from "../../loader/graph/build.ts";
import { writeGraph } from "../../loader/write/graph-writer.ts";
import type { GraphJson } from "../../ontology/graph.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const WRITE_PASSES = Math.max(1, Number(process.env.BENCH_WRITE_PASSES ?? 2));
const EXTRACT_PASSES = Math.max(1, Number(process.env.BENCH_EXTRACT_PASSES ?? 3));
const registry = loadRegistry();
const mb = (n: number) => (n / 1048576).toFixed(2);

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Attributes Neo4j can store as properties: scalars and lists of scalars. */
function storable(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attrs).filter(
      ([, v]) => (v !== null && typeof v !== "object") || (Array.isArray(v) && v.every((x) => typeof x !== "object")),
    ),
  );
}

async function main() {
  const corpus = syntheticCorpus(ARTICLES);
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  console.log(`corpus: ${corpus.length} synthetic articles, ${mb(bytes)} MB`);
  // `npm run load` gives V8 a young generation of 64 MB: extraction allocates many short-lived strings, and the
  // default 16 MB spends a tenth of its time collecting them. The bench runs with the loader's flags.
  console.log(`node flags: ${process.execArgv.filter((a) => a.startsWith("--max-semi")).join(" ") || "(defaults)"}`);

  // Extraction, batch by batch as the loader does it; nothing is kept, and heap samples show it stays flat.
  // Each pass is followed by the baseline in the same conditions: wink-nlp alone reading the same articles
  // (tokens, sentences, parts of speech), the floor under any extraction built on it. These machines share
  // their cores, so a pass can only be slowed by its neighbours, never sped up: the best pass of each is the
  // figure (as Python's timeit takes it), with the first one shown beside it.
  extract(corpus.slice(0, 20), registry);
  const heap: string[] = [];
  const passes: { extractMs: number; winkMs: number }[] = [];
  for (let pass = 0; pass < EXTRACT_PASSES; pass++) {
    let extractMs = 0;
    for (let i = 0; i < corpus.length; i += BATCH) {
      const t = performance.now();
      const x = extract(corpus.slice(i, i + BATCH), registry);
      extractMs += performance.now() - t;
      buildGraph(x);
      if (pass === 0 && (i / BATCH) % 4 === 0) heap.push(`${i + BATCH}:${heapMb().toFixed(0)}MB`);
    }
    const t0 = performance.now();
    for (const a of corpus) splitSentences(a.paragraphs);
    passes.push({ extractMs, winkMs: performance.now() - t0 });
  }
  const mbps = (ms: number) => (bytes / 1048576 / (ms / 1000)).toFixed(2);
  const extractMs = Math.min(...passes.map((p) => p.extractMs));
  const winkMs = Math.min(...passes.map((p) => p.winkMs));
  console.log(
    `extraction: ${mbps(extractMs)} MB/s, ${(corpus.length / (extractMs / 1000)).toFixed(0)} articles/s (one core; best of ${passes.length} passes, the first ${mbps(passes[0]!.extractMs)} MB/s)`,
  );
  console.log(
    `wink-nlp alone (tokens, sentences, parts of speech): ${mbps(winkMs)} MB/s; extraction takes ${(extractMs / winkMs).toFixed(2)}x its time (per pass: ${passes.map((p) => (p.extractMs / p.winkMs).toFixed(2)).join(", ")})`,
  );
  console.log(`heap after n articles: ${heap.join(" ")}`);

  // Writes: embedded Neo4j on a fresh directory unless NEO4J_URI points elsewhere.
  if (process.env.BENCH_EXTRACT_ONLY) return;
  const { driver, close } = await benchDatabase("load");
  const emptyDatabase = async () => {
    const session = driver.session();
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
    await session.close();
  };
  try {
    // Warm-up: every statement planned once, so that neither pass below measures Cypher's planner.
    for (let i = 0; i < Math.min(5, corpus.length / BATCH); i++) {
      const session0 = driver.session();
      const g = buildGraph(extract(corpus.slice(i * BATCH, (i + 1) * BATCH), registry));
      await session0.executeWrite((tx) => writeGraph(tx, g));
      await session0.close();
    }
    await emptyDatabase();

    const graphs: GraphJson[] = [];
    for (let i = 0; i < corpus.length; i += BATCH)
      graphs.push(buildGraph(extract(corpus.slice(i, i + BATCH), registry)));
    const elements = graphs.reduce((n, g) => n + g.nodes.length + g.edges.length, 0);
    async function loaderPass(): Promise<number> {
      await emptyDatabase();
      const t = performance.now();
      for (const g of graphs) {
        const session = driver.session();
        await session.executeWrite((tx) => writeGraph(tx, g));
        await session.close();
      }
      return performance.now() - t;
    }
    // The JVM keeps compiling Neo4j's and Cypher's code well past the warm-up batches: the first pass
    // is what a freshly started database gives, the last what a long-running one gives.
    const passMs: number[] = [];
    for (let pass = 0; pass < WRITE_PASSES; pass++) passMs.push(await loaderPass());
    const loaderMs = passMs.at(-1)!;
    const stored = await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
    const loaderRate = elements / (loaderMs / 1000);
    const rates = passMs.map(
      (ms, i) => `pass ${i + 1} ${(ms / 1000).toFixed(1)} s = ${(elements / (ms / 1000)).toFixed(0)}/s`,
    );
    console.log(
      `loader writes: ${elements} elements (${stored.records[0]!.get("n")} nodes stored), the corpus written over an emptied database on a JVM started for this run: ${rates.join(", ")}`,
    );

    // Baseline: the same number of elements written by the bare driver, nodes then relationships between them.
    await driver.executeQuery("MATCH (n:BenchBaseline) DETACH DELETE n");
    const nodes = Math.round(elements / 3);
    const t1 = performance.now();
    for (let i = 0; i < nodes; i += 5000) {
      await driver.executeQuery("UNWIND range($from, $to) AS i CREATE (:BenchBaseline {id: i, name: 'n' + i})", {
        from: i,
        to: Math.min(nodes, i + 5000) - 1,
      });
    }
    await driver.executeQuery("CREATE INDEX bench_baseline IF NOT EXISTS FOR (n:BenchBaseline) ON (n.id)");
    await driver.executeQuery("CALL db.awaitIndexes(60)");
    const rels = elements - nodes;
    for (let i = 0; i < rels; i += 5000) {
      await driver.executeQuery(
        "UNWIND range($from, $to) AS i MATCH (a:BenchBaseline {id: i % $n}) MATCH (b:BenchBaseline {id: (i * 7 + 1) % $n}) CREATE (a)-[:BENCH {i: i}]->(b)",
        { from: i, to: Math.min(rels, i + 5000) - 1, n: nodes },
      );
    }
    const baseMs = performance.now() - t1;
    const baseRate = elements / (baseMs / 1000);
    console.log(
      `bare driver baseline: ${elements} elements in ${(baseMs / 1000).toFixed(1)} s = ${baseRate.toFixed(0)} elements/s`,
    );
    console.log(
      `ratio: loader writes (last pass) run at ${(loaderRate / baseRate).toFixed(2)}x the bare driver's rate (the loader MERGEs and accumulates provenance)`,
    );
    await driver.executeQuery("MATCH (n:BenchBaseline) DETACH DELETE n");

    // Second baseline: the loader's own batches, with every property it stores (evidence sentences,
    // sources, article text), written by plain CREATE: what the data costs without MERGE and merging.
    const t2 = performance.now();
    for (const [i, g] of graphs.entries()) {
      const id = (key: string) => `${i}:${key}`;
      const session = driver.session();
      await session.executeWrite(async (tx) => {
        const nodes = g.nodes.map((n) => ({ id: id(n.key), props: storable(n.attributes) }));
        await tx.run("UNWIND $rows AS row CREATE (n:BenchBaseline) SET n = row.props, n.id = row.id", { rows: nodes });
        const rels = g.edges.map((e) => ({ from: id(e.source), to: id(e.target), props: storable(e.attributes) }));
        await tx.run(
          "UNWIND $rows AS row MATCH (a:BenchBaseline {id: row.from}) MATCH (b:BenchBaseline {id: row.to}) CREATE (a)-[r:BENCH]->(b) SET r = row.props",
          { rows: rels },
        );
      });
      await session.close();
    }
    const sameMs = performance.now() - t2;
    const cleanup = driver.session();
    await cleanup.run("MATCH (n:BenchBaseline) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
    await cleanup.close();
    console.log(
      `bare CREATE of the loader's batches with all their properties: ${(elements / (sameMs / 1000)).toFixed(0)} elements/s; the loader runs at ${(sameMs / loaderMs).toFixed(2)}x that`,
    );
    await driver.executeQuery("DROP INDEX bench_baseline IF EXISTS");
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
