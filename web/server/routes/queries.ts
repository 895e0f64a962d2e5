/**
 * The saved-query library and ad-hoc Cypher: GET /api/queries, POST /api/queries/:name, POST /api/cypher.
 * Everything runs in READ transactions with the server's limits; ad-hoc Cypher is checked first.
 */
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { loadLibrary, validateParams } from "../../../cypher/library.ts";
import { runReadQuery } from "../../../neo4j/read-query.ts";
import { assertReadOnly } from "../../../neo4j/read-only-guard.ts";
import type { AppDeps } from "../app.ts";
import { BadRequestError, NotFoundError } from "../errors.ts";
import { parseBody } from "../validate.ts";

const runBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) }).strict();
const cypherBody = z
  .object({
    query: z.string().min(1, "must not be empty").max(20_000, "must be at most 20,000 characters"),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const queryRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const library = loadLibrary();

  app.get("/api/queries", async () => ({
    queries: library.map(({ cypher, ...q }) => ({ ...q, cypher })),
  }));

  app.post<{ Params: { name: string } }>("/api/queries/:name", async (req) => {
    const q = library.find((x) => x.name === req.params.name);
    if (!q) throw new NotFoundError(`no saved query named "${req.params.name}" (see GET /api/queries)`);
    const body = parseBody(runBody, req.body ?? {});
    const params = validateParams(q, body.params);
    return {
      query: q.name,
      params,
      ...(await runReadQuery(deps.driver, q.cypher, params, deps.limits, deps.database)),
    };
  });

  app.post("/api/cypher", async (req) => {
    const body = parseBody(cypherBody, req.body);
    for (const k of Object.keys(body.params)) {
      if (!/^[A-Za-z_]\w*$/.test(k))
        throw new BadRequestError(`parameter name "${k}" is not a valid Cypher parameter name`);
    }
    await assertReadOnly(deps.driver, body.query, body.params, deps.database);
    return runReadQuery(deps.driver, body.query, body.params, deps.limits, deps.database);
  });
};
