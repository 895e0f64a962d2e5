import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphJsonSchema } from "../ontology/graph.ts";
import { scratchDir } from "../tests/helpers/scratch.ts";

const load = (...args: string[]) =>
  spawnSync("npx", ["tsx", "loader/cli.ts", ...args], {
    encoding: "utf8",
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NEO4J_URI")),
  });

describe("npm run load -- --dry-run", () => {
  it("writes the graph of the seeds as graphology JSON and prints a summary", () => {
    const out = join(scratchDir("dry-"), "graph.json");
    const r = load("--dry-run", "--out", out, "seeds");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/summary: 6 articles, \d+ entities, \d+ facts, \d+ attacks, 0 errors/);
    const graph = graphJsonSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(graph.nodes.filter((n) => n.attributes.type === "Article")).toHaveLength(6);
  }, 60_000);

  it("names each bad file, loads the good ones and exits with 1", () => {
    const dir = scratchDir("bad-");
    writeFileSync(join(dir, "good.txt"), "Kataib Hezbollah is part of the Islamic Resistance in Iraq.");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const out = join(dir, "graph.json");
    const r = load("--dry-run", "--out", out, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: .*empty\.txt: is empty/);
    expect(r.stderr).toMatch(/error: .*latin1\.txt: is not valid UTF-8/);
    expect(r.stderr).toMatch(/summary: 1 articles, .* 2 errors/);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.edges.some((e: { attributes: { type: string } }) => e.attributes.type === "PART_OF")).toBe(true);
  }, 60_000);

  it("explains how to call it", () => {
    const r = load();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run load/);
  }, 60_000);
});
