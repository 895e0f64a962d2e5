/**
 * What a fact pattern reads beside its match: the sentence's markers as entities, the actors earlier sentences
 * named ("the group", "the militia"), and `add`, which keeps each fact with its evidence and confidence.
 */
import type { FactType } from "../../ontology/model.ts";
import type { Registry } from "../mentions/registry.ts";
import type { Entity } from "../resolve/types.ts";
import type { MarkedSentence, Ref } from "./marked.ts";
import type { Fact } from "./types.ts";
import { TITLE } from "./patterns.ts";

/** An office told in lower case before a name: "the coalition of former prime minister X". */
export const LOWER_OFFICE = "(?:prime minister |president |cleric )?";

/** The noun after a group's name ("the State of Law coalition", "the Dawa bloc", "the G9 federation"). */
export const COLLECTIVE_NOUN = "(?:coalition|bloc|alliance|party|movement|list|federation|gang|militia|group|faction)";

/**
 * "A, B and C"; an item may say who leads it ("the Fatah Alliance led by Hadi al-Amiri and the State of Law
 * coalition", "Nouri al-Maliki's State of Law coalition"), or be a faction of a group ("a faction of the X group and Y").
 */
const LIST_ITEM = `(?:(?:an? |one )?(?:faction|splinter (?:group|faction)|breakaway faction|wing) of )?(?:the )?(?:⟦[PS]\\d+⟧[’']s )?⟦O\\d+⟧(?: ${COLLECTIVE_NOUN})?(?:,? (?:led by|headed by|of) (?:former )?${LOWER_OFFICE}${TITLE}⟦P\\d+⟧)?`;

export const ORG_LIST = `${LIST_ITEM}(?:(?:,| and|, and) ${LIST_ITEM})*`;

const LIST_OF_ORGS = new RegExp(`^${ORG_LIST}`);

export interface Ctx {
  ms: MarkedSentence;
  article: string;
  registry: Registry;
  out: Fact[];
  lastOrg: () => Entity | undefined;
  lastPerson: () => Entity | undefined;
}

export const ref = (ms: MarkedSentence, i: string | undefined): Ref | undefined =>
  i === undefined ? undefined : ms.refs[Number(i)];

export function add(
  ctx: Ctx,
  type: FactType,
  from: Entity | undefined,
  to: Entity | undefined,
  confidence: number,
  role?: string,
) {
  if (!from || !to || from.id === to.id) return;
  const okFrom = type === "AFFILIATED_WITH" ? from.label === "Person" : from.label === "Organization";
  const okTo =
    type === "AFFILIATED_WITH" || type === "BACKED_BY"
      ? to.label === "Organization" || to.label === "State"
      : to.label === "Organization";
  if (!okFrom || !okTo) return;
  // "a senior Taliban cleric" serves the group; "the Iranian cleric X" is of the country, no office of its state.
  if (to.label === "State" && role && /\b(?:cleric|ideologue)$/.test(role)) return;
  ctx.out.push({
    type,
    from: from.id,
    to: to.id,
    roles: role ? [roleTold(role)] : [],
    sources: [ctx.article],
    evidence: [ctx.ms.sentence.text],
    evidenceSources: [ctx.article],
    confidence,
  });
}

/**
 * The one role of a person, however told: "Kataib Hezbollah leaders X and Y" are each a leader, and "one of the
 * group's most senior field commanders" is a senior field commander (not "its most senior commander").
 */
function roleTold(role: string): string {
  const told = role.toLowerCase().replace(/\s+/g, " ").trim();
  const one = told.replace(/(?<=(?:^| )(?:commander|leader|member|official|fighter|militant|operative))s$/, "");
  return one === told ? told : one.replace(/^most /, "");
}

/** A capital named where a state acts ("Tehran-backed") stands for the state. */
export function asActor(r: Ref | undefined): Entity | undefined {
  if (!r) return undefined;
  if (r.entity.label !== "Place") return r.entity;
  return undefined;
}

/** Orgs in a list "A, B and C" starting at the beginning of `s`. */
export function listOrgs(ms: MarkedSentence, s: string): Entity[] {
  const m = LIST_OF_ORGS.exec(s);
  if (!m) return [];
  return [...m[0].matchAll(/⟦O(\d+)⟧/g)].map((x) => ms.refs[Number(x[1])]!.entity);
}

/**
 * The entity marker `i` of the sentence stands for. A function made per sentence by this one rather than a
 * closure declared in the loop: tsx names each declared closure as it is made, a cost paid per sentence.
 */
export function entityOf(ms: MarkedSentence): (i: string | undefined) => Entity | undefined {
  return (i) => ref(ms, i)?.entity;
}

/** The first organisation or person the sentence names, else the last of the two sentences before it. */
export function lastNamed(ms: MarkedSentence, history: MarkedSentence[], label: "Organization" | "Person") {
  return (): Entity | undefined => {
    for (const h of [ms, ...history.slice(-2).reverse()]) {
      const refs = h.refs.filter((r) => r.entity.label === label);
      if (refs.length) return refs[h === ms ? 0 : refs.length - 1]!.entity;
    }
    return undefined;
  };
}

export function stateByWord(registry: Registry, word: string): Entity["name"] | undefined {
  const hit = registry.lookup(word);
  return hit?.label === "State" ? hit.name : undefined;
}

/** A sentence read for facts, with what its patterns share: the actors its markers stand for and the sentences before. */
export interface FactReading {
  ctx: Ctx;
  ms: MarkedSentence;
  t: string;
  R: ReturnType<typeof entityOf>;
  history: MarkedSentence[];
  registry: Registry;
  namesPerson: boolean;
  namesTwo: boolean;
  stateEntity: (name: string | undefined) => Entity | undefined;
  sponsorOf: (r: Ref | undefined) => Entity | undefined;
}

