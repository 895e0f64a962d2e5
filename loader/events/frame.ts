/**
 * A frame: what one trigger word of a sentence tells of an attack (who, whom, who died, where, when, how many),
 * what makes a frame an event of its own, and how two frames of one story combine.
 */
import type { Attribution, EventType } from "../../ontology/model.ts";
import type { MarkedSentence } from "../facts/marked.ts";
import { stateByWord } from "../facts/context.ts";
import type { Fact } from "../facts/types.ts";
import { slug } from "../resolve/names.ts";
import type { Entity } from "../resolve/types.ts";
import type { Registry } from "../mentions/registry.ts";
import type { ResolvedDate } from "./dates.ts";

export interface Frame {
  article: string;
  sentence: MarkedSentence;
  perpetrators: Map<string, Attribution>;
  targets: Set<string>;
  killed: Set<string>;
  places: Set<string>;
  date: ResolvedDate | null;
  /** The date is the day a statement was made ("Israel said on Saturday it had killed…"), not the attack's own. */
  dateStated: boolean;
  /** "Another commander, X, was also killed": more dead of the attack told before, not another attack. */
  alsoKilled: boolean;
  /** "Turkish drones also struck…": an attack verb told with "also", another attack beside the one told before. */
  alsoAttacked: boolean;
  anaphoric: boolean;
  plural: boolean;
  /**
   * Grammatical number of the trigger when it is a noun: "the strikes" points back to strikes, not to
   * "a drone attack". Null for verbs ("struck", "killed"), which agree with either.
   */
  number: "singular" | "plural" | null;
  /** "The US has carried out air strikes…": an actor reporting a wave of strikes, not talk of attacks in general. */
  wave: boolean;
  /** "X was behind the drone": names who did an attack already told. */
  attributedBack: boolean;
  /** Introduced with "a"/"an": a new attack in the story ("in retaliation for a rocket attack"), not the one told. */
  indefinite: boolean;
  /** Told with a verb of attack ("fired drones at", "struck"), not a noun that may be mere talk of attacks. */
  attackVerb: boolean;
  weapon: string | null;
  eventType: EventType;
  tolls: number[];
  /**
   * "Five other people were also killed in the strike": the dead besides those named, whose toll is known once
   * the frame joins the attack that names them.
   */
  othersKilled?: number;
  /**
   * "The strikes also hit a convoy, killing two people": dead besides the toll the attack told, to be added to it once
   * the frame joins that attack.
   */
  moreDead?: number;
  /**
   * "killed a commander of X": someone died, told by what he was ("commander") rather than by name or number; "many"
   * for "killed dozens of civilians".
   */
  victim?: string;
  /** "The attackers first killed 17 villagers…": the dead of a step of the attack, within any larger count of it. */
  stepDead?: boolean;
  /** "Two members of the security forces were also killed": dead who add to the count the attack told. */
  alsoDead?: number;
  /** Whether those also killed were told as armed men or as a state's forces, who may be the attackers' own. */
  alsoDeadOf?: "armed" | "forces";
  /** "An Israeli soldier was killed": the state whose forces the dead were, the target unless it made the attack. */
  deadOf?: string;
  /** "The commander, Y, …": the role by which the frame names the dead of an attack told before. */
  namedRole?: string;
  /** "…before security forces killed all three attackers": how the attack told before ended, not another one. */
  attackersKilled?: boolean;
  /** Figures of wounded the frame reports. */
  wounded: number[];
  triggerStart: number;
  triggerEnd: number;
  /** Told as one of many ("more than 150 attacks", "came under attack"): talk of attacks, not an event. */
  generic: boolean;
  /**
   * A count over a period ("1,300 people had been killed in X since 2023"), or the dead of the war an attack is set in
   * ("amid the war, which began when gunmen killed 1,200 people"): the record of a war, no attack's part.
   */
  tally: boolean;
  /** "He was killed…": the dead are the person last named killed. */
  killedPronoun: boolean;
  /** Names the dead of an attack ("identified the two as…") without telling one. */
  identifies: boolean;
  /** "the massacre of 26 tourists in Pahalgam": a killing of many, told by what it was. */
  massacre: boolean;
  /** A frame of the same sentence told as another attack, before or after this one: never the same event. */
  apartFrom?: Frame;
  /** The perpetrators and the states whose forces they are (see SideOf): "the Israeli military" and "Israel" agree. */
  sides: Set<string>;
  /** Told as a point in time ("…killed since a US drone strike killed Soleimani"): an event, but no antecedent of "the strike". */
  reference: boolean;
  /** "A second wave of explosions", "another strike": told as an attack besides the one before. */
  another: boolean;
  /** Told as what another attack answered ("in retaliation for the drone attack that…"). */
  answered: boolean;
}

