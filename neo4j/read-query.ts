/**
 * Runs one read-only query the safe way: in a READ transaction (Neo4j itself refuses writes), with a
 * server-side timeout, and with limits on rows and response size that stop reading early and say so.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ResultCollector, type QueryGraph } from "./results.ts";
import { DatabaseUnavailableError } from "./errors.ts";

export interface ReadLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { timeoutMs: 10_000, maxRows: 2_000, maxBytes: 8 * 1024 * 1024 };

export interface ReadResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: QueryGraph;
  /** Why reading stopped early, if it did. */
  truncated: null | { reason: "rows" | "bytes"; limit: number };
  ms: number;
}

/** A query Neo4j stopped because it ran past its time. */
export class QueryTimeoutError extends Error {
  override name = "QueryTimeoutError";
}

/** Cypher that Neo4j could not compile; `position` is where, when it says. */
export class CypherSyntaxError extends Error {
  override name = "CypherSyntaxError";
  constructor(
    message: string,
    readonly position: { line: number; column: number; offset: number } | null,
  ) {
    super(message);
  }
}

/** Neo4j refused the query for another reason (a write in a read transaction, an unknown procedure...). */
export class QueryFailedError extends Error {
  override name = "QueryFailedError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function translateNeo4jError(e: unknown, timeoutMs?: number): Error {
  const err = e as { code?: string; message?: string; gqlStatus?: string };
  const code = err.code ?? "";
  const message = err.message ?? String(e);
  if (/TransactionTimedOut|Terminated/i.test(code) || /timed? ?out|terminated/i.test(message)) {
    return new QueryTimeoutError(
      `the query ran longer than ${timeoutMs ? timeoutMs / 1000 + " s" : "its time limit"} and was stopped`,
    );
  }
  if (/SyntaxError|ParameterMissing|SemanticError|TypeError/.test(code)) {
    const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
    return new CypherSyntaxError(
      message.split("\n")[0]!,
      m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : null,
    );
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired")
    return new DatabaseUnavailableError(`Neo4j is not reachable: ${message}`);
  return new QueryFailedError(message.split("\n")[0]!, code);
}

/**
 * JSON has one number type; Cypher has two. Whole numbers go to Neo4j as integers, so that
 * `LIMIT $limit` and integer comparisons work with parameters that came from JSON or a URL.
 */
export function toCypherParams(v: unknown): unknown {
  if (typeof v === "number" && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toCypherParams);
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toCypherParams(x)]));
  }
  return v;
}

export async function runReadQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  limits: ReadLimits = DEFAULT_LIMITS,
  database?: string,
): Promise<ReadResult> {
  const t0 = performance.now();
  const session = driver.session({ defaultAccessMode: "READ", ...(database ? { database } : {}) });
  try {
    return await session.executeRead(
      async (tx) => {
        const collector = new ResultCollector();
        let columns: string[] = [];
        let bytes = 0;
        let truncated: ReadResult["truncated"] = null;
        const result = tx.run(cypher, toCypherParams(params) as Record<string, unknown>);
        for await (const record of result) {
          if (columns.length === 0) columns = record.keys.map(String);
          if (collector.rows.length >= limits.maxRows) {
            truncated = { reason: "rows", limit: limits.maxRows };
            break;
          }
          bytes += JSON.stringify(collector.add(record)).length;
          if (bytes > limits.maxBytes) {
            collector.rows.pop();
            truncated = { reason: "bytes", limit: limits.maxBytes };
            break;
          }
        }
        if (columns.length === 0) columns = ((await result.keys()) as string[]).map(String);
        return {
          columns,
          rows: collector.rows,
          graph: collector.graph(),
          truncated,
          ms: Math.round(performance.now() - t0),
        };
      },
      { timeout: limits.timeoutMs },
    );
  } catch (e) {
    throw translateNeo4jError(e, limits.timeoutMs);
  } finally {
    await session.close();
  }
}
