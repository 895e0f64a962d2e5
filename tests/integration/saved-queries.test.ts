import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../cypher/library.ts";
import { seededApp, seededDatabase } from "../helpers/seeded.ts";

let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  driver = await seededDatabase();
  app = await seededApp(driver);
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function run(name: string, params: Record<string, unknown> = {}) {
  const res = await app.inject({ method: "POST", url: `/api/queries/${name}`, payload: { params } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    columns: string[];
    rows: Record<string, unknown>[];
    graph: { nodes: { key: string; properties: { name?: string } }[]; relationships: unknown[] };
  };
}

const names = (rows: Record<string, unknown>[], col: string) => rows.map((r) => r[col]);

describe("the saved-query library on the seed articles", () => {
  it("lists at least 12 queries with their parameters", async () => {
    const res = await app.inject({ method: "GET", url: "/api/queries" });
    const { queries } = res.json() as {
      queries: { name: string; title: string; params: { name: string; type: string }[] }[];
    };
    expect(queries.length).toBeGreaterThanOrEqual(12);
    expect(queries.map((q) => q.name).sort()).toEqual(
      loadLibrary()
        .map((q) => q.name)
        .sort(),
    );
    expect(queries.find((q) => q.name === "attacks-in-range")!.params.map((p) => [p.name, p.type])).toEqual([
      ["from", "date"],
      ["to", "date"],
    ]);
  });

  it("actor-profile: Kataib Hezbollah's coalitions, backers and the attacks against it", async () => {
    const { rows, graph } = await run("actor-profile", { name: "Kataib Hezbollah" });
    const rel = rows.map((r) => `${r.relation} ${r.related}`);
    expect(rel).toEqual(
      expect.arrayContaining(["PART_OF Islamic Resistance in Iraq", "BACKED_BY Iran", "ALLIED_WITH Harakat al-Nujaba"]),
    );
    expect(rows.some((r) => r.relation === "TARGETED" && r.date === "2024-02-07")).toBe(true);
    expect(graph.nodes.length).toBeGreaterThan(3);
  });

  it("coalition-members: the factions of the Islamic Resistance in Iraq", async () => {
    const { rows } = await run("coalition-members", { name: "Islamic Resistance in Iraq" });
    expect(names(rows, "member")).toEqual(
      expect.arrayContaining(["Kataib Hezbollah", "Harakat al-Nujaba", "Kataib Sayyid Al Shuhada"]),
    );
  });

  it("group-leaders: Qais al-Khazali is secretary-general of Asaib Ahl al-Haq", async () => {
    const { rows } = await run("group-leaders", { name: "Asaib Ahl al-Haq" });
    const khazali = rows.find((r) => /Khaz/.test(String(r.person)))!;
    expect(khazali.role).toMatch(/secretary-general/);
    expect((khazali.evidence as string[]).some((s) => s.includes("secretary-general of Asaib Ahl al-Haq"))).toBe(true);
  });

  it("state-sponsors: who Iran backs", async () => {
    const { rows } = await run("state-sponsors", { sponsor: "Iran" });
    expect(new Set(names(rows, "sponsor"))).toEqual(new Set(["Iran"]));
    expect(names(rows, "group")).toEqual(
      expect.arrayContaining(["Harakat al-Nujaba", "Kataib Hezbollah", "Asaib Ahl al-Haq"]),
    );
  });

  it("alliances: Harakat al-Nujaba and Kataib Hezbollah", async () => {
    const { rows } = await run("alliances");
    expect(rows.map((r) => [r.group, r.ally].sort().join(" + "))).toContain("Harakat al-Nujaba + Kataib Hezbollah");
  });

  it("attacks-in-range: the Mashtal strike of 2024-02-07 killed a Kataib Hezbollah commander", async () => {
    const { rows } = await run("attacks-in-range", { from: "2024-02-01", to: "2024-02-29" });
    const mashtal = rows.find((r) => r.date === "2024-02-07")!;
    expect(mashtal.places).toContain("Mashtal");
    expect(mashtal.perpetrators).toEqual([{ name: "United States", attribution: "stated" }]);
    const killed = mashtal.killed as string[];
    expect(killed.some((k) => /Saiedi|Saadi/.test(k))).toBe(true);
    const commander = await run("group-leaders", { name: "Kataib Hezbollah" });
    expect(names(commander.rows, "person")).toEqual(expect.arrayContaining(killed));
  });

  it("attacks-against: Kataib Hezbollah was struck by the United States", async () => {
    const { rows } = await run("attacks-against", { name: "Kataib Hezbollah" });
    expect(rows.some((r) => r.date === "2024-02-07" && (r.perpetrators as string[]).includes("United States"))).toBe(
      true,
    );
  });

  it("killed-in-strikes: the dead and their groups", async () => {
    const { rows } = await run("killed-in-strikes");
    const soleimani = rows.find((r) => r.killed === "Qassem Soleimani")!;
    expect(soleimani.groups).toEqual(expect.arrayContaining(["Quds Force"]));
    expect(rows.find((r) => r.killed === "Mushtaq Taleb al-Saidi")!.groups).toContain("Harakat al-Nujaba");
  });

  it("shortest-path: Qais al-Khazali to Iran runs through Asaib Ahl al-Haq", async () => {
    const { rows } = await run("shortest-path", { from: "Kais al-Khazali", to: "Iran" });
    expect(rows[0]!.chain).toEqual([expect.stringMatching(/Khaz/), "Asaib Ahl al-Haq", "Iran"]);
    expect(rows[0]!.relations).toEqual(["AFFILIATED_WITH", "BACKED_BY"]);
  });

  it("most-connected: the PMF, Iran and Kataib Hezbollah lead, in order of degree", async () => {
    const { rows } = await run("most-connected", { limit: 5 });
    expect(rows).toHaveLength(5);
    expect(names(rows, "actor").slice(0, 3)).toEqual(
      expect.arrayContaining(["Popular Mobilization Forces", "Iran", "Kataib Hezbollah"]),
    );
    const degrees = names(rows, "degree") as number[];
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  it("most-mentioned: the United States is in every story but the one about Lebanon", async () => {
    const { rows } = await run("most-mentioned", { limit: 3 });
    expect(rows[0]).toMatchObject({ actor: "United States", articles: 5 });
  });

  it("single-source-facts: Hassan Salem's membership rests on one outlet", async () => {
    const { rows } = await run("single-source-facts");
    expect(rows.find((r) => r.from === "Hassan Salem")).toMatchObject({
      relation: "AFFILIATED_WITH",
      to: "Sadiqoun bloc",
      outlet: "Asharq Al-Awsat",
    });
    expect(rows.every((r) => typeof r.outlet === "string")).toBe(true);
  });

  it("conflicting-reports: the Mashtal death toll differs between reports", async () => {
    const { rows } = await run("conflicting-reports");
    const toll = rows.find((r) => r.disagreement === "death toll" && String(r.subject).includes("2024-02-07"))!;
    expect((toll.reports as string[]).length).toBeGreaterThan(1);
  });

  it("fact-provenance: the sentence and outlet behind Khazali's role", async () => {
    const { rows } = await run("fact-provenance", { from: "Qais al-Khazali", to: "Asaib Ahl al-Haq" });
    expect(
      rows.some((r) => r.outlet === "Rudaw" && String(r.sentence).includes("secretary-general of Asaib Ahl al-Haq")),
    ).toBe(true);
  });
});