/** The name of a unit of a group: "the Majeed Brigade", "the Nasr Unit", "the Jaime Martínez front". */
const UNIT = /\b(?:Brigade|Battalion|Unit|Regiment|Division|Squad|Front|Column|Company)$/i;

/**
 * The sides an actor acts for: itself, and for a state's own forces or government bodies (the registry's
 * country of the IDF, the IRGC, CENTCOM) that state. One attack told as Israel's and as the IDF's is one attack.
 */
export type SideOf = (id: string) => string[];

/**
 * "Russian Defence Ministry", "Ukrainian General Staff", "Somali National Army": a state's ministry or forces named with
 * the state.
 */
const STATE_BODY =
  /^(\S+?)(?:['’]s)? (?:(?:Defen[cs]e|Interior|Foreign|War|Home) )?(?:Ministry|Ministry of [A-Z]\w+|Army|Military|Armed Forces|Air Force|Navy|National (?:Guard|Army)|Border Guard|General Staff|Police|(?:Counter-Terrorism|Security|Intelligence) Service)$/i;

function stateOfBody(registry: Registry, name: string): string | undefined {
  const m = STATE_BODY.exec(name);
  return m ? stateByWord(registry, m[1]!) : undefined;
}

export function sidesFrom(
  registry: Registry,
  entities: Map<string, Entity>,
  facts: Fact[] = [],
): (article: string) => SideOf {
  // Looked up once per actor: the registry is searched by name, and an actor attacks in many frames.
  const known = new Map<string, string[]>();
  const partOf = facts.filter((f) => f.type === "PART_OF" && entities.get(f.to)?.actorType !== "coalition");
  // "its Majeed Brigade had carried out the attack": a unit the text puts in a group acts for the group. A member
  // group of a coalition does not: two members' attacks are two attacks.
  const unitOf = new Map<string, string>();
  for (const f of partOf) if (UNIT.test(entities.get(f.from)?.name ?? "")) unitOf.set(f.from, f.to);
  const sides = (id: string) => {
    let own = known.get(id);
    if (!own) {
      const e = entities.get(id);
      const org = e?.label === "Organization" ? registry.org(e.name) : undefined;
      // "The Russian Defence Ministry said it had struck…": a state's own body, named by the state, acts for it.
      const country =
        org?.country && (org.actorType === "state forces" || org.actorType === "government body")
          ? org.country
          : !org && e?.label === "Organization"
            ? stateOfBody(registry, e.name)
            : undefined;
      own = country ? [id, `state:${slug(country)}`] : [id];
      // A branch is on its parent's side: "Al-Qaeda militants killed…" and "AQAP claimed the attack" tell one attack.
      if (org?.partOf) own = [...own, `organization:${slug(org.partOf)}`];
      const group = unitOf.get(id);
      if (group) own = [...own, group];
      known.set(id, own);
    }
    return own;
  };
  // The groups each article puts in another, found once for all articles.
  const toldIn = new Map<string, Fact[]>();
  for (const f of partOf)
    if (!unitOf.has(f.from)) for (const a of f.sources) toldIn.set(a, [...(toldIn.get(a) ?? []), f]);
  return (article) => {
    // "The ADF, which has pledged allegiance to the Islamic State": the one group an article puts in another acts for
    // it there. A group the article gives several members is one they share, not a side each acts for.
    const members = new Map<string, string[]>();
    for (const f of toldIn.get(article) ?? []) members.set(f.to, [...(members.get(f.to) ?? []), f.from]);
    const soleOf = new Map<string, string>();
    for (const [group, [member, ...others]] of members) if (others.length === 0) soleOf.set(member!, group);
    if (soleOf.size === 0) return sides;
    return (id) => {
      const group = soleOf.get(id);
      return group ? [...sides(id), group] : sides(id);
    };
  };
}

/**
 * Talk of attacks in general drops out; a wave an actor reports ("The US carried out airstrikes") stays, and so
 * do strikes by someone or somewhere ("Israeli strikes near Aleppo killed 38").
 */
export function toldOfItself(g: Frame): boolean {
  return !g.plural || g.wave || (!g.generic && (g.places.size > 0 || g.perpetrators.size > 0));
}

export function perpsAgree(a: Frame, b: Frame): boolean {
  return a.perpetrators.size === 0 || b.perpetrators.size === 0 || overlaps(a.sides, b.sides);
}

export function absorb(into: Frame, f: Frame) {
  for (const [k, v] of f.perpetrators) if (!into.perpetrators.has(k)) into.perpetrators.set(k, v);
  for (const x of f.sides) into.sides.add(x);
  for (const x of f.targets) into.targets.add(x);
  for (const x of f.killed) into.killed.add(x);
  for (const x of f.places) into.places.add(x);
  into.tolls.push(...f.tolls);
  if (f.othersKilled !== undefined) into.othersKilled = f.othersKilled;
  if (f.moreDead !== undefined) into.moreDead = f.moreDead;
  into.deadOf ??= f.deadOf;
  into.alsoDead ??= f.alsoDead;
  into.alsoDeadOf ??= f.alsoDeadOf;
  into.stepDead ||= f.stepDead;
  for (const n of f.wounded) if (!into.wounded.includes(n)) into.wounded.push(n);
  into.date ??= f.date;
  into.plural &&= f.plural;
  // "At least 44 civilians were killed in an attack on a mosque": the count before "killed" is of the dead, and
  // the attack after it is one.
  if (f.number === "singular" && !f.generic) into.generic = false;
  if (f.number === "plural" || into.number === null) into.number = f.number;
  into.anaphoric ||= f.anaphoric;
  into.attackVerb ||= f.attackVerb;
  into.identifies &&= f.identifies;
  into.massacre ||= f.massacre;
  into.victim ||= f.victim;
  into.killedPronoun ||= f.killedPronoun;
  into.alsoKilled ||= f.alsoKilled;
  into.alsoAttacked ||= f.alsoAttacked;
  into.another ||= f.another;
  // "A suicide bomber opened fire and then blew himself up": the bombing is what the attack was.
  if ((!into.weapon && f.weapon) || (f.eventType === "Suicide bomb" && into.eventType !== "Suicide bomb")) {
    into.weapon = f.weapon;
    // "Clashes between troops and gunmen killed 12": fighting stays a clash whatever weapon its dead were killed with.
    if (into.eventType !== "Armed clash" || f.eventType === "Suicide bomb") into.eventType = f.eventType;
  } else if (!into.weapon && into.eventType === "Attack") into.eventType = f.eventType;
}

export const overlaps = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));

