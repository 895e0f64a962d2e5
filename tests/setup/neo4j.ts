/**
 * Vitest global setup: one real Neo4j for the whole run. NEO4J_URI points the tests at any Neo4j;
 * otherwise an embedded server starts on a free port with a temporary data directory, removed afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { configFromEnv, type Neo4jConfig } from "../../neo4j/driver.ts";
import { startEmbedded } from "../../neo4j/embedded.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConfig;
  }
}

const TEST_PASSWORD = "test-password";

export default async function setup(project: TestProject) {
  const fromEnv = configFromEnv();
  if (fromEnv) {
    project.provide("neo4j", fromEnv);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), "explorer-neo4j-"));
  const server = await startEmbedded({ port: 0, dataDir, auth: `neo4j:${TEST_PASSWORD}`, ephemeral: true });
  project.provide("neo4j", { uri: server.uri, user: "neo4j", password: TEST_PASSWORD });
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
