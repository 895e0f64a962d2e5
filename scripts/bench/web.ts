/**
 * `npm run bench:web`: in headless Chromium, synthetic graphs of 1,000 / 5,000 / 20,000 / 50,000 nodes
 * (edges ≈ 3× nodes) opened in the explorer, and the same graphs drawn by bare sigma + graphology in the
 * same browser run. Prints time to first render, frames per second while panning and zooming, the
 * longest main-thread task while ForceAtlas2 runs, and JS heap; then the explorer's figures as ratios to
 * bare sigma's. Each size is measured in BENCH_ROUNDS rounds (3 unless set), each side on a fresh page,
 * and the table at the end gives the medians: with WebGL in software a single frame rate of one page
 * varies by a third between runs. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import Fastify from "fastify";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { buildApp } from "../../web/server/app.ts";
import { buildUiIfStale } from "../../web/server/build-ui.ts";
import { launchBrowser } from "../../tests/helpers/browser.ts";
import { rng } from "./corpus.ts";
import { benchDatabase } from "./database.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,20000,50000").split(",").map(Number);
const MIN_FRAMES = 12;
/** Each size is measured this many times, each side afresh; the figures printed last are the medians. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TYPES = ["Person", "Organization", "State", "Place", "Attack"];
const HERE = dirname(fileURLToPath(import.meta.url));

function syntheticGraph(n: number) {
  const r = rng(n);
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Node ${i}`, nodeType: TYPES[i % TYPES.length], x: r() * 1000, y: r() * 1000 },
  }));
  const edges = Array.from({ length: 3 * n }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(r() * n)}`,
    target: `n${Math.floor(r() * n)}`,
    attributes: { relType: "PART_OF" },
  })).filter((e) => e.source !== e.target);
  return { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges };
}

interface Figures {
  firstRenderMs: number;
  fps: number;
  longestTaskMs: number;
  heapMb: number;
}

/**
 * Pans and zooms with the mouse while counting animation frames: for three seconds and at least
 * MIN_FRAMES frames (at most a minute), since large graphs draw about one frame a second here and three
 * frames would make a ratio of noise.
 */
