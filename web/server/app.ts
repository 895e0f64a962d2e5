/**
 * The HTTP server: a read-only API over Neo4j and the explorer's static files. Built as a function of
 * its dependencies so tests can start it against the real test database and call it with inject().
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { DEFAULT_LIMITS, type ReadLimits } from "../../neo4j/read-query.ts";
import { installErrorHandling } from "./errors.ts";
import { healthRoutes } from "./routes/health.ts";
import { nodeRoutes } from "./routes/nodes.ts";
import { queryRoutes } from "./routes/queries.ts";
import { searchRoutes } from "./routes/search.ts";
import { statusPage } from "./status-page.ts";

/** The explorer's build (vite build); without it, / shows the database status page. */
export const UI_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

export interface AppDeps {
  driver: Driver;
  /** Where the database is, for the health report ("embedded", "env", "shared"). */
  databaseOrigin: string;
  database?: string;
  /** Per-query time, row and size limits. */
  limits: ReadLimits;
}

/** Options for a read through `driver.executeQuery`: routed to readers, on the configured database. */
export const readOptions = (deps: Pick<AppDeps, "database">) => ({
  routing: "READ" as const,
  ...(deps.database ? { database: deps.database } : {}),
});

export async function buildApp(
  input: Omit<AppDeps, "limits"> & { limits?: Partial<ReadLimits> },
): Promise<FastifyInstance> {
  const deps: AppDeps = { ...input, limits: { ...DEFAULT_LIMITS, ...input.limits } };
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  installErrorHandling(app);
  await app.register(healthRoutes, deps);
  await app.register(queryRoutes, deps);
  await app.register(searchRoutes, deps);
  await app.register(nodeRoutes, deps);
  if (existsSync(join(UI_DIR, "index.html"))) {
    await app.register(fastifyStatic, { root: UI_DIR, wildcard: false });
    // Any other page path is the single-page app (its state lives in the query string).
    app.get("/*", (req, reply) =>
      req.url.startsWith("/api/") ? reply.callNotFound() : reply.type("text/html").sendFile("index.html"),
    );
  } else {
    app.get("/", async (_req, reply) => reply.type("text/html").send(await statusPage(deps)));
  }
  return app;
}
