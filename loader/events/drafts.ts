/**
 * Drafts: the attacks of an article as its frames gather, with the tests that decide whether a frame joins one
 * and whether two reports are one attack.
 */
import type { DatePrecision, EventType } from "../../ontology/model.ts";
import { countedFromTheLast, type ResolvedDate } from "./dates.ts";
import { dayDiff, daysBetween, sameAttack, type AttackSummary } from "./same.ts";
import { WEEKDAY_NAME } from "./words.ts";
import { type Frame, SEPARATE_ONE, overlaps, saysEnough, specific } from "./frame.ts";

export interface Draft {
  frames: Frame[];
  date: ResolvedDate | null;
  /** Its date is only the day of a statement about it: a report with the attack's own day replaces it. */
  dateStated: boolean;
  /** What its frames say together, gathered as each joins (addFrame). */
  perpetrators: Set<string>;
  sides: Set<string>;
  places: Set<string>;
  killed: Set<string>;
  targets: Set<string>;
  tolls: Set<number>;
}

export function draftOf(f: Frame): Draft {
  const d: Draft = {
    frames: [],
    date: f.date,
    dateStated: f.dateStated,
    perpetrators: new Set(),
    sides: new Set(),
    places: new Set(),
    killed: new Set(),
    targets: new Set(),
    tolls: new Set(),
  };
  addFrame(d, f);
  return d;
}

/** Whether dead told as armed men or as a state's forces are of the side that made the attack. */
function ownDead(d: Draft, side: Frame["alsoDeadOf"]): boolean {
  const states = [...d.perpetrators].filter((id) => id.startsWith("state:")).length;
  return side === "forces" ? states > 0 : side === "armed" ? d.perpetrators.size > states : false;
}

export function addFrame(d: Draft, f: Frame) {
  if (f.othersKilled !== undefined) {
    const toll = f.othersKilled + d.killed.size + f.killed.size;
    f.tolls.push(toll);
    f.othersKilled = undefined;
  }
  // "Israeli troops killed 12 Palestinians… An Israeli soldier was killed during the operation": the attacker's own
  // dead, which no toll of the attack counts (as "the attackers were killed" is none); nor are they whom it aimed at.
  if (f.deadOf !== undefined) {
    if (d.perpetrators.has(f.deadOf)) f.tolls.length = 0;
    else f.targets.add(f.deadOf);
    f.deadOf = undefined;
  }
  // "The strikes also hit a power station, killing three": more dead than the attack's toll, or its only toll.
  const told = Math.max(0, ...d.tolls);
  // "Boko Haram killed 37 people… The attackers first killed 17 villagers": a step's dead, part of the count told.
  if (f.stepDead) f.tolls = f.tolls.filter((n) => n >= told);
  // "Militants killed five soldiers in an ambush… Two civilians were also killed": the count told, and these, are the
  // attack's dead; not "…killed 31 Maoist rebels. Two members of the security forces were also killed", the
  // attackers' own.
  if (f.alsoDead !== undefined && !ownDead(d, f.alsoDeadOf)) {
    for (const g of d.frames) g.tolls = g.tolls.filter((n) => n !== told);
    d.tolls.delete(told);
    f.tolls.push(told + f.alsoDead);
  }
  f.alsoDead = undefined;
  if (f.moreDead !== undefined) {
    f.tolls.push(told + f.moreDead);
    f.moreDead = undefined;
  }
  d.frames.push(f);
  for (const id of f.perpetrators.keys()) d.perpetrators.add(id);
  for (const x of f.sides) d.sides.add(x);
  for (const id of f.places) d.places.add(id);
  for (const id of f.killed) d.killed.add(id);
  for (const id of f.targets) d.targets.add(id);
  for (const n of f.tolls) d.tolls.add(n);
}

/** "a year ago" (2020), then "on 3 January 2020": the day within the year or month told before. */
export function refines(finer: ResolvedDate, coarser: ResolvedDate): boolean {
  if (rank(finer.precision) >= rank(coarser.precision)) return false;
  return finer.date.startsWith(coarser.date.slice(0, coarser.precision === "year" ? 4 : 7));
}

export function sameNumber(d: Draft, f: Frame): boolean {
  return f.number === null || d.frames.some((g) => g.number === null || g.number === f.number);
}

