/**
 * Opens "the database" for a command: the Neo4j named by NEO4J_URI if set, otherwise an embedded one.
 * CLI commands first reuse the embedded server a running `npm start` announced in .data/neo4j.json,
 * so that `npm run load` while the explorer runs writes into the same database instead of fighting for its lock.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { configFromEnv, createDriver, type Neo4jConfig } from "./driver.ts";
import { startEmbedded, type EmbeddedNeo4j } from "./embedded.ts";
import { applySchema } from "./schema.ts";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, ".data", "neo4j");
const ANNOUNCE_FILE = join(PROJECT_ROOT, ".data", "neo4j.json");
/** The embedded server's credentials: it listens on 127.0.0.1 only. */
export const EMBEDDED_USER = "neo4j";
export const EMBEDDED_PASSWORD = "explorer-local";

export interface Database {
  driver: Driver;
  config: Neo4jConfig;
  /** "env" (NEO4J_URI), "embedded" (started here) or "shared" (another process's embedded server). */
  origin: "env" | "embedded" | "shared";
  close(): Promise<void>;
}

export interface OpenOptions {
  port?: number;
  dataDir?: string;
  /** Write .data/neo4j.json so CLI commands can find this server (npm start does). */
  announce?: boolean;
  log?: (line: string) => void;
}

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const log = opts.log ?? console.error;
  const fromEnv = configFromEnv();
  if (fromEnv) {
    const driver = await createDriver(fromEnv);
    await applySchema(driver, fromEnv.database);
    return { driver, config: fromEnv, origin: "env", close: () => driver.close() };
  }
  if (!opts.announce) {
    const shared = await connectToAnnounced();
    if (shared) return shared;
  }
  const server = await startEmbedded({
    port: opts.port ?? 7687,
    dataDir: opts.dataDir ?? DEFAULT_DATA_DIR,
    auth: `${EMBEDDED_USER}:${EMBEDDED_PASSWORD}`,
    log,
  });
  const config: Neo4jConfig = { uri: server.uri, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD };
  const driver = await createDriver(config).catch(async (e) => {
    await server.stop();
    throw e;
  });
  await applySchema(driver);
  if (opts.announce) writeFileSync(ANNOUNCE_FILE, JSON.stringify({ uri: server.uri, pid: process.pid }));
  return { driver, config, origin: "embedded", close: () => closeEmbedded(driver, server, !!opts.announce) };
}

async function closeEmbedded(driver: Driver, server: EmbeddedNeo4j, announced: boolean): Promise<void> {
  await driver.close();
  await server.stop();
  if (announced) rmSync(ANNOUNCE_FILE, { force: true });
}

async function connectToAnnounced(): Promise<Database | null> {
  if (!existsSync(ANNOUNCE_FILE)) return null;
  let uri: string;
  try {
    uri = (JSON.parse(readFileSync(ANNOUNCE_FILE, "utf8")) as { uri: string }).uri;
  } catch {
    return null;
  }
  const config: Neo4jConfig = { uri, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD };
  try {
    const driver = await createDriver(config);
    return { driver, config, origin: "shared", close: () => driver.close() };
  } catch {
    // A stale announcement from a server that died: start our own instead.
    return null;
  }
}
