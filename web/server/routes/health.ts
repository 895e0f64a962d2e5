/** GET /api/health: whether Neo4j answers, and how much the graph holds. */
import type { FastifyPluginAsync } from "fastify";
import type { AppDeps } from "../app.ts";
import { graphCounts } from "../counts.ts";

export const healthRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get("/api/health", async (_req, reply) => {
    try {
      const counts = await graphCounts(deps);
      return { status: "ok", database: { origin: deps.databaseOrigin, reachable: true }, counts };
    } catch (e) {
      return reply.code(503).send({
        status: "unavailable",
        database: { origin: deps.databaseOrigin, reachable: false },
        error: (e as Error).message,
      });
    }
  });
};