/**
 * The organisation a definite description ("the bloc", "the militia") points back to: one named with
 * that noun in the last two sentences (for a collective noun, one already known to have members),
 * else the first organisation (usually the subject) of the last
 * sentence that names one.
 */
const NOT_ARMED_GROUPS = ["state forces", "government body", "international body"];

/** Whether organisation `e` may be an armed group: not a state's forces or body, nor an international one. */
export const armedGroup = (e: Entity) => !NOT_ARMED_GROUPS.includes(e.actorType ?? "");

/**
 * The armed group "the group's" speaks of when its sentence named one before `at` ("The IDF identified the commander as
 * X, the head of the group's rocket unit" names none), else the one the sentences before named.
 */
export function groupBefore(
  t: string,
  at: number,
  R: (i: string | undefined) => Entity | undefined,
  history: MarkedSentence[],
): Entity | undefined {
  const named = [...t.slice(0, at).matchAll(/⟦O(\d+)⟧/g)]
    .map((o) => R(o[1]))
    .filter((e) => e !== undefined && armedGroup(e))
    .pop();
  return named ?? previousGroup(history);
}

/** The armed group or coalition "the group" speaks of: the first such named in the last three sentences, not a state's forces. */
export function previousGroup(history: MarkedSentence[]): Entity | undefined {
  return firstOrgOf(history, 3, armedGroup);
}

/**
 * The group "the group's leader" speaks of, in the last two sentences: "They are part of the Axis of Resistance, an
 * alliance that includes Hezbollah and Hamas. The group's leader, X" speaks of neither the alliance nor its members.
 */
function firstGroupOf(history: MarkedSentence[]): Entity | undefined {
  return firstOrgOf(history, 2, (e, i, h) => armedGroup(e) && e.actorType !== "coalition" && !listedMember(h, i));
}

/** Whether the sentence's marker `i` stands in a list of members ("an alliance that includes A and B"). */
function listedMember(h: MarkedSentence, i: number): boolean {
  const listed = LISTED_MEMBERS.exec(h.text);
  return listed !== null && h.text.indexOf(`⟦O${i}⟧`) > listed.index;
}

const LISTED_MEMBERS = /\b(?:includes?|including|such as)\b/;

/** "the al-Qaida-affiliated Hurras al-Din": a group named as what another is tied to, not the one spoken of. */
function modifier(h: MarkedSentence, marker: number): boolean {
  const m = `⟦O${marker}⟧`;
  return /^[-–]\w/.test(h.text.slice(h.text.indexOf(m) + m.length));
}

/** The first organisation `accept`s, named in the last `count` sentences, the latest first. */
function firstOrgOf(
  history: MarkedSentence[],
  count: number,
  accept: (e: Entity, marker: number, h: MarkedSentence) => boolean = () => true,
) {
  for (const h of [...history].reverse().slice(0, count)) {
    const org = h.refs.find((r, i) => r.entity.label === "Organization" && !modifier(h, i) && accept(r.entity, i, h));
    if (org) return org.entity;
  }
  return undefined;
}

/** "the Jamiat Ulema-e-Islam-F party": whether the organisation marker `marker` of `h` is told with "party" after it. */
function toldAsParty(marker: number, h: MarkedSentence): boolean {
  const m = `⟦O${marker}⟧`;
  return h.text.startsWith(" party", h.text.indexOf(m) + m.length);
}

/** The noun a group is looked up by, or its plural, as a word: one RegExp per noun for the whole run. */
const nounWords = new Map<string, RegExp>();
function wordRegExp(noun: string): RegExp {
  let re = nounWords.get(noun);
  if (!re) nounWords.set(noun, (re = new RegExp(`\\b${noun}s?\\b`, "i")));
  return re;
}

export function previousOrg(history: MarkedSentence[], noun?: string, containers?: Set<string>): Entity | undefined {
  // "The force's chief of staff" after "the Popular Mobilisation Forces": a name with the noun in it, or its plural;
  // "The alliance also includes…" after "the MNDAA, part of the Three Brotherhood Alliance", the one with members.
  // "The front is part of Z" after "the X Front, a dissident faction of the FARC": X, though the FARC has members.
  const nounWord = noun ? wordRegExp(noun) : undefined;
  const named = nounWord
    ? (firstOrgOf(history, 2, (e) => nounWord.test(e.name) && !!containers?.has(e.id)) ??
      firstOrgOf(history, 2, (e) => nounWord.test(e.name)))
    : undefined;
  if (named) return named;
  const recent = [...history].reverse().slice(0, 2);
  if (containers) {
    for (const h of recent) {
      const c = h.refs.find((r) => containers.has(r.entity.id));
      if (c) return c.entity;
    }
  }
  // "U.N. experts say the group is supported by Rwanda. The group's leader, X": "the group" or "the militia" is
  // an armed group, never the UN or a ministry named since; "the organisation's" may be either.
  const armed = noun && /^(?:group|movement|militia|faction)$/i.test(noun);
  // "The party's chief, X": a party the article named ("the Jamiat Ulema-e-Islam-F party" too), never the armed group
  // named since.
  if (noun && /^party$/i.test(noun))
    return firstOrgOf(
      history,
      3,
      (e, marker, h) => /\bparty\b/i.test(e.name) || toldAsParty(marker, h) || e.actorType === "political party",
    );
  return armed ? firstGroupOf(history) : firstOrgOf(history, 2);
}
