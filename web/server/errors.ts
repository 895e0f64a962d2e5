/**
 * Maps every failure kind to an HTTP status and a JSON body that names the problem:
 * { error: { code, message, ...details } }. Never an HTML page, never a 200 that says "failed".
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { ParamError, QueryFileError } from "../../cypher/library.ts";
import { ConfigError, DatabaseUnavailableError } from "../../neo4j/errors.ts";
import { CypherSyntaxError, QueryFailedError, QueryTimeoutError } from "../../neo4j/read-query.ts";
import { QueryRefusedError } from "../../neo4j/read-only-guard.ts";

export class BadRequestError extends Error {
  override name = "BadRequestError";
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

interface Mapped {
  status: number;
  code: string;
  details?: Record<string, unknown>;
}

function map(e: Error): Mapped {
  if (e instanceof BadRequestError || e instanceof ParamError) return { status: 400, code: "bad_request" };
  if (e instanceof CypherSyntaxError) return { status: 400, code: "cypher_syntax", details: { position: e.position } };
  if (e instanceof NotFoundError) return { status: 404, code: "not_found" };
  if (e instanceof QueryRefusedError) return { status: 403, code: "query_refused" };
  if (e instanceof QueryFailedError) {
    const writeRefused = /write|Writing in read access mode/i.test(e.message) || /AccessMode|Forbidden/i.test(e.code);
    return writeRefused
      ? { status: 403, code: "query_refused" }
      : { status: 422, code: "query_failed", details: { neo4jCode: e.code } };
  }
  if (e instanceof QueryTimeoutError) return { status: 504, code: "timeout" };
  if (e instanceof DatabaseUnavailableError) return { status: 503, code: "database_unavailable" };
  if (e instanceof ConfigError || e instanceof QueryFileError) return { status: 500, code: "server_misconfigured" };
  const fe = e as FastifyError;
  if (fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return { status: 415, code: "unsupported_media_type" };
  if (fe.code === "FST_ERR_CTP_BODY_TOO_LARGE") return { status: 413, code: "body_too_large" };
  if (fe.validation || fe.code?.startsWith("FST_ERR_CTP") || (fe.statusCode && fe.statusCode < 500)) {
    return { status: fe.statusCode && fe.statusCode >= 400 ? fe.statusCode : 400, code: "bad_request" };
  }
  return { status: 500, code: "internal_error" };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: Error, _req, reply) => {
    const m = map(error);
    if (m.status >= 500 && m.code === "internal_error") app.log.error(error);
    const message = m.code === "internal_error" ? "the server failed; see its log" : error.message;
    return reply.code(m.status).send({ error: { code: m.code, message, ...(m.details ?? {}) } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: { code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } }),
  );
}
