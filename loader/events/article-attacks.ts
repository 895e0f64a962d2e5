/**
 * The attacks of one article, read sentence by sentence: where each frame goes (into the attack it tells more of,
 * a new one, or aside), and what the sentences before it fill in ("the city", "he was killed", the group that "claimed").
 */
import type { Article } from "../read/types.ts";
import { armedGroup } from "../facts/context.ts";
import { type MarkedSentence, written } from "../facts/marked.ts";
import type { Entity } from "../resolve/types.ts";
import {
  anniversaryDate,
  countedFromTheLast,
  findDates,
  hasCalendarDate,
  toldFromAnother,
  type ResolvedDate,
} from "./dates.ts";
import { compatibleDates, dayDiff, daysBetween } from "./same.ts";
import {
  type Draft,
  addFrame,
  agrees,
  conflicts,
  draftOf,
  joinWave,
  kindOfWord,
  kindToldElsewhere,
  otherKinds,
  otherPerpetrators,
  placed,
  refines,
  sameDayAs,
  sameNumber,
  specificDraft,
  toldBefore,
  turnedOn,
  waveElsewhere,
} from "./drafts.ts";
import {
  type Frame,
  type SideOf,
  SEPARATE_ONE,
  background,
  introduces,
  onlyToll,
  overlaps,
  persons,
  specific,
} from "./frame.ts";
import { TRIGGER, TRIGGER_TEST, framesOf } from "./frames.ts";
import { THE_ARMY_UNNAMED, type Told } from "./sentence.ts";
import type { Affiliations } from "./to-attack.ts";
import {
  ATTACKER_NOUNS,
  BELIEVED_RESPONSIBLE,
  BELIEVED_TO_BE_RESPONSIBLE,
  CLAIMED_THE,
  GROUP_ADJECTIVE,
  INVESTIGATORS,
  MEN_OF,
  NOT_AN_ATTACKER,
  TIED_TO,
} from "./words.ts";

/** "Militants stormed…", "Suspected jihadists attacked…": attackers told by what they are, opening the sentence. */
const UNNAMED_ATTACKERS =
  /^(?:(?:Suspected|Armed|Unidentified|Heavily armed) )?(militants|gunmen|insurgents|jihadists|attackers|assailants|terrorists|rebels|bandits)\b/i;

/** "…said the two attackers, a man and a woman, were killed": the attackers, whom "one of them" may be next. */
const ATTACKERS_TOLD = new RegExp(`\\b(?:the|both|two|three|all) (?:[\\w-]+ )?(?:${ATTACKER_NOUNS})\\b`, "i");

/**
 * "Clashes between tribal fighters and Druze militias killed 30… Israel later struck Syrian tanks": an attack by one who
 * was no side of the fighting is not the fighting.
 */
function byAnOutsider(d: Draft, f: Frame, entities: Map<string, Entity>): boolean {
  return (
    (otherKinds(d, f) ||
      // "Nine inmates were killed in clashes between rival gangs… Members of the X gang attacked inmates of Y": fighting
      // between sides it leaves unnamed may be told next by a group of them; a state that strikes is no side of it.
      (d.frames.some((g) => g.eventType === "Armed clash") &&
        f.eventType === "Attack" &&
        (d.sides.size > 0 || [...f.perpetrators.keys()].some((id) => entities.get(id)?.label === "State")))) &&
    f.sides.size > 0 &&
    !overlaps(d.sides, f.sides) &&
    !overlaps(d.targets, f.sides)
  );
}

/**
 * Blame told in a sentence of its own, of the attack told before ("Washington has blamed X", "the ministry said the
 * attacker belonged to X", "Authorities suspect the X cartel", "Police suspect insurgents of X", "US officials said
 * they believed X was responsible").
 */
const BLAME_ONLY = new RegExp(
  String.raw`\bblamed(?= ["“]?${MEN_OF}(?:the )?${TIED_TO}(?:${GROUP_ADJECTIVE} )?⟦[SO]\d+⟧(?![-–]| for (?:backing|supporting|funding|financing|arming|sponsoring|sheltering|harbou?ring)\b))|(?<=\b(?:attacker|bomber|assailant|gunman|attackers|bombers|assailants|gunmen) )(?:belonged|belongs|belong) to(?= (?:the )?⟦O\d+⟧)|(?<=\b(?:${INVESTIGATORS}|[Tt]hey) )suspect(?:s|ed)?(?= (?:that )?${MEN_OF}(?:the )?⟦O\d+⟧)|${BELIEVED_RESPONSIBLE}|${BELIEVED_TO_BE_RESPONSIBLE}|\bblamed(?= ${THE_ARMY_UNNAMED})`,
);

/**
 * "Police blamed al-Shabaab, which has carried out frequent attacks in Kenya's border regions", "blamed AQAP, which has
 * carried out similar attacks on forces loyal to the STC", "blamed the Somalia-based X group, which frequently attacks
 * security forces", "blamed the X front, a dissident faction that has used drones in attacks": what the group blamed
 * has done before or does, told of it in a clause, is no attack of its own.
 */
