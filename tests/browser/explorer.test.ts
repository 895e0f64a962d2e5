/**
 * Browser scenarios in real Chromium against the explorer served with the seeds in the real Neo4j.
 * Each asserts what a user sees; the first keeps a screenshot for the README.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/node";
import { parse as parseGraphml } from "graphology-graphml/node";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildUiIfStale } from "../../web/server/build-ui.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { seededApp, seededDatabase } from "../helpers/seeded.ts";
import { scratchDir } from "../helpers/scratch.ts";

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");

let driver: Driver;
let app: FastifyInstance;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  await buildUiIfStale(() => undefined);
  driver = await seededDatabase();
  app = await seededApp(driver);
  await app.listen({ port: 0, host: "127.0.0.1" });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on("pageerror", (e) => {
    throw e;
  });
});

async function viewCounts(p: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await p.getByTestId("counts").textContent()) ?? "";
  const m = /(\d+) nodes · (\d+) relationships/.exec(text);
  if (!m) throw new Error(`counts not shown: "${text}"`);
  return { nodes: Number(m[1]), edges: Number(m[2]) };
}

async function waitForGraph(p: Page) {
  await p.waitForFunction(() =>
    /[1-9]\d* nodes/.test(document.querySelector('[data-testid="counts"]')?.textContent ?? ""),
  );
  await p.getByRole("button", { name: "Run layout" }).waitFor({ timeout: 20_000 });
}

/** Counts the pixels of each node-type colour in a PNG, decoded by the browser itself. */
async function colourPixels(p: Page, png: Buffer): Promise<Record<string, number>> {
  return p.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const palette: Record<string, [number, number, number]> = {
      Person: [0xe4, 0x57, 0x2e],
      Organization: [0x2e, 0x86, 0xab],
      State: [0x7b, 0x4f, 0xa3],
      Attack: [0xf0, 0xa2, 0x02],
    };
    const out: Record<string, number> = {};
    for (let i = 0; i < d.length; i += 4) {
      for (const [k, [r, g, bl]] of Object.entries(palette)) {
        if (Math.abs(d[i]! - r) < 12 && Math.abs(d[i + 1]! - g) < 12 && Math.abs(d[i + 2]! - bl) < 12)
          out[k] = (out[k] ?? 0) + 1;
      }
    }
    return out;
  }, png.toString("base64"));
}

