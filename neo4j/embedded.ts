/**
 * Starts and stops the embedded Neo4j launcher (neo4j/src/EmbeddedNeo4j.java) from Node.
 * Resolves the Maven artifacts on first use, spawns `java` directly (no shell) and waits for its ready line.
 * It only manages the process: connecting and applying the schema belong to neo4j/driver.ts and neo4j/schema.ts.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { DatabaseUnavailableError } from "./errors.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const LIB = join(HERE, "lib");
const BUILD = join(HERE, "build");
const SOURCE = join(HERE, "src", "EmbeddedNeo4j.java");
const MAIN_CLASS = "EmbeddedNeo4j";

const MISSING_TOOLS_HINT = "install a JDK 17+ and Maven, or run docker compose up, or set NEO4J_URI";

/** JVM flags Neo4j 5 needs on Java 17, sized for a 2-core / 24 GiB machine. */
const JVM_FLAGS = [
  "-Xms256m",
  "-Xmx1g",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];

export interface EmbeddedOptions {
  /** 0 picks any free port. */
  port: number;
  dataDir: string;
  /** "user:password" or "none". */
  auth: string;
  /** A throw-away directory: no log preallocation, logs not kept. */
  ephemeral?: boolean;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Thrown when the machine lacks Java 17+ or Maven. */
export class MissingToolError extends Error {
  override name = "MissingToolError";
}

function javaMajorVersion(): number | null {
  const r = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

function hasNeo4jJars(): boolean {
  return existsSync(LIB) && readdirSync(LIB).some((f) => f.startsWith("neo4j-kernel-"));
}

/**
 * Downloads Neo4j's jars with Maven and compiles the launcher, unless both are already there.
 * Maven's own download lines are condensed into a running count so the user sees progress.
 */
export async function ensureArtifacts(log: (line: string) => void = console.error): Promise<void> {
  const compiled = join(BUILD, `${MAIN_CLASS}.class`);
  if (hasNeo4jJars() && existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(SOURCE).mtimeMs) return;
  const java = javaMajorVersion();
  if (java === null) throw new MissingToolError(`Java was not found on PATH: ${MISSING_TOOLS_HINT}.`);
  if (java < 17) throw new MissingToolError(`Java ${java} found, Neo4j 5 needs 17+: ${MISSING_TOOLS_HINT}.`);
  if (!hasNeo4jJars()) {
    if (spawnSync("mvn", ["-v"], { encoding: "utf8" }).error) {
      throw new MissingToolError(`Maven (mvn) was not found on PATH: ${MISSING_TOOLS_HINT}.`);
    }
    log("embedded Neo4j: resolving Neo4j Community jars with Maven (first run only)…");
    await runMaven(log);
  }
  mkdirSync(BUILD, { recursive: true });
  const javac = spawnSync("javac", ["-d", BUILD, "-cp", join(LIB, "*"), SOURCE], { encoding: "utf8" });
  if (javac.error) throw new MissingToolError(`javac was not found: ${MISSING_TOOLS_HINT}.`);
  if (javac.status !== 0) throw new Error(`compiling the Neo4j launcher failed:\n${javac.stderr}`);
}

function runMaven(log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", ["-B", "-f", join(HERE, "pom.xml"), "package"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (/Downloaded from /.test(line)) {
        downloaded += 1;
        if (downloaded % 25 === 0) log(`embedded Neo4j: ${downloaded} artifacts downloaded…`);
      }
    };
    createInterface({ input: child.stdout }).on("line", onLine);
    createInterface({ input: child.stderr }).on("line", onLine);
    child.on("error", (e) =>
      reject(new MissingToolError(`could not run Maven (${e.message}): ${MISSING_TOOLS_HINT}.`)),
    );
    child.on("close", (code) => {
      if (code === 0) {
        log(`embedded Neo4j: ${readdirSync(LIB).length} jars in neo4j/lib (${downloaded} downloaded).`);
        resolve();
      } else reject(new Error(`Maven failed to resolve Neo4j (exit ${code}):\n${tail.join("\n")}`));
    });
  });
}

/** Starts the launcher and resolves once Bolt accepts connections. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? console.error;
  await ensureArtifacts(log);
  mkdirSync(opts.dataDir, { recursive: true });
  const args = [
    ...JVM_FLAGS,
    "-cp",
    `${BUILD}:${join(LIB, "*")}`,
    MAIN_CLASS,
    "--port",
    String(opts.port),
    "--data",
    opts.dataDir,
    "--auth",
    opts.auth,
    ...(opts.ephemeral ? ["--ephemeral"] : []),
  ];
  const child = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
  const uri = await waitForReady(child, opts.timeoutMs ?? 120_000);
  const stopOnExit = () => child.kill("SIGTERM");
  process.once("exit", stopOnExit);
  return {
    uri,
    pid: child.pid ?? -1,
    stop: () => {
      process.removeListener("exit", stopOnExit);
      return stopChild(child);
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const errTail: string[] = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new DatabaseUnavailableError(
          `embedded Neo4j did not start within ${timeoutMs / 1000} s\n${errTail.join("\n")}`,
        ),
      );
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    createInterface({ input: child.stderr! }).on("line", (line) => {
      errTail.push(line);
      if (errTail.length > 20) errTail.shift();
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new MissingToolError(`could not run java (${e.message}): ${MISSING_TOOLS_HINT}.`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      const launcherMessage = errTail.find((l) => l.startsWith("embedded-neo4j: "));
      reject(
        new DatabaseUnavailableError(
          launcherMessage
            ? launcherMessage.replace("embedded-neo4j: ", "embedded Neo4j: ")
            : `embedded Neo4j exited with code ${code} before it was ready\n${errTail.join("\n")}`,
        ),
      );
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