const BLAMED_ONES_RECORD =
  /^blamed ["“]?(?:the )?(?:[\w-]+ |⟦[SO]\d+⟧-[\w-]+ )?⟦[SO]\d+⟧(?:\s*\(⟦[SO]\d+⟧\))?(?: (?:group|militia|movement|militants|fighters|rebels))?, (?:(?:an?|the) [^,.;⟦]{1,40}? (?:that|which|who)|which|who) (?:(?:has|have|had) |(?:[a-z]+ly )?(?=(?:attacks|targets|carries out|launches|stages|conducts)\b))(?:[^.;⟦]|⟦[SLO]\d+⟧)*\.?$/;

/** "…a strike in the area", "in the same area": the place told before. */
const IN_THE_AREA = /^\s+(?:in|near) the (?:same )?(?:area|vicinity)\b/;

/** A blast told as an accident: "was caused by a fire in a depot", "ruled out sabotage", "an accidental explosion". */
const ACCIDENT =
  /\b(?:blast|explosion|fire)\b[^.;]{0,40}\b(?:was|were) (?:caused by|due to|the result of) (?:an? )?(?:[\w-]+ )?(?:fire|gas leak|leak|accident|short circuit|negligence|storage)\b|\bruled out (?:sabotage|an attack|a terror(?:ist)? attack|foul play|terrorism)\b|\baccidental (?:explosion|blast)\b/i;

const SITE_KINDS = "city|town|village|area|district|province|region|airport|port|base|dam";

/**
 * The object of an attack told as the city, town, village or area the article is about, or the airport, port, base or
 * dam it named.
 */
const THE_SITE = new RegExp(`^["”]?\\s+(?:(?:[^.;⟦]|⟦[SO]\\d+⟧){0,40}?\\s)?the (${SITE_KINDS})(?:['’]s)?\\b`);

/** "…in a separate attack on a military base in the same town": the site told before, however far the words go. */
const THE_SAME_SITE = new RegExp(`^[^.;⟦]{0,80}?\\bthe same (${SITE_KINDS})\\b`);

const THE_SITE_BEFORE = /\bin the (city|town|village)\s+(?:[a-z]+\s+)?$/;

/** Which named place "the airport", "the port", "the base" or "the dam" is. */
const SITE_NAMED: Record<string, RegExp> = {
  airport: /\bairport\b/i,
  port: /\bport\b/i,
  base: /\bbase\b/i,
  dam: /\bdam\b/i,
};

/**
 * "Myanmar's military junta", "the Sudanese army", "Mali's armed forces", "Twelve Nigerien soldiers": a state named with
 * its army, which "the army" of later sentences is.
 */
const ARMY_OF_STATE =
  /⟦S(\d+)⟧(?:['’]s)? (?:(?:military|ruling) )?(?:junta|army|military|armed forces|soldiers|troops)\b/g;

/** "the Myanmar military", "the Malian army": a state's forces named as one mention of the state. */
const ARMY_NAME = /\b(?:military|army|junta|armed forces|soldiers|troops)$/i;

/** The state whose army the sentence names, by the state's name and its army's or by its army's name alone. */
function armyOf(ms: MarkedSentence): string | undefined {
  const named = ms.refs.findLast((r) => r.entity.label === "State" && ARMY_NAME.test(written(ms, r)));
  const told = [...ms.text.matchAll(ARMY_OF_STATE)].pop();
  return (told ? ms.refs[Number(told[1])]!.entity : named?.entity)?.id;
}

/**
 * Whether "the group" that claims or is blamed may stand for organisation `e`: not a monitor, an agency or a body of a
 * state ("The jihadist group claimed the attack" after "…, the Syrian Observatory for Human Rights said").
 */
function mayAttack(e: Entity): boolean {
  return e.label === "Organization" && armedGroup(e) && !NOT_AN_ATTACKER.test(e.name);
}

/** "The banned X claimed…": a group that opens its sentence after words that describe it, whose "its fighters" act next. */
const DESCRIBED_OPENER =
  /^The\s+(?:(?!(?:on|of|by|from|in|at|against|with|for|to|and|attack|strike)\b)[a-z-]+\s+){1,2}$/;

/** "Israel's military has confirmed that X, …, was killed in an airstrike": who confirms a death in a strike. */
const CONFIRMED_KILL =
  /^(?:The )?⟦[SO](\d+)⟧(?:[’']s (?:military|army|armed forces))? (?:has |had )?(?:confirmed|announced|said) (?:on \w+ )?(?:that )?⟦P(\d+)⟧(?:, (?:[^,⟦]|⟦[SOL]\d+⟧){1,80},)? (?:was|had been) killed in an? (?:air ?strike|airstrike|strike|drone strike|raid)\b/;

/**
 * A state, or its forces, that confirms a death in a strike no one is named for claims it, unless the dead was
 * of its own side ("Iran confirmed that its adviser X was killed in an airstrike").
 */
function confirmedKill(ms: MarkedSentence, frames: Frame[], sideOf: SideOf, affiliations: Affiliations) {
  const m = CONFIRMED_KILL.exec(ms.text);
  if (!m) return;
  const speaker = ms.refs[Number(m[1])]!.entity;
  const dead = ms.refs[Number(m[2])]!.entity.id;
  const f = frames.find((g) => g.killed.has(dead) && g.perpetrators.size === 0);
  const sides = sideOf(speaker.id);
  if (!f || (speaker.label !== "State" && sides.length < 2)) return;
  const own = (affiliations.get(dead) ?? []).some(({ fact }) => sideOf(fact.to).some((x) => sides.includes(x)));
  if (own) return;
  f.perpetrators.set(speaker.id, "claimed");
  for (const x of sides) f.sides.add(x);
}

/**
 * "Manbij has been the scene of fighting between X and Y since December": a war's sides, told with no dead of its own,
 * are not the attackers of the attack the article tells.
 */
function warSides(f: Frame): boolean {
  return (
    f.generic && f.eventType === "Armed clash" && f.perpetrators.size > 0 && f.killed.size === 0 && f.tolls.length === 0
  );
}

/**
 * "The Houthis said on Thursday that X had been killed… Israel said X had died of wounds sustained in a strike in
 * August": a death announced on a day came on that day or before it, on the day the attack is told with.
 */
function diedBefore(own: ResolvedDate | null, announced: ResolvedDate | null, stated: boolean): boolean {
  return stated && !!own && !!announced && daysBetween(own.date, announced.date) >= 0;
}

/**
 * "Pagers exploded across Lebanon, killing 12… Hezbollah blamed Israel for the blasts": who did the attack told,
 * and nothing else, whatever number the words for it have; not "…for the twin blasts that ripped through a crowd",
 * which tells what they were.
 */
function onlyWho(f: Frame): boolean {
  return (
    f.attributedBack &&
    f.tolls.length === 0 &&
    f.killed.size === 0 &&
    f.places.size === 0 &&
    !f.date &&
    /^\s*(?:[.,;]|and\b|$)/.test(f.sentence.text.slice(f.triggerEnd))
  );
}

/** "the boat attack", "the church bombing": what an anaphor is named by, a word its attack was told with. */
const ANAPHOR_NAMED_BY =
  /\bthe (?!(?:latest|same|deadly|recent|first|second|third|last|previous|suicide|twin|double|alleged|reported|other|new)\b)([a-z]{3,}) $/;

/**
 * "Another strike killed three", "Security forces then raided a hideout and killed five militants believed to be
 * involved", "Dozens of soldiers were killed in a separate attack": an attack told as another, with its own attackers,
 * dead or toll, joins none told before.
 */
function toldAsAnother(f: Frame): boolean {
  return f.another && (f.killed.size > 0 || f.perpetrators.size > 0 || f.tolls.length > 0 || f.victim !== undefined);
}

/** "for that attack", "that deadly strike": the demonstrative, not "said that the strike…", a clause's "that". */
const THAT_ONE =
  /(?<!\b(?:said|says|confirmed|told|added|reported|alleged|claimed|announced|believe[sd]?)\s)\bthat\s+(?!(?:the|a|an|this|its|their|his|her)\s)(?:[\w-]+\s+)?$/i;

/** What an attack was on, told after its word: "the attack on the post in Makeen". */
const OBJECTS =
  "post|base|camp|checkpoint|convoy|patrol|mosque|church|school|market|hospital|hotel|prison|bus|station".split("|");

const OBJECT_OF_ATTACK = new RegExp(`^ on (?:the|an?|its) (?:[\\w-]+ )?(${OBJECTS.join("|")})\\b`);

/** The object told with an article before it in another sentence ("an army post"), one pattern per object. */
const OBJECT_TOLD = new Map(OBJECTS.map((o) => [o, new RegExp(`\\b(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}${o}\\b`)]));

/**
 * "…militants attacked an army post in South Waziristan… The TTP claimed the attack on the post in Makeen": the attack on
 * what the attack told before was on, wherever each places it.
 */
function sameObject(d: Draft, f: Frame): boolean {
  const noun = OBJECT_OF_ATTACK.exec(f.sentence.text.slice(f.triggerEnd))?.[1];
  const told = noun ? OBJECT_TOLD.get(noun) : undefined;
  return told !== undefined && d.frames.some((g) => g !== f && told.test(g.sentence.text));
}

/**
 * The attacks of one article, gathered sentence by sentence: each frame joins the attack it tells more of (the same
 * dead, the same day, "the strike" told before, the attack the article is about) or starts one of its own.
 */
export class ArticleAttacks {
  private readonly local: Draft[] = [];
  /** The attack the article is about: its first specific one. */
  private main: Draft | undefined;
  /** Frames too thin to be attacks of their own, which may still place or date one. */
  private readonly loose: Frame[] = [];
  /** Frames that speak of "the attack", or only of its toll, before the article has told any. */
  private readonly ahead: Frame[] = [];
  /** The last day told, from which later sentences count ("the following day"). */
  private prevDate: ResolvedDate | undefined;
  /** The frame told last in the article, for a sentence that details the one before it. */
  private lastFrame: Frame | undefined;
  /** What the sentences read so far tell of whom "the group", "its fighters" and "the army" are. */
  private readonly told: Told = {
    lastGroup: undefined,
    subjectGroup: undefined,
    armyState: undefined,
    onlyState: undefined,
    attackersTold: false,
    attackTold: false,
    attackersWere: undefined,
  };
  /** The states the article has named so far. */
  private readonly statesSeen = new Set<string>();
  /** The person the article named last, first of their sentence: whom "He was killed…" speaks of. */
  private lastSubject: string | undefined;
  /** The place the article named last: where "the city" is. */
  private lastPlace: string | undefined;
  /** The place the article last called a city, a town or a village ("the town of X"): where "the town" is. */
  private readonly lastOfKind = new Map<string, string>();
  /** The places the article named, in order: which is "the airport". */
  private readonly placesSeen: string[] = [];
  /** Whether the article tells that its blast was an accident. */
  private accident = false;

  constructor(
    private readonly article: Article,
    private readonly entities: Map<string, Entity>,
    private readonly sideOf: SideOf,
    private readonly affiliations: Affiliations,
  ) {}

  /** Reads the next sentence of the article. */
  read(ms: MarkedSentence): void {
    if (ACCIDENT.test(ms.text)) this.accident = true;
    // Dates matter where an attack is told, and where a calendar date anchors "the following day".
    // Most sentences tell no attack: a test, which needs no copy of the pattern, finds them.
    const blamed = this.lastFrame !== undefined ? BLAME_ONLY.exec(ms.text) : null;
    const tellsAttack = TRIGGER_TEST.test(ms.text) && !(blamed && BLAMED_ONES_RECORD.test(ms.text.slice(blamed.index)));
    // "Washington has blamed the Islamic Resistance in Iraq": a sentence that blames without telling an attack
    // blames for the one told before it.
    const blameOnly = !tellsAttack ? blamed : null;
    const triggers = tellsAttack ? [...ms.text.matchAll(TRIGGER)] : blameOnly ? [blameOnly] : [];
    const datesNeeded = tellsAttack || hasCalendarDate(ms.text);
    const sentenceDates = datesNeeded ? findDates(ms.text, this.article.published, this.prevDate) : [];
    const frames =
      triggers.length > 0 ? framesOf(ms, triggers, this.article.id, sentenceDates, this.sideOf, this.told) : [];
    if (frames.length > 0) confirmedKill(ms, frames, this.sideOf, this.affiliations);
    // Later sentences count days from the last day told ("the following day", "a week after"): the day of the attack
    // the sentence told, rather than the day it was reported ("…on Monday, sources told AFP on Wednesday. Two days
    // earlier, …").
    const day =
      frames.findLast((f) => f.date?.precision === "day")?.date ?? sentenceDates.findLast((d) => d.precision === "day");
    if (day) this.prevDate = day;
    for (const f of frames) this.place(f, ms);
    for (const r of ms.refs) if (mayAttack(r.entity)) this.told.lastGroup = r.entity.id;
    this.told.armyState = armyOf(ms) ?? this.told.armyState;
    for (const r of ms.refs) if (r.entity.label === "State") this.statesSeen.add(r.entity.id);
    this.told.onlyState = this.statesSeen.size === 1 ? [...this.statesSeen][0] : undefined;
    this.told.attackersTold = ATTACKERS_TOLD.test(ms.text);
    if (frames.length > 0 && !this.told.attackTold) {
      this.told.attackTold = true;
      this.told.attackersWere = frames.every((f) => f.perpetrators.size === 0)
        ? UNNAMED_ATTACKERS.exec(ms.text)?.[1]?.toLowerCase()
        : undefined;
    }
    const opener = ms.refs[0];
    this.told.subjectGroup =
      opener?.entity.label === "Organization" &&
      (opener.mention.start <= 4 || DESCRIBED_OPENER.test(ms.sentence.text.slice(0, opener.mention.start)))
        ? opener.entity.id
        : undefined;
    this.lastSubject = ms.refs.find((r) => r.entity.label === "Person")?.entity.id ?? this.lastSubject;
    this.lastPlace = ms.refs.findLast((r) => r.entity.label === "Place")?.entity.id ?? this.lastPlace;
    for (const r of ms.refs) if (r.entity.label === "Place") this.placesSeen.push(r.entity.id);
    for (const m of ms.text.matchAll(/\b(city|town|village) of ⟦L(\d+)⟧/g))
      this.lastOfKind.set(m[1]!, ms.refs[Number(m[2])]!.entity.id);
  }

  /** The attacks the article told, once every sentence is read. */
  attacks(): Draft[] {
    const { local, loose } = this;
    // "…a day after a missile fired by the rebels landed near the terminal of Ben Gurion Airport, wounding six. … The
    // group had fired a missile at the airport on Sunday": a frame too thin to be an event, with its dead or wounded
    // at a place where only one attack the article told fell, is of that attack, unless told as another ("…then raided
    // a hideout in the area and killed five militants believed to be involved").
    for (const f of loose) {
      if ((f.wounded.length === 0 && f.tolls.length === 0) || f.places.size === 0 || f.generic || f.plural || f.another)
        continue;
      if (local.some((d) => d.frames.includes(f))) continue;
      const there = local.filter((d) => specificDraft(d) && overlaps(d.places, f.places));
      if (there.length === 1 && agrees(there[0]!, f) && !conflicts(there[0]!, f)) addFrame(there[0]!, f);
    }
    // A frame too thin to be an event may still date one ("the US killing on Thursday of a militia leader").
    for (const d of local) {
      if (d.date) continue;
      const hint = loose.find((f) => f.date && f.date.precision === "day" && f.perpetrators.size > 0 && agrees(d, f));
      if (hint) {
        addFrame(d, hint);
        d.date = hint.date;
        d.dateStated = hint.dateStated;
      }
    }
    // "Authorities said the blast was caused by a fire in a depot and ruled out sabotage": an accident, no attack,
    // unless someone or some weapon is told all the same; not explosives, which "an accidental explosion of seized
    // explosives" tells of.
    return local.filter(
      (d) =>
        specificDraft(d) &&
        !(
          this.accident &&
          d.frames.every(
            (f) => f.perpetrators.size === 0 && (f.weapon === null || f.eventType === "Remote explosive/landmine/IED"),
          )
        ),
    );
  }

  /** What the article told before fills in of a frame: the site it names as "the city", the dead "he" stands for. */
  private fillIn(f: Frame, ms: MarkedSentence): void {
    const { local, entities, lastPlace, lastOfKind, lastSubject, placesSeen } = this;
    // "…to mark the fifth anniversary of the killing of X": dated by its anniversary.
    if (f.reference && !f.date && this.article.published) f.date = anniversaryDate(ms.text, this.article.published);
    // "Turkish drones also struck SDF positions around the dam": another's attack of the day the article told last; not
    // "X had also shelled the market", another attack of the same attacker, on a day untold.
    const last = local[local.length - 1];
    if (
      !f.date &&
      f.alsoAttacked &&
      last?.date?.precision === "day" &&
      f.perpetrators.size > 0 &&
      !overlaps(last.sides, f.sides)
    )
      f.date = last.date;
    // "On Tuesday, drones hit the city's main power station": an attack of its own day, in the city the article
    // named last.
    // "…fired a missile at the airport on Sunday": the airport the article named.
    // "On Saturday, a car bomb in the city killed four": the site told before the trigger.
    // "The militants had launched an assault on the town before dawn, killing eight": an undated attack with a toll,
    // unless told as another ("had also shelled the town's market").
    const site =
      f.places.size === 0 && (f.date || (f.tolls.length > 0 && !f.alsoAttacked))
        ? (THE_SITE.exec(ms.text.slice(f.triggerEnd, f.triggerEnd + 60)) ??
          THE_SAME_SITE.exec(ms.text.slice(f.triggerEnd, f.triggerEnd + 100)) ??
          THE_SITE_BEFORE.exec(ms.text.slice(Math.max(0, f.triggerStart - 40), f.triggerStart)))
        : null;
    if (site) {
      const here = [...ms.text.slice(0, f.triggerStart).matchAll(/⟦L(\d+)⟧/g)].pop();
      const place = /^(?:city|town|village|area|district|province|region)$/.test(site[1]!)
        ? here
          ? ms.refs[Number(here[1])]!.entity.id
          : // "…seized the town of X in the Y region. … shelled parts of the town": X, not the region named after it.
            (lastOfKind.get(site[1]!) ?? lastPlace)
        : placesSeen.findLast((id) => SITE_NAMED[site[1]!]!.test(entities.get(id)?.name ?? ""));
      if (place) f.places.add(place);
    }
    if (f.killedPronoun && f.killed.size === 0 && lastSubject && !local.some((d) => d.killed.size > 0))
      f.killed.add(lastSubject);
  }

  /** The attack a frame joins, if any. */
  private joined(f: Frame, ms: MarkedSentence, open: Draft[]): Draft | undefined {
    const { local, main, lastFrame } = this;
    // "The Houthis have attacked more than 50 ships since November": what a group does again and again tells
    // nothing of the attack told, not even who made it.
    if (f.generic && !f.anaphoric && f.perpetrators.size > 0 && f.tolls.length === 0 && f.wounded.length === 0)
      return undefined;
    // "Amnesty said 1,300 people had been killed in Plateau and Benue since 2023": nor does a war's count, even where
    // it names the attack's place.
    if (f.tally && !f.anaphoric && f.killed.size === 0) return undefined;
    const byKilled =
      local.find(
        (d) =>
          d.frames.some((g) => overlaps(persons(g), persons(f))) &&
          (compatibleDates(d.date, f.date) ||
            diedBefore(f.date, d.date, d.dateStated) ||
            // "…killed in a strike on May 13. Netanyahu had announced his death on May 28": the other way round.
            diedBefore(d.date, f.date, f.dateStated)),
      ) ??
      (f.killedPronoun && f.killed.size === 0
        ? [...local].reverse().find((d) => d.killed.size > 0 && !otherPerpetrators(d, f))
        : undefined);
    // "The soldiers killed at Tower 22 were identified as A, B and C": the dead, by name, of the attack
    // whose toll the article gave before ("a drone attack that killed three American service members").
    const byToll =
      !f.date && f.killed.size > 1 && f.perpetrators.size === 0
        ? [...open].reverse().find((d) => d.killed.size === 0 && d.tolls.has(f.killed.size))
        : undefined;
    // "The soldiers were named as A and B": the dead, by name, of the attack told last whose dead had no names;
    // "…killed a senior official of X. CENTCOM identified the man as Y": one told by his rank.
    // "…killed a senior commander of X. The commander, Y, …": only an attack that killed one told by that role.
    const byNaming =
      f.identifies && !f.date && f.killed.size > 0 && f.perpetrators.size === 0
        ? [...open]
            .reverse()
            .find(
              (d) =>
                d.killed.size === 0 &&
                (f.namedRole === undefined
                  ? d.tolls.size > 0 || d.frames.some((g) => g.victim)
                  : d.frames.some((g) => g.victim === f.namedRole)),
            )
        : undefined;
    // "Gunmen killed five soldiers. The commander, X, said…": a role names the dead of no other attack.
    if (f.namedRole !== undefined) return byNaming;
    // An attack of the same day before one of the day before or after ("Hezbollah fired rockets on Wednesday, a
    // day after an Israeli strike killed…. He was killed in a strike late Tuesday").
    // "X, which claimed responsibility on Friday": the day of a claim about the attack told before is not its day.
    // "Hours later, Turkish warplanes struck PKK targets": what came after the attack told is another, the same day or
    // not.
    const byDate =
      f.date &&
      f.date.precision === "day" &&
      !(f.anaphoric && f.dateStated) &&
      // "Earlier on Friday, a separate strike in the south killed…": another attack of the day.
      !f.another &&
      !(countedFromTheLast(f.date) && !f.anaphoric)
        ? // "a day after": a day told apart from another is not that day.
          (sameDayAs(open, f, 0) ?? (toldFromAnother(f.date) ? undefined : sameDayAs(open, f, 1)))
        : undefined;
    // "…were among those killed in Monday's attack": the day of the attack told without one.
    // A lede tells the attack without a day and the sentence after it tells the day and the spot ("…in an attack
    // on a beach in Mogadishu. A suicide bomber blew himself up at Lido beach on Friday night"): the same attack.
    // A lede dated only by the day it was announced ("Israel said on Saturday it had killed…") takes the day too.
    const detailsLede =
      main &&
      lastFrame !== undefined &&
      main.frames.includes(lastFrame) &&
      lastFrame.sentence !== ms &&
      !f.indefinite &&
      !otherPerpetrators(main, f) &&
      !(main.targets.size > 0 && f.targets.size > 0 && !overlaps(main.targets, f.targets)) &&
      // "Less than 24 hours earlier, the IDF claimed…": a day told from the lede's is another attack's.
      !/\b(?:earlier|later|before|after|previously)\b/i.test(f.date?.text ?? "");
    // "The strike came days after a drone attack on Tower 22… Washington blamed X for that attack": "that" points to
    // the attack told last, not to the article's own when that one was told apart from it.
    const thatOther =
      lastFrame !== undefined &&
      main !== undefined &&
      !main.frames.includes(lastFrame) &&
      THAT_ONE.test(ms.text.slice(Math.max(0, f.triggerStart - 40), f.triggerStart));
    // "AFRICOM said it had carried out a strike in the area": a strike told as new, but where the one told was.
    const inTheArea = IN_THE_AREA.test(ms.text.slice(f.triggerEnd, f.triggerEnd + 40));
    const joinsMain =
      main &&
      open.includes(main) &&
      !f.date &&
      !thatOther &&
      // "Hezbollah fired rockets at Israel… It said fighter jets struck Hezbollah launchers": a strike on the attacker is
      // another attack.
      ![...f.targets].some((t) => main.perpetrators.has(t)) &&
      (!f.indefinite || inTheArea) &&
      !toldAsAnother(f) &&
      // The dead named without where or by whom are the dead of the attack the article is about.
      // "The commander, X, was killed in the village of Y": the dead and where, for an attack told without a place.
      (f.killed.size === 0 ||
        ((f.anaphoric ||
          (f.perpetrators.size === 0 && (f.places.size === 0 || !placed(main))) ||
          // "The Israeli army said it had killed X": the dead, told by the attacker itself, of its attack told before.
          (f.places.size === 0 && f.perpetrators.size > 0 && overlaps(main.sides, f.sides))) &&
          (!conflicts(main, f) || f.alsoKilled))) &&
      !f.plural &&
      agrees(main, f) &&
      (!f.anaphoric || sameNumber(main, f) || onlyWho(f)) &&
      // "Clashes between security forces and gunmen killed 15… Israel said its aircraft had struck a group of gunmen":
      // a strike beside fighting is another event, unless one of the fighting's sides made it ("accused the SDF of
      // shelling army positions").
      // "Twelve Nigerien soldiers were killed when jihadists ambushed their patrol… the army had killed 30 in a
      // counter-offensive": what the attacked did back is another attack.
      !(f.sides.size > 0 && !overlaps(main.sides, f.sides) && overlaps(main.targets, f.sides)) &&
      !byAnOutsider(main, f, this.entities) &&
      // "The clashes came a day after Sadr ordered…, ending fighting that killed 30": told with another day.
      !(f.apartFrom?.date && main.date && f.apartFrom.date.date !== main.date.date);
    // "A senior general has been killed by a car bomb in the Moscow region. Gen X died when a device went off in
    // the town of Y": the lede's dead, named in the sentence after it, wherever it places them.
    const ledeDead =
      main !== undefined &&
      detailsLede &&
      main.killed.size === 0 &&
      f.killed.size > 0 &&
      f.perpetrators.size === 0 &&
      !f.date &&
      !(f.another && f.killed.size > 0);
    const datesUndatedMain =
      main &&
      // "…the anniversary of the killing of X in a US drone strike": an event looked back on takes no other's day.
      !main.frames.every((g) => g.reference) &&
      (!main.date ||
        (main.dateStated && !f.dateStated && toldBefore(f.date, main.date)) ||
        // "…killed 40 civilians last week. The attackers surrounded the village on the morning of March 14 and
        // executed men": the day within the week told, of an attack that tells nothing else of its own.
        (f.date !== null &&
          refines(f.date, main.date) &&
          f.tolls.length === 0 &&
          f.killed.size === 0 &&
          f.places.size === 0 &&
          !f.indefinite &&
          !f.another)) &&
      f.date &&
      !f.plural &&
      // "The Houthis said they had also sunk another vessel on Sunday": another attack's day.
      !toldAsAnother(f) &&
      (agrees(main, f) || detailsLede) &&
      (!conflicts(main, f) || f.alsoKilled) &&
      !otherKinds(main, f);
    // "…most of the rockets fell in open areas": what fell names the kind, as "the strikes" does.
    const word = ms.text.slice(f.triggerStart, f.triggerEnd);
    const anaphorKind = kindOfWord(word) ?? (/^(?:landed|fell)$/.test(word) && f.weapon ? f.eventType : undefined);
    // "X was killed in an airstrike…, in retaliation for a rocket attack… The strike on a building in Y also killed…":
    // the only attack of the kind the anaphor names is its antecedent, as the only attack told would be.
    const ofItsKind = anaphorKind ? open.filter((d) => d.frames.some((g) => g.eventType === anaphorKind)) : [];
    const alone = (d: Draft) => local.length === 1 || (ofItsKind.length === 1 && ofItsKind[0] === d);
    const claimOfTold = CLAIMED_THE.test(ms.text.slice(Math.max(0, f.triggerStart - 40), f.triggerStart));
    // "…an attack on a boat near Gao… Separately, a base in Bamba was attacked… X claimed the boat attack": the one
    // attack told with the word the anaphor is named by.
    const namedBy = f.anaphoric ? ANAPHOR_NAMED_BY.exec(ms.text.slice(0, f.triggerStart))?.[1] : undefined;
    // The word is letters only (ANAPHOR_NAMED_BY), so it is safe in a pattern.
    const asWord = namedBy ? new RegExp(`\\b${namedBy}\\b`, "i") : undefined;
    const toldWith = asWord ? open.filter((d) => d.frames.some((g) => asWord.test(g.sentence.text))) : [];
    // "The strikes near the town of X…" tells more of the strikes the article last told, not of "a drone attack".
    const antecedent =
      f.anaphoric && !f.plural
        ? [...(toldWith.length === 1 ? toldWith : open)].reverse().find(
            (d) =>
              !(thatOther && d === main) &&
              !kindToldElsewhere(open, d, f, anaphorKind) &&
              !d.frames.every((g) => g.reference) &&
              (sameNumber(d, f) || onlyWho(f)) &&
              // With one attack told so far, "the strike on the Sayyida Zeinab district" is that attack,
              // named by a place within the one first given (Damascus).
              // Strikes that somewhere else killed a number of their own are another attack of the wave (waveElsewhere).
              (agrees(d, f) ||
                (sameObject(d, f) && !otherPerpetrators(d, f)) ||
                (alone(d) &&
                  (f.number !== "plural" || (f.tolls.length === 0 && f.killed.size === 0)) &&
                  !otherPerpetrators(d, f))) &&
              // …and "X was also killed in the strike" adds to its dead.
              (!conflicts(d, f) || (alone(d) && !f.date && !otherPerpetrators(d, f))) &&
              // "the clashes" speak of fighting, not of strikes the article told before.
              !(f.eventType === "Armed clash" && !d.frames.some((g) => g.eventType === "Armed clash")) &&
              // A dated report only dates a thin, undated antecedent ("…carried out strikes. The strikes on Friday…").
              // The day a statement about it was made ("had announced on Tuesday") is no date of its own.
              // "…earlier this month. The strike on the hospital on 13 May": a day within the month told.
              // "…, the army said Friday. The army blamed the attack, which happened Thursday, on X": the day before
              // the one the attack was told on.
              // "…beheaded six villagers over the weekend. The attackers raided the village of X on Saturday night": the
              // same day, told again.
              (!f.date ||
                f.dateStated ||
                (!d.date && !specificDraft(d)) ||
                d.date?.date === f.date.date ||
                (d.date !== null && refines(f.date, d.date)) ||
                (d.date !== null && d.dateStated && toldBefore(f.date, d.date)) ||
                // "The PKK claimed the TUSAS attack on Friday": the day of the claim, after the attack's.
                (d.date !== null && claimOfTold && toldBefore(d.date, f.date))),
          )
        : undefined;
    // "The two members killed in Naqoura…": an undated report from a place the article has an attack in.
    const byPlace =
      !f.date && f.places.size > 0
        ? [...open]
            .reverse()
            .find(
              (d) =>
                overlaps(d.places, f.places) &&
                !otherPerpetrators(d, f) &&
                !turnedOn(d, f) &&
                !conflicts(d, f) &&
                !byAnOutsider(d, f, this.entities) &&
                !toldAsAnother(f),
            )
        : undefined;
    // "The US and UK carried out strikes against the Houthis. Jets hit 60 targets in Sanaa overnight on Thursday":
    // where and when for a strike told by whom, still waiting to be placed. "At least 20 soldiers were killed when
    // jihadists ambushed a convoy on Saturday. The convoy was travelling near X when it was attacked by Y": by whom and
    // where for one told by its day and dead.
    const awaiting =
      !f.indefinite && !f.plural
        ? [...open]
            .reverse()
            .find(
              (d) =>
                !specificDraft(d) &&
                (f.perpetrators.size === 0
                  ? d.perpetrators.size > 0
                  : d.perpetrators.size === 0 && d.places.size === 0 && !f.date && f.places.size > 0) &&
                agrees(d, f) &&
                !conflicts(d, f) &&
                (!d.date || !f.date || dayDiff(d.date.date, f.date.date) <= 1),
            )
        : undefined;
    // An anaphor ("the strike") points to the attack told last; other reports go to the article's main attack.
    // "Iran fired missiles at Tel Aviv. At least three people were killed in Israel": a bare toll right after
    // an attack is that attack's, not the article's first.
    const justTold =
      onlyToll(f) && lastFrame && lastFrame.sentence.sentence.index === ms.sentence.index - 1
        ? open.find(
            (d) =>
              d !== main &&
              d.frames.includes(lastFrame!) &&
              // "Israeli jets struck X, a day after a Houthi missile fell near Y… the strikes killed four": the strikes,
              // not the one missile told last.
              sameNumber(d, f) &&
              !kindToldElsewhere(open, d, f, anaphorKind) &&
              // "…after his father was assassinated in 2018. At least 20 others were wounded.": a death looked back on
              // in passing is not what the toll goes on telling.
              !d.frames.every((g) => g.reference) &&
              // "…killed four guards. Thirteen other people were injured.": the wounded of the attack just told.
              (f.tolls.length === 0
                ? !d.frames.some((g) => g.wounded.length > 0)
                : d.tolls.size === 0 && d.killed.size === 0),
          )
        : undefined;
    // "…a day after an Israeli strike in southern Lebanon killed X. The Israeli army said its jets struck a command
    // center in Jouaiya": where the one attack of that attacker the article told, still unplaced, fell.
    const byAttackerPlaced =
      !f.date && f.perpetrators.size > 0 && f.places.size > 0 && !f.indefinite && !f.plural
        ? open.filter(
            (d) =>
              d !== main &&
              d.places.size === 0 &&
              d.perpetrators.size > 0 &&
              overlaps(d.sides, f.sides) &&
              agrees(d, f) &&
              !conflicts(d, f),
          )
        : [];
    const byAttacker = byAttackerPlaced.length === 1 ? byAttackerPlaced[0] : undefined;
    // "…in retaliation for the drone attack that killed three soldiers at Tower 22": the attack told as what
    // another answered is an earlier one, joined only by its dead or its day.
    return f.answered
      ? (byKilled ?? byDate)
      : warSides(f)
        ? undefined
        : (byKilled ??
          byToll ??
          byNaming ??
          byDate ??
          byPlace ??
          justTold ??
          byAttacker ??
          (f.anaphoric
            ? (antecedent ?? (joinsMain || datesUndatedMain || ledeDead ? main : undefined))
            : joinsMain || datesUndatedMain || ledeDead
              ? main
              : awaiting));
  }

  /**
   * A new attack, with what the sentences just before told of it when it is the article's first: "The X claimed
   * responsibility for the attack. Its fighters opened fire on the train near Y on Tuesday" (the attack and its toll
   * told ahead); "…repelled a large-scale attack on the town of Y on Sunday. … Z claimed the attack" (its place and day,
   * told as a new attack, which "the attack" then points back to).
   */
  private firstDraft(f: Frame, ms: MarkedSentence): Draft {
    const d = draftOf(f);
    if (this.local.length > 0) return d;
    for (const g of this.ahead) {
      if (ms.sentence.index - g.sentence.sentence.index > 3 || !agrees(d, g) || conflicts(d, g)) continue;
      if (g.indefinite && !f.anaphoric) continue;
      // "The strikes followed an attack on X": the attack the strikes came after is not theirs.
      if (f.apartFrom === g) continue;
      addFrame(d, g);
      if (!d.date && g.date) {
        d.date = g.date;
        d.dateStated = g.dateStated;
      }
    }
    return d;
  }

  /** Where a frame goes: into the attack it joins, a new attack, or the frames kept aside. */
  private place(f: Frame, ms: MarkedSentence): void {
    const { local, loose, ahead } = this;
    this.fillIn(f, ms);
    // Attacks the sentence itself told apart ("…on Monday, hours after a drone struck Erbil") stay apart.
    const open = local.filter((d) => !f.apartFrom || !d.frames.includes(f.apartFrom));
    // "Separately, Turkish forces neutralized 12…": another event than those told before.
    const joined = SEPARATE_ONE.test(ms.text) ? undefined : this.joined(f, ms, open);
    const target = joined && open.includes(joined) ? joined : undefined;
    const sidesOfAWar = warSides(f);
    let { main } = this;
    const wave = target ? undefined : waveElsewhere(f, open);
    if (target) {
      addFrame(target, f);
      // "The BLA claimed the attacks": who did each of the attacks the article told, still unattributed.
      if (onlyWho(f) && f.number === "plural")
        for (const d of open) if (d !== target && d.perpetrators.size === 0 && specificDraft(d)) addFrame(d, f);
      if (
        f.date &&
        (!target.date ||
          (target.dateStated && !f.dateStated && f.date.precision === "day" && toldBefore(f.date, target.date)) ||
          (f.killed.size > 0 && !f.dateStated && !target.frames.some((g) => g !== f && g.killed.size > 0)) ||
          (f.killed.size > 0 &&
            overlaps(target.killed, f.killed) &&
            diedBefore(f.date, target.date, target.dateStated)) ||
          refines(f.date, target.date))
      ) {
        target.date = f.date;
        target.dateStated = f.dateStated;
      }
      main = local.find(specificDraft);
    } else if (sidesOfAWar) {
      loose.push(f);
    } else if (specific(f) && !(main && background(f))) {
      // "X and Y were also killed in the strikes on Tehran": named dead of the wave told before, elsewhere.
      if (wave) joinWave(f, wave);
      local.push(this.firstDraft(f, ms));
      main = local.find(specificDraft);
    } else if (wave) {
      joinWave(f, wave);
      local.push(draftOf(f));
    } else {
      // Who struck and when, or whom, but not yet where: an attack if the next sentences say where or when.
      // Beside the article's main attack, only one by others ("Days later, U.S. forces struck…").
      // So is an attack told by where and its toll ("an attack on a military school in Bamako that killed
      // more than 70"), if the next sentences say who or when.
      if (
        (f.perpetrators.size > 0 &&
          (!main ||
            (otherPerpetrators(main, f) && !background(f)) ||
            // "Last month, two teachers were shot dead by suspected X gunmen": the same attackers, another time.
            (main.date !== null && f.date !== null && !compatibleDates(main.date, f.date))) &&
          ((!f.plural &&
            (f.date?.precision === "day" || (f.attackVerb && f.targets.size > 0) || f.tolls.some((n) => n > 0))) ||
            f.wave)) ||
        (!main && !f.plural && f.places.size > 0 && f.tolls.some((n) => n > 0)) ||
        // …and one told by its day and toll ("Gunmen opened fire on a convoy on Thursday, killing 42"), or by the
        // wounded of a deed ("A missile struck near the airport on Sunday, wounding eight"), if the next sentences say
        // where.
        (!main &&
          !f.plural &&
          !f.generic &&
          f.date?.precision === "day" &&
          (f.tolls.some((n) => n > 0) || (f.attackVerb && f.wounded.some((n) => n > 0))))
      )
        local.push(this.firstDraft(f, ms));
      else if (
        local.length === 0 &&
        (((f.anaphoric || onlyToll(f)) && !f.indefinite) || introduces(f)) &&
        !f.plural &&
        !f.generic &&
        !f.answered &&
        !f.reference
      )
        ahead.push(f);
      loose.push(f);
    }
    this.main = main;
    this.lastFrame = f;
  }
}
