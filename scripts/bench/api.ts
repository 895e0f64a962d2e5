/**
 * `npm run bench:api`: latency of every saved query through the HTTP API (p50/p95/p99) next to the same
 * Cypher run by the bare driver, first on the seeds, then with a synthetic graph of 50,000+ nodes added;
 * then a concurrent load with autocannon on loopback, bounded in time. Prints figures; asserts nothing.
 */
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { loadLibrary, validateParams } from "../../cypher/library.ts";
import { readArticles } from "../../loader/read/articles.ts";
import { loadRegistry } from "../../loader/mentions/registry.ts";
import { loadIntoDatabase } from "../../loader/write/load.ts";
import { toCypherParams } from "../../neo4j/read-query.ts";
import { buildApp } from "../../web/server/app.ts";
import { benchDatabase } from "./database.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SYNTHETIC_NODES = Number(process.env.BENCH_NODES ?? 50_000);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** A synthetic graph in the ontology's shape, written directly (the loader's speed is bench:load's business). */
async function addSyntheticGraph(driver: Driver, nodes: number) {
  const persons = Math.round(nodes * 0.3);
  const orgs = Math.round(nodes * 0.15);
  const places = Math.round(nodes * 0.05);
  const attacks = Math.round(nodes * 0.2);
  const articles = nodes - persons - orgs - places - attacks;
  const batch = async (cypher: string, n: number, extra: Record<string, unknown> = {}) => {
    for (let i = 0; i < n; i += 5000)
      await driver.executeQuery(cypher, { from: i, to: Math.min(n, i + 5000) - 1, ...extra });
  };
  await batch(
    "UNWIND range($from, $to) AS i CREATE (:Article {id: 'syn-a' + i, outlet: 'Outlet ' + (i % 40), headline: 'Headline ' + i, published: toString(date('2024-01-01') + duration({days: i % 500}))})",
    articles,
  );
  await batch(
    "UNWIND range($from, $to) AS i CREATE (:Person {id: 'person:syn-' + i, name: 'Synthetic Person ' + i, aliases: ['Abu Syn ' + i], sources: ['syn-a' + (i % $articles)], mentions: 1})",
    persons,
    { articles },
  );
  await batch(
    "UNWIND range($from, $to) AS i CREATE (:Organization {id: 'organization:syn-' + i, name: 'Kataib Synthetic ' + i, aliases: ['KS' + i], sources: ['syn-a' + (i % $articles)], mentions: 2})",
    orgs,
    { articles },
  );
  await batch(
    "UNWIND range($from, $to) AS i CREATE (:Place {id: 'place:syn-' + i, name: 'Town ' + i, aliases: [], sources: ['syn-a' + (i % $articles)]})",
    places,
    { articles },
  );
  await batch(
    "UNWIND range($from, $to) AS i CREATE (:Attack {id: 'attack:syn-' + i, label: 'Strike ' + i, date: toString(date('2023-01-01') + duration({days: i % 700})), datePrecision: 'day', sources: ['syn-a' + (i % $articles)], fatalityCounts: [i % 5], fatalitySources: ['syn-a' + (i % $articles)], fatalitiesMin: i % 5, fatalitiesMax: i % 5})",
    attacks,
    { articles },
  );
  await driver.executeQuery("CALL db.awaitIndexes(120)");
  const rel = (props: string) =>
    `{sources: ['syn-a' + (i % $articles)], evidence: ['A synthetic sentence ' + i + '.'], evidenceSources: ['syn-a' + (i % $articles)], outlets: 1 + i % 3, outletNames: ['Outlet ' + (i % 40)], confidence: 0.8${props}}`;
  await batch(
    `UNWIND range($from, $to) AS i MATCH (p:Person {id: 'person:syn-' + i}) MATCH (o:Organization {id: 'organization:syn-' + (i % $orgs)}) CREATE (p)-[:AFFILIATED_WITH ${rel(", role: 'commander'")}]->(o)`,
    persons,
    { orgs, articles },
  );
  await batch(
    `UNWIND range($from, $to) AS i MATCH (a:Organization {id: 'organization:syn-' + i}) MATCH (b:Organization {id: 'organization:syn-' + ((i * 7 + 3) % $orgs)}) WHERE a <> b CREATE (a)-[:PART_OF ${rel("")}]->(b)`,
    orgs,
    { orgs, articles },
  );
  await batch(
    `UNWIND range($from, $to) AS i MATCH (a:Organization {id: 'organization:syn-' + i}) MATCH (s:State) WITH a, i, collect(s) AS states WITH a, i, states[i % size(states)] AS sponsor CREATE (a)-[:BACKED_BY ${rel("")}]->(sponsor)`,
    orgs,
    { articles },
  );
  await batch(
    `UNWIND range($from, $to) AS i MATCH (x:Attack {id: 'attack:syn-' + i}) MATCH (o:Organization {id: 'organization:syn-' + (i % $orgs)}) MATCH (l:Place {id: 'place:syn-' + (i % $places)}) MATCH (p:Person {id: 'person:syn-' + ((i * 13) % $persons)})
     CREATE (x)-[:TARGETED ${rel("")}]->(o), (x)-[:OCCURRED_IN ${rel("")}]->(l), (x)-[:KILLED ${rel("")}]->(p)`,
    attacks,
    { orgs, places, persons, articles },
  );
  await batch(
    "UNWIND range($from, $to) AS i MATCH (a:Article {id: 'syn-a' + i}) MATCH (p:Person {id: 'person:syn-' + (i % $persons)}) MATCH (o:Organization {id: 'organization:syn-' + (i % $orgs)}) CREATE (a)-[:MENTIONS {count: 1}]->(p), (a)-[:MENTIONS {count: 2}]->(o)",
    articles,
    { persons, orgs },
  );
}

