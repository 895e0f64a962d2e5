/**
 * The database a benchmark measures: NEO4J_URI if set, else an embedded Neo4j on a fresh temporary
 * directory; emptied and with the schema applied. `close` stops what was started.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { configFromEnv, createDriver, type Neo4jConfig } from "../../neo4j/driver.ts";
import { startEmbedded } from "../../neo4j/embedded.ts";
import { applySchema } from "../../neo4j/schema.ts";

export async function benchDatabase(name: string): Promise<{ driver: Driver; close: () => Promise<void> }> {
  let config: Neo4jConfig | null = configFromEnv();
  let stop = async () => {};
  if (!config) {
    const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
    const server = await startEmbedded({ port: 0, dataDir: dir, auth: "neo4j:bench-password", ephemeral: true });
    config = { uri: server.uri, user: "neo4j", password: "bench-password" };
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const driver = await createDriver(config);
  await applySchema(driver);
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
  return {
    driver,
    close: async () => {
      await driver.close();
      await stop();
    },
  };
}