/** Whether the frames of a draft together say enough to be an event. */
export function specificDraft(d: Draft): boolean {
  if (d.frames.some(specific)) return true;
  if (d.frames.every((f) => f.plural)) return false;
  // "Gunmen opened fire on a convoy on Thursday, killing 42. The attack took place in Kurram": a toll, a day and a
  // place, told over two sentences.
  if ([...d.tolls].some((n) => n > 0) && d.date?.precision === "day" && (d.targets.size > 0 || d.places.size > 0))
    return true;
  // "In March, FARC dissidents killed four soldiers in an ambush in Cauca": one attack, told as one, with its month,
  // its dead and its place.
  if (
    [...d.tolls].some((n) => n > 0) &&
    d.date?.precision === "month" &&
    d.places.size > 0 &&
    d.frames.some((f) => f.number !== "plural" && !f.generic) &&
    !d.frames.some((f) => f.plural)
  )
    return true;
  return saysEnough(d.perpetrators.size > 0, d.places.size > 0, d.targets.size > 0, d.date !== null);
}

const rank = (p: DatePrecision) => ({ day: 0, month: 1, year: 2 })[p];

/** An attack announced on a day happened that day or in the few days before it. */
export function toldBefore(own: ResolvedDate | null, announced: ResolvedDate): boolean {
  if (!own) return false;
  const days = daysBetween(own.date, announced.date);
  // A weekday told ("on Tuesday") is at most six days before the day it is told on.
  return days >= 0 && days <= 6;
}

/** An undated frame agrees with an event when it names no other perpetrator and no other place. */
export function agrees(d: Draft, f: Frame): boolean {
  const perps = d.perpetrators;
  const places = d.places;
  // "X was behind the attack" points back to the attack whoever else claimed it; a new attribution
  // is kept beside the others, as the ontology wants conflicting statements kept side by side.
  const attributedBack =
    f.attributedBack &&
    f.tolls.length === 0 &&
    (f.places.size === 0 || overlaps(places, f.places)) &&
    (!f.date || f.dateStated);
  const samePerp = f.perpetrators.size === 0 || perps.size === 0 || attributedBack || overlaps(d.sides, f.sides);
  const samePlace = f.places.size === 0 || places.size === 0 || overlaps(places, f.places);
  return samePerp && samePlace && !turnedOn(d, f);
}

/**
 * "The junta said it had launched air strikes on AA positions": a new attack on the attackers answers theirs. Not "the
 * strike was launched from a US base", which tells more of the attack told, nor one by the same attackers.
 */
export function turnedOn(d: Draft, f: Frame): boolean {
  return !f.anaphoric && f.targets.size > 0 && overlaps(d.perpetrators, f.targets) && !overlaps(d.sides, f.sides);
}

/** A report of an attack by others, on or near the same day, is another attack (a strike and the retaliation). */
export function otherPerpetrators(d: Draft, f: Frame): boolean {
  const perps = d.perpetrators;
  return perps.size > 0 && f.perpetrators.size > 0 && !overlaps(d.sides, f.sides);
}

/**
 * "…18 fighters were killed in the strikes in eastern Syria, near Mayadeen": the wave of strikes told before,
 * somewhere else. The frame becomes an attack of its own, on that wave's day and by its attackers.
 */
export function waveElsewhere(f: Frame, open: Draft[]): Draft | undefined {
  if (!f.anaphoric || f.number !== "plural" || f.places.size === 0 || f.date || f.perpetrators.size > 0)
    return undefined;
  if (!f.tolls.some((n) => n > 0) && f.killed.size === 0) return undefined;
  return [...open]
    .reverse()
    .find((d) => d.date?.precision === "day" && d.perpetrators.size > 0 && sameNumber(d, f) && otherPlaces(d, f));
}

/** The frame takes the wave's day and attackers (see waveElsewhere). */
export function joinWave(f: Frame, wave: Draft) {
  for (const g of wave.frames)
    for (const [k, v] of g.perpetrators) if (!f.perpetrators.has(k)) f.perpetrators.set(k, v);
  for (const x of wave.sides) f.sides.add(x);
  f.date = wave.date;
  f.dateStated = wave.dateStated;
  f.plural = false;
}

