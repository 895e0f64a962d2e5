import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{loader,neo4j,web,ontology,tests,cypher}/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/setup/neo4j.ts"],
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    // One embedded Neo4j is shared by the run: files that use it must not interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
