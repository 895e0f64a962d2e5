import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_LABELS } from "../../ontology/model.ts";
import { applySchema } from "../../neo4j/schema.ts";
import { clearDatabase, count, testDriver } from "../helpers/db.ts";

describe("the real Neo4j behind every test", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
    await clearDatabase(driver);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it("writes nodes and relationships and reads them back through neo4j-driver", async () => {
    await driver.executeQuery(
      `MERGE (p:Person {id: $pid}) SET p.name = $pname
       MERGE (o:Organization {id: $oid}) SET o.name = $oname
       MERGE (p)-[:AFFILIATED_WITH {role: $role}]->(o)`,
      {
        pid: "qais-al-khazali",
        pname: "Qais al-Khazali",
        oid: "asaib-ahl-al-haq",
        oname: "Asaib Ahl al-Haq",
        role: "secretary-general",
      },
    );
    const { records } = await driver.executeQuery(
      "MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organization) RETURN p.name AS person, r.role AS role, o.name AS org",
      {},
      { routing: "READ" },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { person: "Qais al-Khazali", role: "secretary-general", org: "Asaib Ahl al-Haq" },
    ]);
  });

  it("has a uniqueness constraint on the id of every node label, and the full-text index", async () => {
    const { records } = await driver.executeQuery("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties");
    const unique = records
      .filter((r) => r.get("type") === "UNIQUENESS")
      .map((r) => `${r.get("labelsOrTypes")[0]}.${r.get("properties")[0]}`);
    for (const label of [...ENTITY_LABELS, "Attack", "Article"]) expect(unique).toContain(`${label}.id`);
    const idx = await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, state");
    expect(idx.records.map((r) => [r.get("name"), r.get("state")])).toContainEqual(["entity_names", "ONLINE"]);
  });

  it("refuses a second node with the same id", async () => {
    await expect(driver.executeQuery("CREATE (:Person {id: 'qais-al-khazali'})")).rejects.toThrow(/already exists/);
    expect(await count(driver, "MATCH (p:Person {id: 'qais-al-khazali'}) RETURN count(p)")).toBe(1);
  });

  it("applies the schema idempotently", async () => {
    const before = await count(driver, "SHOW CONSTRAINTS YIELD name RETURN count(*)");
    await applySchema(driver);
    expect(await count(driver, "SHOW CONSTRAINTS YIELD name RETURN count(*)")).toBe(before);
  });

  it("finds an entity by an alias through the full-text index", async () => {
    await driver.executeQuery(
      "MERGE (p:Person {id: 'x'}) SET p.name = 'Qais al-Khazali', p.aliases = ['Kais al-Khazali', 'Qais Al Khazaali']",
    );
    await driver.executeQuery("CALL db.awaitIndexes(30)");
    const { records } = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name",
      { q: "Khazaali" },
    );
    expect(records.map((r) => r.get("name"))).toContain("Qais al-Khazali");
  });
});
