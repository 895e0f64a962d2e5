/**
 * The one place that creates a Neo4j driver: from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD (any Neo4j,
 * including neo4j+s:// clusters and Aura) or from an embedded server's URI.
 * Integers come back as JS numbers (disableLosslessIntegers), so no Neo4j Integer leaks past this edge.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { ConfigError, DatabaseUnavailableError } from "./errors.ts";

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must look like bolt://host:7687 or neo4j+s://host")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string | null;
  database?: string;
}

/** Reads NEO4J_* from the environment; null when NEO4J_URI is unset (use embedded Neo4j). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  if (!e.NEO4J_URI) return null;
  return {
    uri: e.NEO4J_URI,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD ?? null,
    ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
  };
}

export interface DriverOptions {
  /** How long managed transactions retry transient failures (a cluster electing a leader, a restart). */
  retryMs?: number;
}

/** Creates a driver and checks that the server answers; the caller closes it. */
export async function createDriver(config: Neo4jConfig, opts: DriverOptions = {}): Promise<Driver> {
  const auth = config.password === null ? undefined : neo4j.auth.basic(config.user, config.password);
  const driver = neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 20,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: opts.retryMs ?? 15_000,
    userAgent: "militia-graph-explorer/0.1",
  });
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (e) {
    await driver.close();
    throw new DatabaseUnavailableError(`cannot reach Neo4j at ${config.uri}: ${(e as Error).message}`);
  }
  return driver;
}
