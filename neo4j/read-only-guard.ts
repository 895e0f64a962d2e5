/**
 * Decides whether ad-hoc Cypher may run. Three layers, each enough on its own for what it covers:
 * text checks for what a READ transaction would not stop (LOAD CSV reads files; admin and schema
 * commands; procedures outside a small allow-list), then Neo4j's own plan (EXPLAIN) must say the query
 * only reads, and finally the query runs in a READ transaction, where Neo4j refuses any write.
 */
import type { Driver } from "neo4j-driver";
import { toCypherParams, translateNeo4jError } from "./read-query.ts";

/** A query that is refused before it runs, with the reason. */
export class QueryRefusedError extends Error {
  override name = "QueryRefusedError";
}

const ALLOWED_PROCEDURES = new Set([
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
]);

const ADMIN =
  /^\s*(?:USE|SHOW|CREATE|DROP|ALTER|GRANT|DENY|REVOKE|START|STOP|TERMINATE|ENABLE|RENAME|DEALLOCATE|REALLOCATE)\b/i;

/** Strips comments and string literals, so that words inside them are not read as clauses. */
function code(cypher: string): string {
  return cypher
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/.*$/gm, " ")
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
}

export function checkText(cypher: string): void {
  const c = code(cypher);
  if (!c.trim()) throw new QueryRefusedError("the query is empty");
  if (/\bLOAD\s+CSV\b/i.test(c))
    throw new QueryRefusedError("LOAD CSV is not allowed: the explorer only reads the graph");
  if (/\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(c))
    throw new QueryRefusedError("CALL { … } IN TRANSACTIONS is not allowed: it is for writes");
  if (ADMIN.test(c.replace(/^\s*(?:EXPLAIN|PROFILE|CYPHER(?:\s+\w+(?:=\w+)?)*)\s+/i, ""))) {
    throw new QueryRefusedError("administration and schema commands are not allowed: only read queries run here");
  }
  for (const m of c.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)\s*(?:\(|$|\s)/gi)) {
    if (!ALLOWED_PROCEDURES.has(m[1]!.toLowerCase())) {
      throw new QueryRefusedError(`procedure ${m[1]} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(", ")})`);
    }
  }
}

/** Neo4j's plan for the query must be read-only ("r"); syntax errors surface here with their position. */
export async function checkPlan(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  database?: string,
): Promise<void> {
  const session = driver.session({ defaultAccessMode: "READ", ...(database ? { database } : {}) });
  try {
    // EXPLAIN compiles without running: the user's own query text, prefixed as Neo4j documents.
    const summary = await session.executeRead(
      (tx) => tx.run(`EXPLAIN ${cypher}`, toCypherParams(params) as Record<string, unknown>).summary(),
      { timeout: 5_000 },
    );
    if (summary.queryType !== "r") {
      const kind =
        { rw: "reads and writes", w: "writes", s: "changes the schema" }[summary.queryType] ?? summary.queryType;
      throw new QueryRefusedError(`the query ${kind}: only read-only queries are allowed`);
    }
  } catch (e) {
    if (e instanceof QueryRefusedError) throw e;
    throw translateNeo4jError(e);
  } finally {
    await session.close();
  }
}

export async function assertReadOnly(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  database?: string,
): Promise<void> {
  checkText(cypher);
  await checkPlan(driver, cypher, params, database);
}
