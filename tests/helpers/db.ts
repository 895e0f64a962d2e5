/** Test access to the run's real Neo4j (started by tests/setup/neo4j.ts). */
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../neo4j/driver.ts";
import { applySchema } from "../../neo4j/schema.ts";

export async function testDriver(): Promise<Driver> {
  const driver = await createDriver(inject("neo4j"));
  await applySchema(driver);
  return driver;
}

/** Community edition has one user database: tests isolate themselves by emptying it. */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

export async function count(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, { routing: "READ" });
  return Number(records[0]?.get(0) ?? 0);
}
