/**
 * `npm start`: embedded Neo4j (unless NEO4J_URI is set), the schema, the seed articles when the
 * database is empty, and the explorer's server; prints the URL and stops everything on Ctrl-C.
 */
import { join } from "node:path";
import cliProgress from "cli-progress";
import { openDatabase, PROJECT_ROOT } from "../../neo4j/connect.ts";
import { loadPaths } from "../../loader/index.ts";
import { buildApp } from "./app.ts";
import { buildUiIfStale } from "./build-ui.ts";
import { serverConfigFromEnv } from "./config.ts";

let app: Awaited<ReturnType<typeof buildApp>> | undefined;

async function main() {
  const config = serverConfigFromEnv();
  const t0 = Date.now();
  console.log(process.env.NEO4J_URI ? `Connecting to Neo4j at ${process.env.NEO4J_URI}…` : "Starting embedded Neo4j…");
  const db = await openDatabase({ port: config.NEO4J_BOLT_PORT, announce: true, log: (l) => console.log(l) });
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    console.log("Stopping…");
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const { records } = await db.driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n", {}, { routing: "READ" });
  if (records[0]!.get("n") === 0) {
    const bar = new cliProgress.SingleBar(
      { format: "Loading seed articles |{bar}| {value}/{total}", noTTYOutput: true, notTTYSchedule: 1000 },
      cliProgress.Presets.shades_classic,
    );
    const summary = await loadPaths([join(PROJECT_ROOT, "seeds")], db.driver, {
      onStart: (n) => bar.start(n, 0),
      onProgress: (done) => bar.update(done),
      onDone: () => bar.stop(),
    });
    for (const f of summary.failed) console.error(`load error: ${f}`);
    console.log(
      `Loaded ${summary.counts.articles} articles: ${summary.counts.entities} entities, ${summary.counts.facts} facts, ${summary.counts.attacks} attacks.`,
    );
  }

  await buildUiIfStale();
  app = await buildApp({
    driver: db.driver,
    databaseOrigin: db.origin,
    ...(db.config.database ? { database: db.config.database } : {}),
  });
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(
      code === "EADDRINUSE"
        ? `Port ${config.PORT} is busy: stop what uses it or set PORT=another port.`
        : `Server failed: ${(e as Error).message}`,
    );
    return shutdown(1);
  }
  const shownHost = config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST;
  console.log(
    `Explorer ready at http://${shownHost}:${config.PORT} (Neo4j: ${db.config.uri}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

main().catch((e: Error) => {
  console.error(`Start failed: ${e.message}`);
  process.exit(1);
});
