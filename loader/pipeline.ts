/**
 * The loader's pipeline, one way: articles → sentences → mentions → entities → facts and attacks → graph.
 * Pure: no I/O here, so the dry run, the Neo4j writer and the tests share exactly the same extraction.
 */
import type { Article } from "./read/types.ts";
import { splitSentences, type Sentence } from "./text/sentences.ts";
import { findMentions } from "./mentions/find.ts";
import type { Registry } from "./mentions/registry.ts";
import type { Mention, SameAs } from "./mentions/types.ts";
import { resolveEntities } from "./resolve/entities.ts";
import { fold } from "./resolve/names.ts";
import type { Entity, KnownEntity } from "./resolve/types.ts";

import type { Fact } from "./facts/types.ts";
import { markSentence, type MarkedSentence } from "./facts/marked.ts";
import { extractFacts } from "./facts/extract.ts";
import { extractAttacks } from "./events/attacks.ts";
import { addEvidence } from "./provenance/evidence.ts";
import type { Attack } from "./events/types.ts";

export interface AnalysedArticle {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  sameAs: SameAs[];
}

export interface Extraction {
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
  attacks: Attack[];
  /** Articles whose text could not be analysed; the others are extracted as usual. */
  errors: { article: string; message: string }[];
}

/** Sentences and typed mentions of one article (the per-article, parallelisable part). */
export function analyseArticle(article: Article, registry: Registry): AnalysedArticle {
  const sentences = splitSentences(article.paragraphs);
  const mentions: Mention[] = [];
  const sameAs: SameAs[] = [];
  for (const s of sentences) {
    const r = findMentions(s, registry);
    mentions.push(...r.mentions);
    sameAs.push(...r.sameAs);
  }
  return { article, sentences, mentions, sameAs };
}

export function extract(input: Article[], registry: Registry, known: KnownEntity[] = []): Extraction {
  const analysed: AnalysedArticle[] = [];
  const errors: Extraction["errors"] = [];
  for (const a of input) {
    try {
      analysed.push(analyseArticle(a, registry));
    } catch (e) {
      errors.push({ article: a.id, message: (e as Error).message });
    }
  }
  const articles = analysed.map((a) => a.article);
  // Outlets named in the metadata are the press, not actors ("told Asharq Al-Awsat").
  const nonActors = new Set(
    articles.flatMap((a) => (a.outlet ? [fold(a.outlet), fold(a.outlet.replace(/^the /i, ""))] : [])),
  );
  const { entities, mentionEntity } = resolveEntities(
    analysed.map((a) => ({ articleId: a.article.id, mentions: a.mentions, sameAs: a.sameAs })),
    registry,
    known,
    nonActors,
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const marked = analysed.map((a) => markArticle(a, mentionEntity, byId));
  const facts = mergeFacts(analysed.flatMap((a, i) => extractFacts(a, marked[i]!, byId, registry)));
  const attacks = extractAttacks(analysed, marked, registry, facts);
  return { articles, entities, facts, attacks, errors };
}

/** Every sentence of an article with its resolved mentions marked (facts/marked.ts). */
function markArticle(
  a: AnalysedArticle,
  mentionEntity: Map<string, string>,
  byId: Map<string, Entity>,
): MarkedSentence[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of a.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return a.sentences.map((s) => markSentence(s, bySentence.get(s.index) ?? [], a.article.id, mentionEntity, byId));
}

/** The same fact stated several times becomes one, with every source and evidence sentence. */
function mergeFacts(facts: Fact[]): Fact[] {
  const out = new Map<string, Fact>();
  for (const fact of facts) {
    // An alliance has no direction: one edge per pair, whichever way the sentence put it.
    const f = fact.type === "ALLIED_WITH" && fact.from > fact.to ? { ...fact, from: fact.to, to: fact.from } : fact;
    const k = `${f.type}|${f.from}|${f.to}`;
    const prev = out.get(k);
    if (!prev) {
      out.set(k, {
        ...f,
        sources: [...f.sources],
        evidence: [...f.evidence],
        evidenceSources: [...f.evidenceSources],
        roles: [...f.roles],
      });
      continue;
    }
    for (const s of f.sources) if (!prev.sources.includes(s)) prev.sources.push(s);
    f.evidence.forEach((e, i) => addEvidence(prev, e, f.evidenceSources[i]!));
    for (const r of f.roles) if (!prev.roles.includes(r)) prev.roles.push(r);
    prev.confidence = Math.max(prev.confidence, f.confidence);
  }
  return [...out.values()];
}
