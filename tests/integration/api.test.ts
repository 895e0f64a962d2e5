import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "../helpers/db.ts";
import { seededApp, seededDatabase } from "../helpers/seeded.ts";

let driver: Driver;
let app: FastifyInstance;
let strict: FastifyInstance;

beforeAll(async () => {
  driver = await seededDatabase();
  app = await seededApp(driver);
  strict = await seededApp(driver, { timeoutMs: 1_500, maxRows: 5 });
});
afterAll(async () => {
  await app.close();
  await strict.close();
  await driver.close();
});

const cypher = (a: FastifyInstance, query: string, params: Record<string, unknown> = {}) =>
  a.inject({ method: "POST", url: "/api/cypher", payload: { query, params } });
const graphSize = () => count(driver, "MATCH (n) RETURN count(n)");

describe("ad-hoc Cypher is read-only", () => {
  it("runs a read query and returns both a table and a graph", async () => {
    const res = await cypher(
      app,
      "MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organization {name: $org}) RETURN p, r, o",
      { org: "Asaib Ahl al-Haq" },
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.columns).toEqual(["p", "r", "o"]);
    expect(body.graph.nodes.map((n: { properties: { name: string } }) => n.properties.name)).toContain(
      "Asaib Ahl al-Haq",
    );
    expect(body.graph.relationships[0]).toMatchObject({
      type: "AFFILIATED_WITH",
      target: expect.stringContaining("asaib"),
    });
  });

  it.each([
    ["CREATE", "CREATE (:Person {id: 'intruder', name: 'X'})"],
    ["MERGE", "MERGE (:Organization {id: 'intruder'})"],
    ["DELETE", "MATCH (n:Place) DETACH DELETE n"],
    ["SET", "MATCH (n:Person) WITH n LIMIT 1 SET n.name = 'changed' RETURN n"],
    ["REMOVE", "MATCH (n:Person) REMOVE n.aliases RETURN n"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ["CALL IN TRANSACTIONS", "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS"],
    ["a schema command", "CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.name)"],
    ["dropping a constraint", "DROP CONSTRAINT person_id"],
    ["an admin command", "SHOW USERS"],
    ["creating a user", "CREATE USER intruder SET PASSWORD 'password123'"],
    ["a write procedure", "CALL db.createLabel('Intruder')"],
    ["a write hidden after a comment", "// just reading\nMATCH (n:Person) SET n.x = 1"],
  ])("refuses %s and leaves the graph unchanged", async (_name, query) => {
    const before = await graphSize();
    const res = await cypher(app, query);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("query_refused");
    expect(await graphSize()).toBe(before);
    expect(await count(driver, "MATCH (n:Person {name: 'changed'}) RETURN count(n)")).toBe(0);
  });

  it("stops an expensive query at the timeout, and the server keeps answering", async () => {
    const res = await cypher(
      strict,
      "MATCH (a), (b), (c), (d) WHERE a.id <> b.id AND c.id <> d.id RETURN count(*) AS n",
    );
    expect(res.statusCode).toBe(504);
    expect(res.json().error).toMatchObject({ code: "timeout", message: expect.stringContaining("1.5 s") });
    const health = await strict.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
  });

  it("reports the row limit when it cuts a result", async () => {
    const res = await cypher(strict, "UNWIND range(1, 100) AS i RETURN i");
    expect(res.json()).toMatchObject({
      rows: [{ i: 1 }, { i: 2 }, { i: 3 }, { i: 4 }, { i: 5 }],
      truncated: { reason: "rows", limit: 5 },
    });
  });

  it("names a syntax error and where it is", async () => {
    const res = await cypher(app, "MATCH (n RETURN n");
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "cypher_syntax", position: { line: 1 } });
  });
});

