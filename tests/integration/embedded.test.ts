import { createServer, type Server } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded } from "../../neo4j/embedded.ts";
import { DatabaseUnavailableError } from "../../neo4j/errors.ts";

describe("the embedded Neo4j launcher", () => {
  let blocker: Server;
  let port: number;
  const dir = mkdtempSync(join(tmpdir(), "explorer-busy-"));
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => {
    blocker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says clearly that the port is busy instead of starting", async () => {
    const start = startEmbedded({ port, dataDir: dir, auth: "neo4j:busy-test", ephemeral: true, log: () => undefined });
    await expect(start).rejects.toThrow(DatabaseUnavailableError);
    await expect(start).rejects.toThrow(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is busy`));
  }, 120_000);
});
