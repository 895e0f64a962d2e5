/**
 * Attacks from the text: strikes, drone and rocket attacks, assassinations. Each trigger word opens a
 * frame (perpetrator, targets, killed, place, date, toll) over the marked sentence; frames of one
 * article that describe the same event merge (same person killed, same day, or an anaphoric "the strike"),
 * then events reported by several articles merge across articles. Generic talk of attacks in the plural
 * ("more than 165 rocket and drone attacks") is not an event.
 */
import type { AnalysedArticle } from "../pipeline.ts";
import type { MarkedSentence } from "../facts/marked.ts";
import type { Fact } from "../facts/types.ts";
import type { Entity } from "../resolve/types.ts";
import type { Registry } from "../mentions/registry.ts";
import type { Attack } from "./types.ts";
import { type Draft, oneDraftPerAttack } from "./drafts.ts";
import { sidesFrom } from "./frame.ts";
import { type Affiliations, toAttack, uniqueIds } from "./to-attack.ts";
import { ArticleAttacks } from "./article-attacks.ts";

export function extractAttacks(
  analysed: AnalysedArticle[],
  marked: MarkedSentence[][],
  registry: Registry,
  facts: Fact[] = [],
): Attack[] {
  const entities = new Map<string, Entity>();
  for (const ms of marked.flat()) for (const r of ms.refs) entities.set(r.entity.id, r.entity);
  const sidesIn = sidesFrom(registry, entities, facts);
  const affiliations: Affiliations = new Map();
  facts.forEach((fact, at) => {
    if (fact.type !== "AFFILIATED_WITH") return;
    const list = affiliations.get(fact.from);
    if (list) list.push({ at, fact });
    else affiliations.set(fact.from, [{ at, fact }]);
  });
  const drafts: Draft[] = [];
  analysed.forEach((a, ai) => {
    const article = new ArticleAttacks(a.article, entities, sidesIn(a.article.id), affiliations);
    for (const ms of marked[ai]!) article.read(ms);
    drafts.push(...article.attacks());
  });
  const merged = oneDraftPerAttack(drafts);
  return uniqueIds(
    merged.map((d) => toAttack(d, entities, analysed, affiliations)),
    entities,
  );
}
