/**
 * Loads articles into Neo4j in batches. Each batch is extracted against what the database already
 * knows (its entities keep their ids and names; an attack it already holds keeps its id) and written in
 * one transaction, so the database holds whole batches of articles or nothing of them.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_LABELS, type DatePrecision } from "../../ontology/model.ts";
import { openDatabase } from "../../neo4j/connect.ts";
import type { Article } from "../read/types.ts";
import type { Registry } from "../mentions/registry.ts";
import { extract, type Extraction } from "../pipeline.ts";
import { buildGraph } from "../graph/build.ts";
import type { KnownEntity } from "../resolve/types.ts";
import { sameAttack, type AttackSummary } from "../events/same.ts";
import { writeGraph } from "./graph-writer.ts";
import { READ_KNOWN_ATTACKS, READ_KNOWN_ENTITIES } from "./statements.ts";

export interface LoadHooks {
  onStart?: (totalArticles: number) => void;
  onProgress?: (doneArticles: number, stage: string) => void;
  onDone?: () => void;
  /** Called after each batch commits (tests use it to fail the database between batches). */
  onBatchCommitted?: (batch: number) => Promise<void> | void;
}

export interface LoadOptions {
  driver?: Driver;
  batchSize?: number;
}

export interface LoadSummary {
  counts: { articles: number; entities: number; facts: number; attacks: number };
  written: { nodes: number; relationships: number };
  /** Batches that failed, with the articles they held: nothing of them was written. */
  failed: string[];
}

interface KnownAttack extends AttackSummary {
  id: string;
}

async function readKnown(driver: Driver): Promise<{ entities: KnownEntity[]; attacks: KnownAttack[] }> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const e = await tx.run(READ_KNOWN_ENTITIES, { labels: [...ENTITY_LABELS] });
      const a = await tx.run(READ_KNOWN_ATTACKS);
      return {
        entities: e.records.map((r) => ({
          id: r.get("id"),
          label: r.get("label"),
          name: r.get("name"),
          aliases: r.get("aliases"),
        })),
        attacks: a.records.map((r) => ({
          id: r.get("id"),
          ...statedDate(r.get("date"), r.get("precision"), r.get("dateText")),
          killed: new Set<string>(r.get("killed")),
          places: new Set<string>(r.get("places")),
          perpetrators: new Set<string>(r.get("perpetrators")),
          targets: new Set<string>(r.get("targets")),
        })),
      };
    });
  } finally {
    await session.close();
  }
}

/**
 * The date to match reports on: only one the text states. A date assumed from the publication (no
 * dateText) would keep a later article's mention of an old killing apart from the stored attack.
 */
function statedDate(date: string | null, precision: DatePrecision | null, dateText: string | null) {
  return dateText ? { date, precision } : { date: null, precision: null };
}

/** Gives an extracted attack the id of the stored attack it reports, so reports accumulate on one node. */
export function attachToKnownAttacks(x: Extraction, known: KnownAttack[]): void {
  for (const a of x.attacks) {
    const s: AttackSummary = {
      ...statedDate(a.date, a.datePrecision, a.dateText),
      killed: new Set(a.killed.map((p) => p.entity)),
      places: new Set(a.places.map((p) => p.entity)),
      perpetrators: new Set(a.perpetrators.map((p) => p.entity)),
      targets: new Set(a.targets.map((p) => p.entity)),
    };
    const hit = known.find((k) => k.id === a.id || sameAttack(k, s));
    if (hit) a.id = hit.id;
  }
}

export async function loadIntoDatabase(
  articles: Article[],
  registry: Registry,
  hooks: LoadHooks = {},
  opts: LoadOptions = {},
): Promise<LoadSummary> {
  const db = opts.driver ? null : await openDatabase();
  const driver = opts.driver ?? db!.driver;
  const batchSize = opts.batchSize ?? 50;
  const summary: LoadSummary = {
    counts: { articles: 0, entities: 0, facts: 0, attacks: 0 },
    written: { nodes: 0, relationships: 0 },
    failed: [],
  };
  const touched = { entities: new Set<string>(), facts: new Set<string>(), attacks: new Set<string>() };
  hooks.onStart?.(articles.length);
  try {
    for (let i = 0, batch = 0; i < articles.length; i += batchSize, batch++) {
      const slice = articles.slice(i, i + batchSize);
      hooks.onProgress?.(i, "extracting");
      const session = driver.session({ defaultAccessMode: "WRITE" });
      try {
        const known = await readKnown(driver);
        const x = extract(slice, registry, known.entities);
        for (const err of x.errors) summary.failed.push(`${err.article}: not extracted (${err.message})`);
        attachToKnownAttacks(x, known.attacks);
        const graph = buildGraph(x);
        hooks.onProgress?.(i, "writing");
        const w = await session.executeWrite((tx) => writeGraph(tx, graph));
        summary.written.nodes += w.nodes;
        summary.written.relationships += w.relationships;
        summary.counts.articles += x.articles.length;
        for (const e of x.entities) touched.entities.add(e.id);
        for (const f of x.facts) touched.facts.add(`${f.type}|${f.from}|${f.to}`);
        for (const a of x.attacks) touched.attacks.add(a.id);
      } catch (e) {
        summary.failed.push(`articles ${slice.map((a) => a.id).join(", ")} were not loaded: ${(e as Error).message}`);
        if (isConnectionError(e)) break;
      } finally {
        await session.close();
      }
      hooks.onProgress?.(i + slice.length, "written");
      await hooks.onBatchCommitted?.(batch);
    }
  } finally {
    hooks.onDone?.();
    await db?.close();
  }
  summary.counts.entities = touched.entities.size;
  summary.counts.facts = touched.facts.size;
  summary.counts.attacks = touched.attacks.size;
  return summary;
}

/** Once the database is gone, the remaining batches cannot be written either. */
function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? "";
  return (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /connect|ECONNREFUSED|closed/i.test(String((e as Error).message))
  );
}
