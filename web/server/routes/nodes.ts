/**
 * GET /api/nodes/:id (a node with every fact and event around it, each with its evidence and articles),
 * GET /api/nodes/:id/neighborhood?depth= (the graph around it), GET /api/overview (the first view) and
 * GET /api/articles/:id (an article's text).
 */
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { runReadQuery } from "../../../neo4j/read-query.ts";
import { readOptions, type AppDeps } from "../app.ts";
import { ARTICLE_TEXT, ARTICLES_BY_ID, NEIGHBORHOOD, NODE_DETAILS, NODE_EXISTS, OVERVIEW } from "../api-queries.ts";
import { NotFoundError } from "../errors.ts";
import { parseBody } from "../validate.ts";
import { ResultCollector } from "../../../neo4j/results.ts";

const neighborhoodQuery = z.object({
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(3)
    .default(1)
    .transform((d) => d as keyof typeof NEIGHBORHOOD),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

interface Relation {
  evidence: string[] | null;
  evidenceSources: string[] | null;
  [k: string]: unknown;
}

export const nodeRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const opts = readOptions(deps);

  app.get<{ Params: { id: string } }>("/api/nodes/:id", async (req) => {
    const { records } = await deps.driver.executeQuery(NODE_DETAILS, { id: req.params.id }, opts);
    const r = records[0];
    if (!r) throw new NotFoundError(`no node with id "${req.params.id}"`);
    const node = new ResultCollector().add(r).n as Record<string, unknown>;
    const relations = r.get("relations") as Relation[];
    const articleIds = [...new Set(relations.flatMap((x) => x.evidenceSources ?? []))];
    const meta = await deps.driver.executeQuery(ARTICLES_BY_ID, { ids: articleIds }, opts);
    const byId = new Map(meta.records.map((m) => [m.get("id"), m.toObject()]));
    return {
      node,
      type: r.get("type"),
      relations: relations.map(({ evidence, evidenceSources, ...rest }) => ({
        ...rest,
        evidence: (evidence ?? []).map((sentence, i) => ({
          sentence,
          article: byId.get(evidenceSources?.[i]) ?? { id: evidenceSources?.[i] ?? null },
        })),
      })),
      articles: r.get("articles"),
    };
  });

  app.get<{ Params: { id: string } }>("/api/nodes/:id/neighborhood", async (req) => {
    const { depth, limit } = parseBody(neighborhoodQuery, req.query);
    const result = await runReadQuery(
      deps.driver,
      NEIGHBORHOOD[depth],
      { id: req.params.id, limit },
      deps.limits,
      deps.database,
    );
    if (result.rows.length === 0) {
      const exists = await deps.driver.executeQuery(NODE_EXISTS, { id: req.params.id }, opts);
      if (exists.records.length === 0) throw new NotFoundError(`no node with id "${req.params.id}"`);
    }
    return { id: req.params.id, depth, graph: result.graph, truncated: result.truncated };
  });

  app.get("/api/overview", async (req) => {
    const { limit } = parseBody(
      z.object({ limit: z.coerce.number().int().min(1).max(20_000).default(3_000) }),
      req.query,
    );
    const result = await runReadQuery(deps.driver, OVERVIEW, { limit }, deps.limits, deps.database);
    return { graph: result.graph, truncated: result.truncated };
  });

  app.get<{ Params: { id: string } }>("/api/articles/:id", async (req) => {
    const { records } = await deps.driver.executeQuery(ARTICLE_TEXT, { id: req.params.id }, opts);
    if (!records[0]) throw new NotFoundError(`no article with id "${req.params.id}"`);
    return records[0].toObject();
  });
};
