import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const compose = parse(readFileSync("docker-compose.yml", "utf8"));
const neo4jVersion = /<neo4j\.version>([\d.]+)<\/neo4j\.version>/.exec(readFileSync("neo4j/pom.xml", "utf8"))![1];

/** The Compose client that is installed, if any: the docker plugin, or the standalone docker-compose. */
function composeCommand(): string[] | null {
  if (spawnSync("docker", ["compose", "version"]).status === 0) return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"]).status === 0) return ["docker-compose"];
  return null;
}

describe("docker-compose.yml", () => {
  it("runs the same Neo4j version as the embedded one, with a healthcheck and a named volume", () => {
    expect(compose.services.neo4j.image).toBe(`neo4j:${neo4jVersion}-community`);
    expect(compose.services.neo4j.healthcheck.test.join(" ")).toMatch(/cypher-shell/);
    expect(compose.services.neo4j.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
  });

  it("runs the app with npm start against bolt://neo4j:7687 once Neo4j is healthy", () => {
    const app = compose.services.app;
    expect(app.command).toBe("npm start");
    expect(app.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app.depends_on.neo4j.condition).toBe("service_healthy");
    expect(app.ports.some((p: string) => p.endsWith(":8080"))).toBe(true);
  });

  const cmd = composeCommand();
  it.runIf(cmd)("passes the Compose client's own validation (compose config)", () => {
    const r = spawnSync(cmd![0]!, [...cmd!.slice(1), "config", "--quiet"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
