import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One embedded Neo4j is shared by the run: files that use it must not interleave, and browser
    // timings stay meaningful on a 2-core machine when nothing else runs beside them.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["{loader,neo4j,web,ontology,cypher}/**/*.test.{ts,tsx}"] },
      },
      {
        extends: true,
        test: {
          name: "neo4j",
          include: ["tests/**/*.test.{ts,tsx}"],
          globalSetup: ["tests/setup/neo4j.ts"],
        },
      },
    ],
  },
});