describe("saved queries over HTTP", () => {
  it("refuses an unknown parameter and names it", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/queries/group-leaders",
      payload: { params: { nmae: "x" } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/unknown parameter "nmae"/);
  });

  it("refuses a parameter of the wrong type", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/queries/attacks-in-range",
      payload: { params: { from: "last week" } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/"from".*date/);
  });

  it("answers 404 with JSON for a query that does not exist", async () => {
    const res = await app.inject({ method: "POST", url: "/api/queries/nope", payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });
});

describe("malformed requests get clean 4xx answers", () => {
  it("malformed JSON", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { "content-type": "application/json" },
      payload: "{ nope",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("bad_request");
  });

  it("a huge body", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/cypher",
      payload: { query: "RETURN 1", params: { x: "a".repeat(400_000) } },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("body_too_large");
  });

  it("an unknown route", async () => {
    const res = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/no route GET \/api\/nothing-here/);
  });

  it("a body with fields the API does not know", async () => {
    const res = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "RETURN 1", extra: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/unknown fields: extra/);
  });
});

describe("search and node details", () => {
  it("finds Qais al-Khazali from a transliteration variant", async () => {
    const res = await app.inject({ method: "GET", url: "/api/search?q=Khazaali" });
    expect(res.json().results[0]).toMatchObject({ type: "Person", name: expect.stringMatching(/Khaz/) });
  });

  it("finds Harakat al-Nujaba from part of its name as typed", async () => {
    const res = await app.inject({ method: "GET", url: "/api/search?q=Nuja" });
    expect(res.json().results[0]).toMatchObject({ name: "Harakat al-Nujaba", type: "Organization" });
  });

  it("gives a node's aliases and each fact with its evidence sentence and article", async () => {
    const search = await app.inject({ method: "GET", url: "/api/search?q=Nujaba" });
    const id = search.json().results[0].id;
    const res = await app.inject({ method: "GET", url: `/api/nodes/${encodeURIComponent(id)}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.node.properties.aliases).toEqual(
      expect.arrayContaining(["Nujaba Movement", "Harakat Hezbollah al-Nujaba"]),
    );
    const backed = body.relations.find(
      (r: { type: string; other: { name: string } }) => r.type === "BACKED_BY" && r.other.name === "Iran",
    );
    expect(backed.evidence[0]).toMatchObject({
      sentence: expect.stringContaining("Iran"),
      article: { outlet: expect.any(String), headline: expect.any(String) },
    });
    expect(body.articles.length).toBeGreaterThan(2);
  });

  it("expands a node's neighbourhood", async () => {
    const search = await app.inject({ method: "GET", url: "/api/search?q=Kataib%20Hezbollah" });
    const id = search.json().results[0].id;
    const one = (
      await app.inject({ method: "GET", url: `/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=1` })
    ).json();
    const two = (
      await app.inject({ method: "GET", url: `/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=2` })
    ).json();
    expect(one.graph.nodes.map((n: { properties: { name: string } }) => n.properties.name)).toContain(
      "Islamic Resistance in Iraq",
    );
    expect(two.graph.nodes.length).toBeGreaterThan(one.graph.nodes.length);
  });

  it("reports in /api/health how many nodes of each type and relationships of each type the graph holds", async () => {
    const { counts } = (await app.inject({ method: "GET", url: "/api/health" })).json();
    expect(counts.nodes.Person).toBe(await count(driver, "MATCH (n:Person) RETURN count(n)"));
    expect(counts.nodes.Attack).toBe(await count(driver, "MATCH (n:Attack) RETURN count(n)"));
    expect(counts.nodes.Person).toBeGreaterThan(10);
    expect(counts.relationships.PART_OF).toBe(await count(driver, "MATCH ()-[r:PART_OF]->() RETURN count(r)"));
    expect(counts.relationships.PART_OF).toBeGreaterThan(0);
  });

  it("answers 404 for a node that does not exist", async () => {
    const res = await app.inject({ method: "GET", url: "/api/nodes/person:nobody" });
    expect(res.statusCode).toBe(404);
  });
});