/** "have killed", "strikes have killed": a count told in the perfect is one over time. */
const PERFECT_BEFORE = /\b(?:have|has)\s+(?:\w+\s+)?$/;

const PERFECT_AFTER = /^\s+(?:have|has)\b/;

/** "In a separate attack, …", "Separately, …": an event of its own, told beside the one before. */
export const SEPARATE_ONE = /^\W*(?:Separately|In (?:a|another) separate (?:attack|incident|strike|raid|ambush))\b/i;

/** Whether a frame says enough to be an event of its own. */
export function specific(f: Frame): boolean {
  // "The faction identified the two as X and Y" names the dead of an attack already told; it tells none itself.
  if (f.identifies) return false;
  if (f.killed.size > 0) return true;
  if (f.plural) return false;
  // A dated attack with a death toll and a target or place is an event even before anyone is blamed; so is one the
  // article sets apart from the one it told ("In a separate attack, gunmen shot dead two policemen in Bannu").
  // So is one named by its year ("the 2021 suicide bombing at Kabul airport that killed 13").
  if (
    (f.tolls.some((n) => n > 0) || f.victim) &&
    (f.date?.precision === "day" || namedByYear(f) || SEPARATE_ONE.test(f.sentence.text)) &&
    (f.targets.size > 0 || f.places.size > 0)
  )
    return true;
  // "In January, a drone strike on the Tower 22 outpost killed three soldiers", "In October, police killed 31
  // rebels in a gunbattle in X": one attack, told with its month, its dead and its place, and how it was fought.
  if (
    f.tolls.some((n) => n > 0) &&
    f.date?.precision === "month" &&
    f.places.size > 0 &&
    !f.generic &&
    (f.weapon !== null || f.eventType !== "Attack" || f.massacre)
  )
    return true;
  // "An armed faction fired drones at Ain al-Asad on Tuesday": where and when, before anyone is named.
  // "A drone attack on the Harir base in Erbil on Tuesday": a weapon, a day and a place make an event too; so do
  // "Heavy clashes erupted in Tripoli on Monday night", fighting of a day in a place.
  if (
    (f.attackVerb ||
      (f.number === "singular" && f.weapon) ||
      // Not "Fighting in X has killed 30 since last week, officials said on Monday": fighting dated only by who spoke.
      (f.eventType === "Armed clash" && !f.plural && !f.dateStated)) &&
    f.date?.precision === "day" &&
    f.places.size > 0
  )
    return true;
  // "Turkish drones struck a convoy on the road to the dam, killing eight fighters": who did it and how many died;
  // not "Israeli strikes have killed more than 500 people", a count over time.
  if (
    !f.generic &&
    f.perpetrators.size > 0 &&
    f.tolls.some((n) => n > 0) &&
    !perfectBefore(f) &&
    !PERFECT_AFTER.test(f.sentence.text.slice(f.triggerEnd, f.triggerEnd + 30))
  )
    return true;
  // "The Houthis had sunk the Magic Seas on Sunday": a ship sunk by someone named on a day (not the day it was said)
  // is one event, at sea.
  if (
    f.perpetrators.size > 0 &&
    f.date?.precision === "day" &&
    !f.dateStated &&
    !f.generic &&
    /^s[au]nk$/i.test(f.sentence.text.slice(f.triggerStart, f.triggerEnd))
  )
    return true;
  return saysEnough(f.perpetrators.size > 0, f.places.size > 0, f.targets.size > 0, f.date !== null);
}