/** The first of the drafts `open` dated to the day, within `within` days of frame `f`'s day, that `f` may join. */
export function sameDayAs(open: Draft[], f: Frame, within: number): Draft | undefined {
  return open.find(
    (d) =>
      d.date?.precision === "day" &&
      dayDiff(d.date.date, f.date!.date) <= within &&
      !conflicts(d, f) &&
      !otherPerpetrators(d, f) &&
      // "…killed more than 200 in attacks on villages near Bara on Saturday… attacked the village of Shag Alnom on
      // Saturday, killing more than 200": the same day's toll, told again with the village, is the same attack.
      (!otherPlaces(d, f) || f.tolls.some((n) => n >= 5 && d.tolls.has(n)) || oneOfTheVillages(d, f)) &&
      !otherKinds(d, f) &&
      // "Gunmen ambushed a convoy on Thursday… Clashes broke out on Friday": fighting the day after an attack told as
      // another kind is another event.
      !(within > 0 && (f.eventType === "Armed clash") !== (d.frames[0]!.eventType === "Armed clash")) &&
      // "X claimed the assault on Wednesday" speaks of the attack told before, whatever day it names; not "The
      // military's airstrikes on nearby villages killed 12 on Friday", with dead of its own.
      !(within > 0 && (!f.anaphoric || f.tolls.length > 0 || f.killed.size > 0) && namedDaysApart(d.date, f.date!)),
  );
}

/**
 * "Drones struck the city on Wednesday… On Tuesday, drones hit the power station": days the article names apart, the
 * day's attack each; not "late on Tuesday" and "Wednesday", which may be one night.
 */
function namedDaysApart(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.date !== b.date && [a, b].every((d) => WEEKDAY_NAMED.test(d.text) && !AROUND_MIDNIGHT.test(d.text));
}

const WEEKDAY_NAMED = new RegExp(`\\b${WEEKDAY_NAME}\\b`, "i");

const AROUND_MIDNIGHT = /\b(?:late|night|overnight|early|evening|dawn|midnight)\b/i;

/**
 * "Israeli jets struck the airport, a day after the Houthis fired a missile at Israel… The strikes also hit three power
 * stations, killing three": an anaphor whose own word names a kind ("the strikes") points past an attack of another
 * kind told last to the one of its kind.
 */
export function kindToldElsewhere(open: Draft[], d: Draft, f: Frame, kind: EventType | undefined): boolean {
  if (!f.anaphoric || !kind) return false;
  const kinds = told(d.frames);
  if (kinds.length === 0 || kinds.includes(kind)) return false;
  return open.some((o) => o !== d && !o.frames.every((g) => g.reference) && told(o.frames).includes(kind));
}

/** The kind an anaphor's own word names ("the strikes", "the missile attack"), if any. */
export const kindOfWord = (word: string) => KIND_OF_WORD.find(([re]) => re.test(word))?.[1];

const KIND_OF_WORD: [RegExp, EventType][] = [
  [/^(?:air ?strikes?|airstrikes?|drone strikes?|strikes?)$/i, "Air/drone strike"],
  [/^(?:missile|rocket|mortar)(?: attacks?| strikes?)?s?$|^shelling$/i, "Shelling/artillery/missile attack"],
];

const told = (frames: Frame[]): EventType[] => frames.map((g) => g.eventType).filter((e) => e !== "Attack");

/** Fighting and a strike or a bombing are two events, whatever day each was told on. */
export function otherKinds(d: Draft, f: Frame): boolean {
  return kindsApart(d.frames, [f]);
}

function kindsApart(a: Frame[], b: Frame[]): boolean {
  const [ta, tb] = [told(a), told(b)];
  return ta.length > 0 && tb.length > 0 && ta.includes("Armed clash") !== tb.includes("Armed clash");
}

/**
 * An article that told two attacks apart by their attackers ("Israeli jets struck Khiam… Hours later, Hezbollah
 * fired rockets at Khiam"), by their kinds (fighting at a base, and air strikes after it), or by the days it named
 * ("on Wednesday… On Tuesday, drones hit…"), is not overruled by their sharing a day and a place.
 */
function toldApart(a: Draft, b: Draft): boolean {
  return (
    (otherSides(a, b) || kindsApart(a.frames, b.frames) || namedApart(a, b) || setApart(a, b) || setApart(b, a)) &&
    a.frames.some((g) => b.frames.some((h) => h.article === g.article))
  );
}

