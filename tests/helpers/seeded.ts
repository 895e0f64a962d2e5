/** The seed articles loaded into the test database, and the API built on it. */
import type { Driver } from "neo4j-driver";
import { readArticles } from "../../loader/read/articles.ts";
import { loadRegistry } from "../../loader/mentions/registry.ts";
import { loadIntoDatabase } from "../../loader/write/load.ts";
import { buildApp } from "../../web/server/app.ts";
import type { ReadLimits } from "../../neo4j/read-query.ts";
import { clearDatabase, testDriver } from "./db.ts";

export async function seededDatabase(): Promise<Driver> {
  const driver = await testDriver();
  await clearDatabase(driver);
  const summary = await loadIntoDatabase(readArticles(["seeds"]).articles, loadRegistry(), {}, { driver });
  if (summary.failed.length) throw new Error(summary.failed.join("\n"));
  return driver;
}

export function seededApp(driver: Driver, limits: Partial<ReadLimits> = {}) {
  return buildApp({ driver, databaseOrigin: "test", limits });
}