/**
 * "The Houthis have attacked ships in the Red Sea": told in the present perfect, with no day, toll or dead, after the
 * article's attack, what an actor has been doing, not another attack.
 */
export function background(f: Frame): boolean {
  return !f.date && f.tolls.length === 0 && f.killed.size === 0 && perfectBefore(f);
}

/** "have killed", "has struck": the trigger told in the perfect. */
function perfectBefore(f: Frame): boolean {
  return PERFECT_BEFORE.test(f.sentence.text.slice(Math.max(0, f.triggerStart - 30), f.triggerStart));
}

/** "the 2021 suicide bombing": an attack its year names, as one looks back on a known event. */
export function namedByYear(f: Frame): boolean {
  return f.date?.precision === "year" && f.date.index < f.triggerStart && f.triggerStart - f.date.index <= 30;
}

/** "a large-scale attack on the town of X on Sunday": an attack told as new, with where and on which day. */
export function introduces(f: Frame): boolean {
  return f.indefinite && f.number === "singular" && f.places.size > 0 && f.date?.precision === "day";
}

/** A frame that tells a toll, of dead or wounded, and nothing else: no one, nowhere, no day. */
export function onlyToll(f: Frame): boolean {
  return (
    (f.tolls.length > 0 || f.wounded.length > 0) &&
    f.perpetrators.size === 0 &&
    f.places.size === 0 &&
    f.killed.size === 0 &&
    f.targets.size === 0 &&
    !f.date
  );
}

/** Who did it, and where or to whom, and when or where: enough to tell an attack. */
export function saysEnough(perpetrator: boolean, place: boolean, target: boolean, dated: boolean): boolean {
  return perpetrator && (place || target) && (dated || place);
}

/** People an event is about: those killed and those it targeted. */
export function persons(f: Frame): Set<string> {
  return new Set([...f.killed, ...[...f.targets].filter((t) => t.startsWith("person:"))]);
}