/**
 * Two drafts each told as an attack of its own ("drones hit…"), on days the article named apart, or on another day
 * counted from the one told before ("A day later, a suicide bomber attacked a checkpoint in the same district").
 */
function namedApart(a: Draft, b: Draft): boolean {
  return (
    !!a.date &&
    !!b.date &&
    !a.frames[0]!.anaphoric &&
    !b.frames[0]!.anaphoric &&
    (namedDaysApart(a.date, b.date) ||
      (a.date.date !== b.date.date && (countedFromTheLast(a.date) || countedFromTheLast(b.date))))
  );
}

/**
 * "…ambushed their patrol near Fambita on Friday. In a separate attack on a mosque in Fambita, gunmen killed 44",
 * "…Dozens of soldiers were killed in a separate attack on a base in the same town": an attack the article set apart
 * from one it had begun to tell before.
 */
function setApart(a: Draft, b: Draft): boolean {
  const first = b.frames[0]!;
  return a.frames.some(
    (g) =>
      (SEPARATE_ONE.test(g.sentence.text) || g.another) &&
      g.article === first.article &&
      first.sentence.sentence.index < g.sentence.sentence.index,
  );
}

/** Two drafts each told with attackers, none of them on the same side. */
function otherSides(a: Draft, b: Draft): boolean {
  return a.sides.size > 0 && b.sides.size > 0 && !overlaps(a.sides, b.sides) && !overlaps(a.killed, b.killed);
}

/**
 * "RSF killed more than 200 in attacks on villages near Bara over the weekend… RSF fighters attacked the village of
 * Shag Alnom on Saturday": one of the villages of the attacks told, by the same attackers.
 */
function oneOfTheVillages(d: Draft, f: Frame): boolean {
  return (
    overlaps(d.sides, f.sides) &&
    d.frames.some((g) => VILLAGES_ATTACKED.test(g.sentence.text)) &&
    /\b(?:village|town) of ⟦L\d+⟧/.test(f.sentence.text)
  );
}

const VILLAGES_ATTACKED = /\b(?:attacks|raids|assaults) on (?:several |\w+ )?(?:villages|towns)\b/;

/** A report of an attack elsewhere the same day is another attack. */
function otherPlaces(d: Draft, f: Frame): boolean {
  return d.places.size > 0 && f.places.size > 0 && !overlaps(d.places, f.places);
}

export const placed = (d: Draft) => d.places.size > 0;

export function conflicts(d: Draft, f: Frame): boolean {
  return f.killed.size > 0 && d.killed.size > 0 && !overlaps(d.killed, f.killed);
}

function summary(d: Draft): AttackSummary {
  return {
    date: d.date?.date ?? null,
    precision: d.date?.precision ?? null,
    killed: d.killed,
    places: d.places,
    perpetrators: d.perpetrators,
    targets: d.targets,
    tolls: d.tolls,
  };
}

/**
 * The same attack reported by several articles is one. Two reports are the same attack only if they
 * share someone killed, a place, a perpetrator or a target (see sameAttack): an index of those ids
 * finds the reports worth comparing, earliest first, so the merge stays linear in the corpus.
 */
export function oneDraftPerAttack(drafts: Draft[]): Draft[] {
  const merged: Draft[] = [];
  const summaries: AttackSummary[] = [];
  const byId = new Map<string, Set<number>>();
  const idsOf = (s: AttackSummary) => [...s.killed, ...s.places, ...s.perpetrators, ...s.targets];
  const file = (i: number) => {
    for (const id of idsOf(summaries[i]!)) {
      const reports = byId.get(id);
      if (reports) reports.add(i);
      else byId.set(id, new Set([i]));
    }
  };
  for (const d of drafts) {
    const sd = summary(d);
    const near = new Set<number>();
    for (const id of idsOf(sd)) for (const i of byId.get(id) ?? []) near.add(i);
    const i = [...near].sort((x, y) => x - y).find((j) => sameAttack(summaries[j]!, sd) && !toldApart(merged[j]!, d));
    if (i !== undefined) {
      const same = merged[i]!;
      for (const g of d.frames) addFrame(same, g);
      if (!same.date || (d.date && rank(d.date.precision) < rank(same.date.precision))) same.date = d.date;
      summaries[i] = summary(same);
      file(i);
    } else {
      merged.push(d);
      summaries.push(sd);
      file(summaries.length - 1);
    }
  }
  return merged;
}