async function fps(page: Page): Promise<number> {
  // Scripts as strings: the bundler's helpers (tsx names functions) do not exist in the page.
  await page.evaluate(`(() => {
    window.frames_ = 0;
    window.counting = true;
    const tick = () => { window.frames_++; if (window.counting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.locator("canvas").first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const t0 = Date.now();
  let i = 0;
  const frames = () => page.evaluate("window.frames_") as Promise<number>;
  while (Date.now() - t0 < 3_000 || ((await frames()) < MIN_FRAMES && Date.now() - t0 < 60_000)) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + (i % 2 ? 80 : -80), cy + 40, { steps: 4 });
    await page.mouse.up();
    await page.mouse.wheel(0, i % 2 ? 120 : -120);
    i++;
  }
  const counted = (await page.evaluate("(() => { window.counting = false; return window.frames_; })()")) as number;
  return counted / ((Date.now() - t0) / 1000);
}

/**
 * Parks the pointer off the graph and waits until frames come at a normal pace again. With WebGL in
 * software, the panning before leaves seconds of drawing queued (so does the explorer's redraw of the
 * whole graph when its first layout stops), and a hover left on a node would redraw the graph; the next
 * measure is of what it names, not of either.
 */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  const t0 = Date.now();
  while (Date.now() - t0 < 60_000) {
    const gap = (await page.evaluate(
      "new Promise((r) => requestAnimationFrame((a) => requestAnimationFrame((b) => r(b - a))))",
    )) as number;
    if (gap < 50) return;
  }
}

async function longestTask(page: Page, start: () => Promise<void>, stop: () => Promise<void>): Promise<number> {
  await settle(page);
  await page.evaluate(`(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  })()`);
  await start();
  await page.waitForTimeout(3_000);
  // Read before stopping: the aim is about the main thread while the layout runs.
  const longest = (await page.evaluate("window.longest")) as number;
  await stop();
  return longest;
}

const heap = async (page: Page) =>
  ((await page.evaluate(
    "(() => { if (window.gc) window.gc(); return performance.memory.usedJSHeapSize; })()",
  )) as number) / 1048576;

async function renderedAt(page: Page, count: number): Promise<number> {
  await page.waitForFunction((c) => performance.getEntriesByName("graph-rendered").length > c, count, {
    timeout: 180_000,
  });
  return page.evaluate(() => performance.getEntriesByName("graph-rendered").at(-1)!.startTime);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-web-"));
  await buildUiIfStale();
  await build({ root: join(HERE, "web"), logLevel: "warn", build: { outDir: join(dir, "bare"), emptyOutDir: true } });
  for (const n of SIZES) writeFileSync(join(dir, "bare", `graph-${n}.json`), JSON.stringify(syntheticGraph(n)));
  const bareServer = Fastify();
  await bareServer.register(fastifyStatic, { root: join(dir, "bare") });
  await bareServer.listen({ port: 0, host: "127.0.0.1" });
  const bareUrl = `http://127.0.0.1:${(bareServer.server.address() as { port: number }).port}`;

  const { driver, close } = await benchDatabase("web");
  const app = await buildApp({ driver, databaseOrigin: "bench" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const browser = await launchBrowser(["--js-flags=--expose-gc", "--enable-precise-memory-info"]);
  const rows: { n: number; app: Figures; bare: Figures }[] = [];
  try {
    // Warm the browser up once, so the first measured page is not also the browser's first.
    const warm = await browser.newPage();
    await warm.goto(`${bareUrl}/index.html?n=${SIZES[0]}`);
    await renderedAt(warm, 0);
    await warm.close();
    for (const n of SIZES) {
      const runs: { app: Figures; bare: Figures }[] = [];
      // Rounds take turns at which page goes first: a browser that slows down over a run (its GPU
      // process fills up; software WebGL is shared by every page) would otherwise always favour one side.
      for (let round = 0; round < ROUNDS; round++) {
        const bare = () => measureBare(browser, bareUrl, n);
        const app = () => measureApp(browser, appUrl, dir, n);
        const run =
          round % 2 === 0 ? { bare: await bare(), app: await app() } : { app: await app(), bare: await bare() };
        runs.push(run);
        console.log(
          `${n} nodes, round ${round + 1}/${ROUNDS}: explorer ${JSON.stringify(rounded(run.app))} | bare sigma ${JSON.stringify(rounded(run.bare))}`,
        );
      }
      rows.push({ n, app: medianFigures(runs.map((r) => r.app)), bare: medianFigures(runs.map((r) => r.bare)) });
    }
  } finally {
    await browser.close();
    await app.close();
    await bareServer.close();
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nmedians of ${ROUNDS} rounds\nnodes   first render ms (explorer / bare = ratio)   frame time ratio   longest task during FA2 ms   heap MB (explorer / bare)`,
  );
  for (const { n, app: a, bare: b } of rows) {
    const frameRatio = b.fps / a.fps;
    console.log(
      `${String(n).padEnd(7)} ${a.firstRenderMs.toFixed(0).padStart(6)} / ${b.firstRenderMs.toFixed(0).padStart(6)} = ${(a.firstRenderMs / b.firstRenderMs).toFixed(2)}x` +
        `${" ".repeat(16)}${frameRatio.toFixed(2)}x (${a.fps.toFixed(2)} vs ${b.fps.toFixed(2)} fps)` +
        `   ${a.longestTaskMs.toFixed(0).padStart(5)} (bare ${b.longestTaskMs.toFixed(0)})` +
        `               ${a.heapMb.toFixed(0)} / ${b.heapMb.toFixed(0)}`,
    );
  }
}

async function measureBare(browser: Browser, bareUrl: string, n: number): Promise<Figures> {
  const bp = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await bp.goto(`${bareUrl}/index.html?n=${n}`);
  const bareRendered = await renderedAt(bp, 0);
  const bareStart = await bp.evaluate(() => window.benchStart);
  return figuresOf(
    bp,
    bareRendered - bareStart,
    () => bp.evaluate(() => window.startLayout()),
    () => bp.evaluate(() => window.stopLayout()),
  );
}

/** The explorer, opening the same graph file as bare sigma draws. */
async function measureApp(browser: Browser, appUrl: string, dir: string, n: number): Promise<Figures> {
  const ap = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await ap.goto(appUrl);
  await ap.getByText("No nodes in view").waitFor();
  const before = await ap.evaluate(() => performance.getEntriesByName("graph-rendered").length);
  const t0 = await ap.evaluate(() => performance.now());
  await ap.getByLabel("Open a graph file (JSON or GEXF)").setInputFiles(join(dir, "bare", `graph-${n}.json`));
  const appRendered = await renderedAt(ap, before);
  await ap.getByRole("button", { name: "Run layout" }).waitFor({ timeout: 60_000 });
  return figuresOf(
    ap,
    appRendered - t0,
    () => ap.getByRole("button", { name: "Run layout" }).click(),
    () => ap.getByRole("button", { name: "Stop layout" }).click(),
  );
}

/** The rest of a page's figures, once its graph is drawn; closes the page. */
async function figuresOf(
  page: Page,
  firstRenderMs: number,
  startLayout: () => Promise<void>,
  stopLayout: () => Promise<void>,
): Promise<Figures> {
  const figures: Figures = {
    firstRenderMs,
    heapMb: await heap(page),
    fps: await settle(page).then(() => fps(page)),
    longestTaskMs: await longestTask(page, startLayout, stopLayout),
  };
  await page.close();
  return figures;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const medianFigures = (fs: Figures[]): Figures => ({
  firstRenderMs: median(fs.map((f) => f.firstRenderMs)),
  fps: median(fs.map((f) => f.fps)),
  longestTaskMs: median(fs.map((f) => f.longestTaskMs)),
  heapMb: median(fs.map((f) => f.heapMb)),
});

const rounded = (f: Figures) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 100) / 100]));

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
