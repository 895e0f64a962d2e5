/**
 * Applies cypher/schema.cypher (constraints and indexes) idempotently: every statement uses IF NOT EXISTS.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";

const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "cypher", "schema.cypher");

/** Splits a .cypher file into statements: `;` at the end of a line ends one, `//` lines are comments. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function schemaStatements(): string[] {
  return splitStatements(readFileSync(SCHEMA_FILE, "utf8"));
}

/** Creates every constraint and index the product relies on, then waits for indexes to come online. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session(database ? { database } : {});
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
}
