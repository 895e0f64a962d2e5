import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseArticle, readArticles } from "../../loader/read/articles.ts";
import { loadRegistry } from "../../loader/mentions/registry.ts";
import { loadIntoDatabase } from "../../loader/write/load.ts";
import { writeGraph } from "../../loader/write/graph-writer.ts";
import { extract } from "../../loader/pipeline.ts";
import { buildGraph } from "../../loader/graph/build.ts";
import { createDriver } from "../../neo4j/driver.ts";
import { startEmbedded } from "../../neo4j/embedded.ts";
import { applySchema } from "../../neo4j/schema.ts";
import { DatabaseUnavailableError } from "../../neo4j/errors.ts";
import { openDatabase } from "../../neo4j/connect.ts";
import { clearDatabase, count, testDriver } from "../helpers/db.ts";

const registry = loadRegistry();
const seeds = readArticles(["seeds"]).articles;

async function snapshot(driver: Driver) {
  const { records } = await driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes
     MATCH ()-[r]->() WITH nodes, count(r) AS rels
     MATCH (e) WHERE e:Person OR e:Organization OR e:State OR e:Place
     RETURN nodes, rels, sum(e.mentions) AS mentions, sum(size(e.sources)) AS sources`,
    {},
    { routing: "READ" },
  );
  return records[0]!.toObject();
}

describe("loading articles into Neo4j", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
  });
  beforeEach(async () => clearDatabase(driver));
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it("stores who is affiliated with whom, with the article and sentence that say it", async () => {
    const summary = await loadIntoDatabase(seeds, registry, {}, { driver });
    expect(summary.failed).toEqual([]);
    expect(summary.counts.articles).toBe(6);
    const { records } = await driver.executeQuery(
      `MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organization {name: 'Asaib Ahl al-Haq'})
       RETURN p.name AS person, r.role AS role, r.sources AS sources, r.evidence AS evidence, r.evidenceSources AS evidenceSources, r.outlets AS outlets`,
    );
    const khazali = records.map((r) => r.toObject()).find((r) => /Khaz/.test(r.person))!;
    expect(khazali.role).toContain("secretary-general");
    expect(khazali.sources).toEqual(expect.arrayContaining(["001_07ee8de466f1c881", "000_480602174a1c387a#1"]));
    expect(khazali.outlets).toBe(khazali.sources.length);
    const i = khazali.evidence.findIndex((s: string) => s.includes("secretary-general of Asaib Ahl al-Haq"));
    expect(khazali.evidenceSources[i]).toBe("001_07ee8de466f1c881");
  });

  it("stores the Mashtal strike once, with both reports, the killed commander and the place", async () => {
    await loadIntoDatabase(seeds, registry, {}, { driver });
    const { records } = await driver.executeQuery(
      `MATCH (a:Attack)-[:OCCURRED_IN]->(pl:Place) WHERE 'Mashtal' IN pl.aliases + pl.name
       MATCH (a)-[:KILLED]->(p:Person)
       MATCH (a)-[k:PERPETRATED_BY]->(s:State)
       MATCH (art:Article)-[:MENTIONS]->(a)
       RETURN a.date AS date, collect(DISTINCT p.name) AS killed, collect(DISTINCT s.name) AS by, collect(DISTINCT art.outlet) AS outlets,
              a.fatalitiesMin AS min, a.fatalitiesMax AS max`,
    );
    expect(records).toHaveLength(1);
    const r = records[0]!.toObject();
    expect(r.date).toBe("2024-02-07");
    expect(r.killed.join()).toMatch(/Saiedi|Saadi/);
    expect(r.by).toEqual(["United States"]);
    expect(r.outlets.sort()).toEqual(["Rudaw", "The National"]);
    expect(r.min).toBeLessThan(r.max);
  });

  it("stores the wounded both reports of the Baghdad strike of 4 January give, and their range", async () => {
    await loadIntoDatabase(seeds, registry, {}, { driver });
    const { records } = await driver.executeQuery(
      `MATCH (a:Attack)-[:KILLED]->(p:Person) WHERE 'Abu Taqwa' IN p.aliases + p.name
       RETURN a.woundedMin AS min, a.woundedMax AS max, a.woundedCounts AS counts, a.woundedSources AS sources`,
    );
    expect(records).toHaveLength(1);
    const r = records[0]!.toObject();
    expect([r.min, r.max]).toEqual([7, 7]);
    expect(r.counts).toEqual([7, 7]);
    expect([...r.sources].sort()).toEqual(["000_480602174a1c387a#1", "002_d94bc43f8e1ae04c"]);
  });

  it("changes nothing when the same articles are loaded twice", async () => {
    await loadIntoDatabase(seeds, registry, {}, { driver });
    const first = await snapshot(driver);
    await loadIntoDatabase(seeds, registry, {}, { driver });
    expect(await snapshot(driver)).toEqual(first);
  });

  it("gives the same graph whether the articles go in one batch or one at a time", async () => {
    await loadIntoDatabase(seeds, registry, {}, { driver });
    const together = await snapshot(driver);
    await clearDatabase(driver);
    await loadIntoDatabase(seeds, registry, {}, { driver, batchSize: 1 });
    expect(await snapshot(driver)).toEqual(together);
  });

  it("merges a new article into the actors and attacks already stored", async () => {
    const national = seeds.filter((a) => a.id.startsWith("004"));
    await loadIntoDatabase(
      seeds.filter((a) => !a.id.startsWith("004")),
      registry,
      {},
      { driver },
    );
    const before = await count(driver, "MATCH (n) WHERE n:Person OR n:Organization RETURN count(n)");
    await loadIntoDatabase(national, registry, {}, { driver });
    expect(await count(driver, "MATCH (o:Organization) WHERE o.name CONTAINS 'Kataib Hezbollah' RETURN count(o)")).toBe(
      1,
    );
    const { records } = await driver.executeQuery(
      "MATCH (p:Person) WHERE 'Qais Al Khazaali' IN p.aliases OR p.name = 'Qais Al Khazaali' RETURN p.sources AS sources",
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get("sources")).toContain("004_7e2b4654e5a5cd2c");
    const mashtal = await driver.executeQuery("MATCH (a:Attack {date: '2024-02-07'}) RETURN a.sources AS sources");
    expect(mashtal.records).toHaveLength(1);
    expect(mashtal.records[0]!.get("sources")).toEqual(
      expect.arrayContaining(["001_07ee8de466f1c881", "004_7e2b4654e5a5cd2c"]),
    );
    const after = await count(driver, "MATCH (n) WHERE n:Person OR n:Organization RETURN count(n)");
    expect(after - before).toBeLessThan(15);
  });

  it("dates a stored attack more precisely when a later report states the day, label included", async () => {
    const article = (id: string, published: string, body: string) =>
      parseArticle(id, Buffer.from(`---\npublished: ${published}\noutlet: ${id}\n---\n${body}`));
    await loadIntoDatabase(
      article("first", "2024-02-10", "A US drone strike in Baghdad killed Abu Hussein al-Hamidawi, officials said."),
      registry,
      {},
      { driver },
    );
    const before = await driver.executeQuery("MATCH (a:Attack) RETURN a.label AS label, a.date AS date");
    expect(before.records.map((r) => r.get("label"))).toEqual([expect.stringMatching(/, 2024-02$/)]);
    await loadIntoDatabase(
      article("second", "2024-02-09", "A US drone strike in Baghdad on Wednesday killed Abu Hussein al-Hamidawi."),
      registry,
      {},
      { driver },
    );
    const after = await driver.executeQuery(
      "MATCH (a:Attack) RETURN a.label AS label, a.date AS date, a.sources AS sources",
    );
    expect(after.records).toHaveLength(1);
    expect(after.records[0]!.toObject()).toMatchObject({
      date: "2024-02-07",
      label: expect.stringMatching(/, 2024-02-07$/),
      sources: expect.arrayContaining(["first", "second"]),
    });
  });

  it("leaves the database as it was when a write fails inside a batch", async () => {
    await loadIntoDatabase(seeds.slice(0, 2), registry, {}, { driver });
    const before = await snapshot(driver);
    const graph = buildGraph(extract(seeds.slice(2, 4), registry));
    // A map is not a storable property value: Neo4j rejects it after the articles were already written.
    (graph.nodes.find((n) => n.attributes.type === "Attack")!.attributes as Record<string, unknown>).weapon = {
      nested: true,
    };
    const session = driver.session();
    await expect(session.executeWrite((tx) => writeGraph(tx, graph))).rejects.toThrow();
    await session.close();
    expect(await snapshot(driver)).toEqual(before);
  });

  it("reports an unreachable database clearly", async () => {
    const env = { ...process.env };
    process.env.NEO4J_URI = "bolt://127.0.0.1:1";
    process.env.NEO4J_PASSWORD = "x";
    try {
      await expect(openDatabase()).rejects.toThrow(DatabaseUnavailableError);
      await expect(openDatabase()).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      process.env = env;
    }
  });
});

describe("a database that goes down in the middle of a load", () => {
  it("keeps whole batches of articles and reports the rest as not loaded", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "explorer-down-"));
    const auth = { user: "neo4j", password: "down-test" };
    let server = await startEmbedded({ port: 0, dataDir, auth: `neo4j:${auth.password}`, ephemeral: true });
    let driver = await createDriver({ uri: server.uri, ...auth }, { retryMs: 2_000 });
    await applySchema(driver);
    try {
      const summary = await loadIntoDatabase(
        seeds,
        registry,
        { onBatchCommitted: (b) => (b === 0 ? server.stop() : undefined) },
        { driver, batchSize: 3 },
      );
      expect(summary.counts.articles).toBe(3);
      expect(summary.failed).toHaveLength(1);
      expect(summary.failed[0]).toMatch(/were not loaded/);
      await driver.close();
      server = await startEmbedded({ port: 0, dataDir, auth: `neo4j:${auth.password}`, ephemeral: true });
      driver = await createDriver({ uri: server.uri, ...auth });
      const ids = await driver.executeQuery("MATCH (a:Article) RETURN a.id AS id ORDER BY id");
      expect(ids.records.map((r) => r.get("id"))).toEqual(
        seeds
          .slice(0, 3)
          .map((a) => a.id)
          .sort(),
      );
      expect(
        await count(driver, "MATCH (e)<-[:MENTIONS]-(a:Article) WHERE NOT a.id IN $ids RETURN count(e)", {
          ids: seeds.slice(0, 3).map((a) => a.id),
        }),
      ).toBe(0);
    } finally {
      await driver.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