async function measure(driver: Driver, label: string) {
  const app = await buildApp({ driver, databaseOrigin: "bench" });
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
  console.log(`\n${label}: ${records[0]!.get("n")} nodes`);
  console.log("query                   api p50/p95/p99 ms     driver p50/p95 ms   api/driver (p50)");
  for (const q of loadLibrary()) {
    const params = validateParams(q, {});
    const api: number[] = [];
    const direct: number[] = [];
    // One run first, unmeasured: the JVM compiles the query's plan and runtime on first use.
    await app.inject({ method: "POST", url: `/api/queries/${q.name}`, payload: { params } });
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const res = await app.inject({ method: "POST", url: `/api/queries/${q.name}`, payload: { params } });
      api.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`${q.name}: ${res.body}`);
      t = performance.now();
      await driver.executeQuery(q.cypher, toCypherParams(params) as Record<string, unknown>, { routing: "READ" });
      direct.push(performance.now() - t);
    }
    const f = (x: number) => x.toFixed(0).padStart(4);
    console.log(
      `${q.name.padEnd(22)} ${f(pct(api, 50))} /${f(pct(api, 95))} /${f(pct(api, 99))}      ${f(pct(direct, 50))} /${f(pct(direct, 95))}          ${(pct(api, 50) / pct(direct, 50)).toFixed(2)}x`,
    );
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as { port: number };
  for (const [name, opts] of [
    ["search", { method: "GET" as const, path: "/api/search?q=Khazaali" }],
    [
      "group-leaders",
      {
        method: "POST" as const,
        path: "/api/queries/group-leaders",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ params: {} }),
      },
    ],
  ] as const) {
    const r = await autocannon({
      url: `http://127.0.0.1:${address.port}`,
      connections: 10,
      duration: 8,
      requests: [opts],
    });
    console.log(
      `load ${name}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`,
    );
  }
  await app.close();
}

async function main() {
  const { driver, close } = await benchDatabase("api");
  try {
    await loadIntoDatabase(readArticles(["seeds"]).articles, loadRegistry(), {}, { driver });
    await measure(driver, "seeds");
    await addSyntheticGraph(driver, SYNTHETIC_NODES);
    await measure(driver, `seeds + synthetic graph`);
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
