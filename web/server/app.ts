/**
 * The HTTP server: a read-only API over Neo4j and the explorer's static files. Built as a function of
 * its dependencies so tests can start it against the real test database and call it with inject().
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { healthRoutes } from "./routes/health.ts";
import { statusPage } from "./status-page.ts";

export interface AppDeps {
  driver: Driver;
  /** Where the database is, for the health report ("embedded", "env", "shared"). */
  databaseOrigin: string;
  database?: string;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  await app.register(healthRoutes, deps);
  app.get("/", async (_req, reply) => reply.type("text/html").send(await statusPage(deps)));
  return app;
}