async function download(p: Page, button: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([
    p.waitForEvent("download"),
    p.getByRole("group", { name: "Export" }).getByRole("button", { name: button, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, "utf8") };
}

describe("the explorer in Chromium", () => {
  it("draws the graph at once, coloured by type, with a legend", async () => {
    await page.goto(url);
    await waitForGraph(page);
    const { nodes, edges } = await viewCounts(page);
    expect(nodes).toBeGreaterThan(30);
    expect(edges).toBeGreaterThan(30);
    await expect(page.getByTestId("legend").textContent()).resolves.toMatch(
      /Person.*Organization.*State.*Place.*Attack/s,
    );
    const shot = await page.screenshot({ path: join(SHOTS, "explorer.png") });
    const graphShot = await page.getByTestId("graph").screenshot();
    const pixels = await colourPixels(page, graphShot);
    expect(shot.length).toBeGreaterThan(20_000);
    for (const type of ["Person", "Organization", "State", "Attack"])
      expect(pixels[type] ?? 0, type).toBeGreaterThan(20);
  });

  it("finds Harakat al-Nujaba by typing 'Nujaba' and shows its aliases and evidence", async () => {
    await page.goto(url);
    await waitForGraph(page);
    await page.keyboard.press("/");
    await page.keyboard.type("Nujaba");
    await page.getByRole("option", { name: /Harakat al-Nujaba/ }).waitFor();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("side-panel");
    await panel.getByRole("heading", { level: 2, name: "Harakat al-Nujaba" }).waitFor();
    await panel.getByTestId("aliases").waitFor();
    expect(await panel.getByTestId("aliases").textContent()).toMatch(/Nujaba Movement/);
    await panel.getByTestId("evidence").first().waitFor();
    expect(await panel.getByTestId("evidence").count()).toBeGreaterThan(0);
    expect(await panel.getByTestId("evidence").first().textContent()).toMatch(/Nujaba/);
    expect(page.url()).toContain("node=organization%3Aharakat-al-nujaba");
    await page.screenshot({ path: join(SHOTS, "details.png") });
  });

  it("shows an attack's dead and wounded as the range its reports give, each figure with its outlet", async () => {
    await page.goto(`${url}/?node=${encodeURIComponent("attack:2024-02-07-baghdad")}`);
    await waitForGraph(page);
    const facts = page.getByTestId("side-panel").getByTestId("attack-facts");
    await facts.waitFor();
    const text = (await facts.textContent()) ?? "";
    expect(text).toMatch(/Air\/drone strike/);
    expect(text).toMatch(/dead \d+–\d+/);
    expect(text).toMatch(/Rudaw/);
    expect(text).toMatch(/The National/);
  });

  it("expands a node's neighbourhood into the view", async () => {
    await page.goto(`${url}/?query=group-leaders&p.name=Asaib%20Ahl%20al-Haq`);
    await waitForGraph(page);
    const before = await viewCounts(page);
    await page.keyboard.press("/");
    await page.keyboard.type("Asaib");
    await page.getByRole("option", { name: /Asaib Ahl al-Haq/ }).waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("side-panel").getByRole("button", { name: "Expand" }).click();
    await page.waitForFunction(
      (n) => Number(/(\d+) nodes/.exec(document.querySelector('[data-testid="counts"]')?.textContent ?? "")?.[1]) > n,
      before.nodes,
    );
    expect((await viewCounts(page)).nodes).toBeGreaterThan(before.nodes);
  });

  it("runs the saved query for a coalition's factions, draws Kataib Hezbollah, and exports what is drawn", async () => {
    await page.goto(url);
    await waitForGraph(page);
    await page.getByRole("button", { name: "Members and factions of a coalition" }).click();
    await page.getByTestId("run-coalition-members").click();
    await page.getByRole("table").getByText("Kataib Hezbollah", { exact: true }).waitFor();
    await page.waitForFunction(() =>
      /^[1-9] nodes/.test(document.querySelector('[data-testid="counts"]')?.textContent ?? ""),
    );
    await page.getByRole("button", { name: "Run layout" }).waitFor({ timeout: 20_000 });
    const view = await viewCounts(page);
    expect(page.url()).toContain("query=coalition-members");

    const gexf = await download(page, "GEXF");
    expect(gexf.name).toMatch(/^militia-graph_coalition-members_\d+n-\d+e_\d{4}-\d{2}-\d{2}\.gexf$/);
    const fromGexf = parseGexf(Graph, gexf.text, { allowUndeclaredAttributes: true });
    expect([fromGexf.order, fromGexf.size]).toEqual([view.nodes, view.edges]);
    expect(fromGexf.mapNodes((_k, a) => a.label)).toContain("Kataib Hezbollah");

    const graphml = await download(page, "GraphML");
    const fromGraphml = parseGraphml(Graph, graphml.text);
    expect([fromGraphml.order, fromGraphml.size]).toEqual([view.nodes, view.edges]);
    expect(fromGraphml.mapNodes((_k, a) => a.label)).toContain("Kataib Hezbollah");
  });

  it("shows a clear error from the Cypher editor", async () => {
    await page.goto(url);
    await waitForGraph(page);
    await page.getByRole("tab", { name: "Cypher" }).click();
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (n) DETACH DELETE n");
    await page.getByRole("button", { name: "Run (Ctrl+Enter)" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/only read-only queries are allowed/);
  });

  it("moves only the nodes while the layout runs on a large graph, then draws the edges again", async () => {
    const n = 6_000;
    const file = join(scratchDir("explorer-large-"), "large.json");
    writeFileSync(
      file,
      JSON.stringify({
        options: { type: "directed", multi: true, allowSelfLoops: false },
        nodes: Array.from({ length: n }, (_, i) => ({
          key: `n${i}`,
          attributes: { label: `Group ${i}`, nodeType: "Organization", x: (i * 7919) % 1000, y: (i * 104729) % 1000 },
        })),
        edges: Array.from({ length: 2 * n }, (_, i) => ({
          key: `e${i}`,
          source: `n${i % n}`,
          target: `n${(i * 31 + 1) % n}`,
          attributes: { relType: "ALLIED_WITH" },
        })),
      }),
    );
    await page.goto(url);
    await waitForGraph(page);
    await page.getByLabel("Open a graph file (JSON or GEXF)").setInputFiles(file);
    const note = page.getByText("Edges and labels are hidden while the layout runs");
    await note.waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Run layout" }).waitFor({ timeout: 30_000 });
    expect(await note.count()).toBe(0);
    // Started by hand, the layout runs until stopped. What is exported meanwhile is the graph in view,
    // with its edges, not the nodes sigma draws.
    await page.getByRole("button", { name: "Run layout" }).click();
    await note.waitFor();
    const midLayout = parseGexf(Graph, (await download(page, "GEXF")).text, { allowUndeclaredAttributes: true });
    expect([midLayout.order, midLayout.size]).toEqual([n, 2 * n]);
    await page.getByRole("button", { name: "Stop layout" }).click();
    expect(await note.count()).toBe(0);
    expect(await viewCounts(page)).toEqual({ nodes: n, edges: 2 * n });
  });
});
