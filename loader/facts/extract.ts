/**
 * Facts about actors from the sentence patterns analysts rely on: appositive roles ("X, secretary-general
 * of Y"), role modifiers ("Hamas chief X"), membership ("X is part of Y", "a coalition that includes A and B"),
 * sponsorship ("Iran-backed X", "affiliated with the IRGC") and alliance ("allied with Y").
 * Each fact keeps its sentence as evidence and a confidence from how directly it is stated.
 */
import type { Registry } from "../mentions/registry.ts";
import type { Entity } from "../resolve/types.ts";
import type { AnalysedArticle } from "../pipeline.ts";
import type { MarkedSentence, Ref } from "./marked.ts";
import type { Fact } from "./types.ts";
import { affiliationsIn } from "./affiliation.ts";
import { type Ctx, type FactReading, asActor, entityOf, lastNamed, stateByWord } from "./context.ts";
import { membershipsIn } from "./membership.ts";
import { sponsorsAndAlliesIn } from "./sponsorship.ts";

const GROUP_AFTER_NAME = /(⟦O\d+⟧) (?:group|militia|faction|movement)\b(?!['’-]| (?:of|in|within)\b)/g;

export function extractFacts(
  a: AnalysedArticle,
  marked: MarkedSentence[],
  entities: Map<string, Entity>,
  registry: Registry,
): Fact[] {
  const out: Fact[] = [];
  const history: MarkedSentence[] = [];
  const stateEntity = (name: string | undefined) =>
    name ? [...entities.values()].find((e) => e.label === "State" && e.name === name) : undefined;
  /** The sponsor in "X-backed": a state, or a capital ("Tehran-backed") standing for its state. */
  const sponsorOf = (r: Ref | undefined) =>
    r?.entity.label === "Place" ? stateEntity(stateByWord(registry, r.mention.surface)) : asActor(r);

  for (const ms of marked) {
    if (ms.refs.length === 0) {
      history.push(ms);
      continue;
    }
    const ctx: Ctx = {
      ms,
      article: a.article.id,
      registry,
      out,
      lastOrg: lastNamed(ms, history, "Organization"),
      lastPerson: lastNamed(ms, history, "Person"),
    };
    const r: FactReading = {
      ctx,
      ms,
      // "The X group is allied with Y", "the X militia leader Z": the word that says what the named group is
      // stands aside, so that every pattern reads it as the name alone ("the X faction of Y" keeps it).
      t: ms.text.replace(GROUP_AFTER_NAME, "$1"),
      R: entityOf(ms),
      history,
      registry,
      // Cheap gates first: most sentences name no person, or a single actor, and cannot match most patterns.
      namesPerson: ms.text.includes("⟦P"),
      namesTwo: ms.refs.length >= 2,
      stateEntity,
      sponsorOf,
    };
    affiliationsIn(r);
    membershipsIn(r);
    sponsorsAndAlliesIn(r);
    history.push(ms);
  }
  return out;
}
