/**
 * Finds candidate names in a sentence and types them from their cues: registry hits, titles,
 * organisation heads, kunyas, appositive roles, verbs of saying and place prepositions.
 * It also records what the sentence says about two names being the same actor (acronyms, "also known as").
 * It does not decide which entity a name refers to: that is resolve/.
 */
import { numberOf } from "../text/numbers.ts";
import type { Sentence, Token } from "../text/sentences.ts";
import type { Registry } from "./registry.ts";
import type { Mention, SameAs } from "./types.ts";
import {
  AFTER_A_TAKEN_PLACE,
  APPOSITIVE_ENDS,
  ARMED_MEMBERS,
  ATTACK_DONE,
  ATTACK_NOUNS,
  BLAME_WORDS,
  BODY_QUALIFIERS,
  DIRECTION_SET,
  ENDING_HEAD_SET,
  FIGHTER_TRAILER_SET,
  FOLLOWERS,
  FORCE_NOUNS,
  GENERAL_BODIES,
  GENERIC_ORG_SET,
  GIVEN_NAME_SET,
  GROUP_WORD_GIVEN_NAME_SET,
  GROUP_APPOSITIVE_HEADS,
  GROUP_DEEDS,
  GROUP_KINDS,
  GROUP_NOUNS,
  GROUP_PLURALS,
  HONORIFIC_SET,
  IDENTIFIED_AS,
  IN_THE_AFTER,
  IDENTITY,
  KUNYA_SET,
  LEADING_HEADS,
  LEADING_STOP,
  LEADING_VERBS,
  LED_BY,
  MEMBERS,
  NAME_FORMING_TRAILERS,
  NATIONAL_BODY_HEADS,
  NON_ACTOR_HEAD_SET,
  LANDFORMS,
  NUMBERED_SITES,
  ORGAN_WORDS,
  ORG_HEAD_SET,
  ENGLISH_HEAD_SET,
  PEOPLE_NOUNS,
  ORG_PRECEDERS,
  ORG_TRAILER_SET,
  PARTICLES,
  PARTS_OF_A_GROUP,
  PERSON_PRECEDERS,
  PLACE_APPOSITIVE,
  PLACE_KEEP_TRAILERS,
  PLACE_PREFIX_SET,
  PLACE_PREPS,
  PLACE_TRAILER_SET,
  ROLES,
  ROMANCE_ARTICLES,
  ROMANCE_JOINERS,
  KIN_AND_STAFF,
  SITE_AFTER_NAME,
  UNIT_AFTER_NAME,
  SPANISH_PLURAL_ARTICLES,
  SPEECH,
  SPLIT_VERBS,
  STATE_MINISTRY_SET,
  STATE_ORGAN_SET,
  SUBUNITS,
  TAKING_VERBS,
  TITLES_BY_FIRST,
  VESSEL_PREFIX_SET,
  WINGS_OF_A_GROUP,
  pluralOfAPlaceKind,
} from "./cues.ts";
import { type Nickname, withoutNicknames } from "./nicknames.ts";
import {
  DEFINED_CONNECTORS,
  bracketAcronymAt,
  bracketLetters,
  chunks,
  definedNameEnd,
  initialsOf,
  isAcronym,
  isCapWord,
  isTitleCase,
  izafaHead,
  titleOver,
} from "./runs.ts";
import { findSameAs } from "./same-as.ts";

export interface SentenceMentions {
  mentions: Mention[];
  sameAs: SameAs[];
}

/** What a base is before "base": "King Khalid air base", "the Flamingo naval base". */
const MILITARY_SITE_KIND = /^(?:air|naval|navy|military|army)$/;

const INCLUDES = /^(?:includes|include|comprises|comprise)$/;

/** People a report counts before naming them: "three journalists, X, Y and Z". */
const PEOPLE_COUNTED =
  /^(?:journalists|soldiers|civilians|officers|policemen|people|men|women|children|brothers|sons|commanders|officials|members|fighters|workers|doctors|paramedics)$/;

/** What befalls a person, told after "was": "found dead", "shot", "kidnapped". */
const DONE_TO_A_PERSON =
  /^ (?:been )?(?:found dead|shot|killed|assassinated|murdered|kidnapped|abducted|beheaded|stabbed|gunned down)\b/;

/**
 * Words for a way between two places: "travelling between Djibo and Arbinda", "the highway between X and Y", "was
 * ambushed between Kidal and Anefis".
 */
const WAY_BEFORE_BETWEEN =
  /^(?:travell?ing|moving|driving|heading|road|roads|highway|route|axis|stretch|corridor|ambushed|ambush)$/;

/** "a criminal group known as", "a gang called": a group's name follows. */
const GROUP_KNOWN_AS = new RegExp(
  `\\b(?:${[...GROUP_APPOSITIVE_HEADS, "gang", "cartel"].join("|")}) (?:known as|called|calling itself) (?:the )?$`,
);

/** An institution named by the place it is of: "the University of Karachi", "the Hospital of X". */
const INSTITUTION = /^(?:University|College|Hospital|Institute|Academy)$/;

/** Words that open a sentence and are no name's there: "Let us…", "Yet the army…". */
const SENTENCE_OPENERS = /^(?:Let|Yet)$/;

/** The last word of a unit's name: "the Tulkarm Battalion". */
const UNIT_HEAD = /^(?:Battalions?|Brigades?|Regiments?|Divisions?|Units?|Squads?|Wing|Branch|Front)$/;

/** What a group has that a man has not: "sub-leader", "faction", "members" after a name tell a group named after a man. */
const GROUPS_OWN = /^(?:sub-leaders?|leaders?|members|factions?|group)$/;

/** Sites of a town's life that no armed group owns: "El Fasher's only functioning hospital". */
const CIVIC_SITE =
  /^(?:hospitals?|airport|port|market|markets|mosques?|church|churches|schools?|university|railway|station|square|stadium|prison|refinery|bridge|suburbs|outskirts|neighbou?rhoods?|districts?)$/;

/** "Indian-administered", "rebel-held": the word after the hyphen that tells who holds the land named next. */
const HELD_BY = /^(?:administered|controlled|held|occupied|annexed)$/;

/** "the Houthi-controlled Saba news agency", "Hamas-run Al-Aqsa TV": a medium told by who runs it, not a land. */
const MEDIA = /^(?:tv|television|channel|radio|news|agency|newspaper|broadcaster|outlet|website)$/;

/** Parts of a place a name is told in: "the centre of Sumy", "the outskirts of Tripoli". */
const PART_OF_A_PLACE = /^(?:cent(?:re|er)|outskirts|suburbs|heart|edge|parts)$/;

/**
 * "the department of Guaviare", "the commune of Ansongo": units a country is divided into, told before the name; after
 * it they may name an office ("the State Department").
 */
const UNITS_OF_A_COUNTRY = new Set(["department", "departments", "commune", "prefecture", "woreda", "barangay"]);

/** A kind of place told before "of" its name: "the town of", "the cities of", "the department of". */
const kindOfPlace = (w: string) =>
  PLACE_TRAILER_SET.has(w.replace(/ies$/, "y").replace(/(?<=[a-z])s$/, "")) || UNITS_OF_A_COUNTRY.has(w);

/** Nouns a ship's name follows: "the cargo ship Eternity C", "the tanker Sounion". */
const VESSELS = new Set([
  "ship",
  "vessel",
  "tanker",
  "freighter",
  "carrier",
  "bulker",
  "boat",
  "trawler",
  "frigate",
  "destroyer",
  "corvette",
  "submarine",
  "yacht",
]);

/** A word that names a kind of place or site, in the singular or plural ("district", "camps"). */
const isSite = (w: string) => {
  const one = w.endsWith("s") ? w.slice(0, -1) : w;
  return PLACE_TRAILER_SET.has(w) || SITE_AFTER_NAME.has(w) || PLACE_TRAILER_SET.has(one) || SITE_AFTER_NAME.has(one);
};

/** The word after a group's name and a hyphen that ties what follows to it: "the al-Qaeda-linked X", "Iran-backed". */
const TIED_PARTICIPLE = /^(?:linked|backed|affiliated|aligned|allied|inspired)$/;

/** People an attack is told to have hit, named by where they are from: "attacks on Punjabi workers". */
const PEOPLE_HIT =
  /^(?:workers|labou?rers|civilians|people|travell?ers|passengers|pilgrims|settlers|farmers|herders|fishermen|students|traders|villagers|migrants|truckers|drivers)$/;

export function findMentions(s: Sentence, registry: Registry): SentenceMentions {
  return new MentionSearch(s, registry).run();
}

/** A word a list of names may hold: a name's own, "and", a comma, "the", or a number ("the 400 Mawozo"). */
const inNameList = (t: Token) => /^(?:,|and|the|\d+)$/.test(t.text) || isCapWord(t);

/** What runs between two places: "the road between X and Y", "a convoy between X and Y". */
const WAY_NOUNS = /^(?:road|roads|highway|route|convoy|stretch|towns|villages|cities|axis)$/;

/**
 * The search of one sentence: its tokens (nicknames taken out), the mentions found so far and the tokens they
 * cover. A class, so that its helpers are made once: as closures they were made for every sentence, and tsx
 * names each closure it makes, which cost a third of the search's time.
 */
class MentionSearch {
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly nicknames: Nickname[];
  private readonly mentions: Mention[] = [];
  private readonly taken: boolean[];
  private n = 0;

  constructor(
    private readonly s: Sentence,
    private readonly registry: Registry,
  ) {
    this.text = s.text;
    ({ tokens: this.tokens, nicknames: this.nicknames } = withoutNicknames(s.tokens, s.text));
    this.taken = new Array<boolean>(this.tokens.length).fill(false);
  }

  run(): SentenceMentions {
    // 1. Registry phrases, including lower-case ones no capitalisation rule would find.
    for (const { match: m, hit } of this.registry.phrasesIn(this.text)) {
      const ts = this.tokenAt(m.index);
      const te = this.tokenAt(m.index + m[0].length - 1) + 1;
      if (ts < 0 || te <= ts || this.taken.slice(ts, te).some(Boolean)) continue;
      if (this.arabicNameGoesOn(te)) continue;
      // "Al-Qaeda in the Arabian Peninsula (AQAP)": a longer name its acronym defines starts with the phrase.
      if (DEFINED_CONNECTORS.has(this.tokens[te]?.text ?? "") && definedNameEnd(this.tokens, te) > te) continue;
      // "Al-Qaeda in the Islamic Maghreb": a branch named after the group and where it fights, with no acronym to
      // close it.
      if (this.branchInTheAt(te)) continue;
      this.make(ts, te, hit.label, ["registry"], { canonical: hit.name, form: hit.form });
    }

    // 2. Capitalised chunks.
    for (const c of isTitleCase(this.text) ? [] : chunks(this.tokens)) {
      if (this.taken.slice(c.ts, c.te).some(Boolean)) continue;
      this.classifyChunk(c.ts, c.te);
    }

    this.mentions.sort((a, b) => a.start - b.start);
    groupsListedTogether(this.text, this.mentions);
    return { mentions: this.mentions, sameAs: findSameAs(this.s, this.mentions) };
  }

  /** Whether "in the" and a capitalised word follow a group's name ending at `te` ("Al-Qaeda in the Islamic Maghreb"). */
  private branchInTheAt(te: number): boolean {
    const next = this.tokens[te + 2];
    return (
      IN_THE_AFTER.has(this.tokens[te - 1]!.text) &&
      this.tokens[te]?.text === "in" &&
      this.tokens[te + 1]?.text === "the" &&
      next !== undefined &&
      isCapWord(next)
    );
  }

  /** The nickname told inside the text from `start` to `end`, if any. */
  private nicknameWithin(start: number, end: number) {
    return this.nicknames.find((x) => start < x.start && x.end < end);
  }
  /** The text of tokens [ts, te): the sentence's words, without a nickname the span holds. */
  private spanText(ts: number, te: number) {
    const start = this.tokens[ts]!.start;
    const end = this.tokens[te - 1]!.end;
    const nick = this.nicknameWithin(start, end);
    return nick
      ? `${this.text.slice(start, nick.start).trimEnd()} ${this.text.slice(nick.end, end).trimStart()}`
      : this.text.slice(start, end);
  }
  private make(ts: number, te: number, label: Mention["label"], cues: string[], extra: Partial<Mention> = {}): Mention {
    const m: Mention = {
      id: `${this.s.index}:${this.n++}`,
      sentence: this.s.index,
      start: this.tokens[ts]!.start,
      end: this.tokens[te - 1]!.end,
      tokenStart: ts,
      tokenEnd: te,
      surface: this.spanText(ts, te),
      label,
      cues,
      ...extra,
    };
    const nick = this.nicknameWithin(m.start, m.end);
    if (nick) {
      m.aliases = [nick.name];
      // Only a person's name holds a nickname between its given name and its surname.
      if (m.label === null) {
        m.label = "Person";
        m.cues = [...m.cues, "nickname"];
      }
    }
    this.mentions.push(m);
    for (let k = ts; k < te; k++) this.taken[k] = true;
    return m;
  }
  private tokenAt(offset: number) {
    return this.tokens.findIndex((t) => t.start <= offset && offset < t.end);
  }

  /** The titles that may start at token `k`: those whose first part it is. */
  private titlesAt(k: number) {
    return TITLES_BY_FIRST.get(this.tokens[k]?.text ?? "") ?? [];
  }

  /**
   * Whether an acronym in brackets after token `te` spells more than `head`, the start of the run `run`: it starts
   * with the head's initials ("United Nations Support Mission in Libya (UNSMIL)"), or with its first and then
   * follows the run's words ("African Union Transition Mission in Somalia (ATMIS)").
   */
  private acronymSpells(head: string, run: string, te: number): boolean {
    if (!bracketAcronymAt(this.tokens, te)) return false;
    const initials = initialsOf(head, true);
    const acronym = this.tokens[te + 1]!.text;
    if (initials.length === 0 || acronym.length <= initials.length) return false;
    if (acronym.startsWith(initials)) return true;
    let at = 0;
    for (const letter of initialsOf(run, false)) if (letter === acronym[at]) at++;
    return acronym[0] === initials[0] && at === acronym.length;
  }

  /**
   * Whether the name at token `ts` is what a group or force was just called: "Congo's army, the FARDC,", "local
   * militias known as Wazalendo", "clan militias, known as the Macawisley", "a group called X", "fighters of the X",
   * "the UN mission in Y, X,", "the charity X".
   */
  private namedAsAGroup(ts: number): boolean {
    const word = (k: number) => this.tokens[k]?.text.toLowerCase() ?? "";
    if (word(ts - 1) === "the" && word(ts - 2) === ",") return FORCE_NOUNS.has(word(ts - 3));
    // "the UN mission in the Central African Republic, MINUSCA,", "the UN mission in the Central African Republic
    // (MINUSCA)", "the African Union mission, AUSSOM", "the African Union mission AUSSOM": the acronym of the mission
    // just told.
    if (word(ts - 1) === "mission" && /^[A-Z]{3,}$/.test(this.tokens[ts]!.text)) return true;
    if ((word(ts - 1) === "," || word(ts - 1) === "(") && /^[A-Z]{3,}$/.test(this.tokens[ts]!.text))
      for (let k = ts - 2; k >= Math.max(0, ts - 10) && word(k) !== ","; k--) if (word(k) === "mission") return true;
    // "aid workers with the charity World Vision", "the relief organisation X": a group told by what it is; not "the
    // group Jolani led", whose leader follows.
    if (
      /^(?:charity|organi[sz]ation|ngo)$/.test(word(ts - 1)) &&
      /^(?:the|aid|relief|humanitarian)$/.test(word(ts - 2))
    )
      return true;
    // "a little-known group called Jund al-Khilafa"; not "The group named Yousef al-Madani as his successor", where the
    // group it spoke of names a man.
    if (word(ts - 1) === "called" || word(ts - 1) === "named")
      return GROUP_NOUNS.has(word(ts - 2)) && !(word(ts - 1) === "named" && /^(?:the|its|their)$/.test(word(ts - 3)));
    // The word before the name, past "the".
    const of = word(ts - 1) === "the" ? ts - 2 : ts - 1;
    // "A group calling itself the Thawriyun claimed the attack": the name a group gives itself.
    if (word(of) === "itself" && word(of - 1) === "calling") return true;
    // "fighters of the Segunda Marquetalia".
    if (word(of) === "of" && ARMED_MEMBERS.has(word(of - 1))) return true;
    // "a dissident faction of the FARC", "the armed wing of Hamas".
    if (word(of) === "of" && PARTS_OF_A_GROUP.has(word(of - 1)))
      return word(of - 1) !== "wing" || WINGS_OF_A_GROUP.has(word(of - 2));
    // "the Jaime Martínez front of the EMC": the group a unit just named belongs to.
    const unit = this.mentions[this.mentions.length - 1];
    if (word(of) === "of" && UNIT_AFTER_NAME.has(word(of - 1)) && unit?.label === "Organization")
      return unit.tokenEnd === of;
    // "militias known as Wazalendo", "clan militias, known as the Macawisley".
    const as = word(ts - 1) === "the" ? ts - 2 : ts - 1;
    if (word(as) !== "as" || word(as - 1) !== "known") return false;
    return FORCE_NOUNS.has(word(word(as - 2) === "," ? as - 3 : as - 2));
  }

  /** Whether the name at `ts` follows "launched by (the)", "carried out by (the)": the doer of an attack. */
  private attackBy(ts: number): boolean {
    const word = (k: number) => this.tokens[k]?.text.toLowerCase() ?? "";
    const by = word(ts - 1) === "the" ? ts - 2 : ts - 1;
    return word(by) === "by" && ATTACK_DONE.has(word(by - 1));
  }

  /** Whether places of a kind, in the plural, were told in the few words before token `ts` ("in seven towns, …"). */
  private placesTold(ts: number): boolean {
    for (let k = Math.max(0, ts - 10); k < ts; k++) {
      if (pluralOfAPlaceKind(this.tokens[k]!.text.toLowerCase())) return true;
    }
    return false;
  }

  /** "Hezbollah's top military commander" from token `k`: a name, its possessive, then a role within three words. */
  private possessiveRoleAfter(k: number): boolean {
    let j = k;
    while (j < k + 4 && this.tokens[j] && isCapWord(this.tokens[j]!)) j++;
    if (j === k || !/^['’]s$/.test(this.tokens[j]?.text ?? "")) return false;
    for (let n = j + 1; n <= j + 3 && this.tokens[n]; n++)
      if (ROLES.has(this.tokens[n]!.text.toLowerCase())) return true;
    return false;
  }

  /** Whether a title ("Prime Minister", "Sheikh") starts at token `k`. */
  private titleAt(k: number): boolean {
    return this.titlesAt(k).some(({ parts }) => parts.every((p, i) => this.tokens[k + i]?.text === p));
  }

  /**
   * The head noun of the appositive that starts at token `k` (a comma): its last word before a
   * relative clause, a preposition or the end of the phrase ("a rights group", "a commander of…").
   */
  private appositiveHead(k: number): string {
    // "…parts of South Kordofan, joined the RSF-led Tasis alliance": a verb after the comma goes on with the clause.
    if (["VERB", "AUX"].includes(this.tokens[k + 1]?.pos ?? "")) return "";
    let head = "";
    let named = false;
    for (let j = k + 1; j < Math.min(this.tokens.length, k + 8); j++) {
      const w = this.tokens[j]!.text.toLowerCase();
      if (APPOSITIVE_ENDS.has(w) || /^[^\w'’-]+$/.test(w)) break;
      // "the Pakistan-based militant group blamed for…", "a group tracking…": a participle after the head starts its
      // modifier.
      // "killed its top commander, X, the militant group confirmed": who tells it, not what X is.
      if (GROUP_APPOSITIVE_HEADS.has(head) && SPEECH.has(w)) return "";
      if (GROUP_APPOSITIVE_HEADS.has(head) && /(?:ed|ing)$/.test(w)) break;
      head = w;
      named = /^\p{Lu}/u.test(this.tokens[j]!.text);
    }
    // "…Nouri al-Maliki, the Badr Organisation headed by…": a name of its own, the next of a list.
    return named ? "" : head;
  }

  /** Whether the name found last is of `label` and ends right before token `ts` ("the villages of A and B"). */
  private namedRightBefore(ts: number, label: Mention["label"]): boolean {
    const last = this.mentions[this.mentions.length - 1];
    return last?.label === label && last.tokenEnd === ts - 1;
  }

  /** The text of up to `chars` characters before token `k`: what a pattern before a name reads. */
  private textBefore(k: number, chars: number): string {
    const at = this.tokens[k]!.start;
    return this.text.slice(Math.max(0, at - chars), at);
  }

  /** "…and his office manager, Jihad Labad": whether the name at `ts` follows a person's staff, told by "his" or "her". */
  private staffOfAPersonBefore(ts: number): boolean {
    return /\b(?:[Hh]is|[Hh]er) (?:[a-z-]+ ){0,2}[a-z-]+, $/.test(this.textBefore(ts, 50));
  }

  /** Whether the tokens after the "'s" at `k` name a town's site: "'s only functioning hospital", "'s main market". */
  private ownsACivicSite(k: number): boolean {
    for (let j = k + 1; j < Math.min(this.tokens.length, k + 5); j++) {
      const w = this.tokens[j]!.text;
      if (CIVIC_SITE.test(w)) return true;
      if (!/^[a-z-]+$/.test(w)) return false;
    }
    return false;
  }

  /** Whether the name at token `ts` follows a word of where: "in", "near the". */
  private toldAsWhere(ts: number): boolean {
    const prev = this.tokens[ts - 1]?.text.toLowerCase() ?? "";
    return PLACE_PREPS.has(prev) || (prev === "the" && PLACE_PREPS.has(this.tokens[ts - 2]?.text.toLowerCase() ?? ""));
  }

  /** Whether a state's name ends before token `k` (its "'s"), told as where: "in Lebanon's", "strikes on Yemen's". */
  private ownedByAStateWhere(k: number): boolean {
    const state = this.mentions[this.mentions.length - 1];
    if (state?.label !== "State" || state.tokenEnd !== k) return false;
    const before = this.tokens[state.tokenStart - 1]?.text.toLowerCase() ?? "";
    const before2 = this.tokens[state.tokenStart - 2]?.text.toLowerCase() ?? "";
    return PLACE_PREPS.has(before) || (before === "on" && ATTACK_NOUNS.has(before2));
  }

  /**
   * "the group's commander in the area, X", "a spokesman for the junta, X": a role, then where or for whom it is held,
   * ending at token `k` before the name.
   */
  private roleHeldBefore(k: number): boolean {
    // "the commander in Gaza, X", "its leader in the Gojjam zone, X", "a spokesman for the junta, X", "the mayor of the
    // Mexican city of Chilpancingo, X", "a former commander of Assad's Republican Guard, X": a short place or body
    // after the role, of up to two names, with whose it is.
    let names = 0;
    let reach = 8;
    for (let j = k; j > Math.max(0, k - reach); j--) {
      const w = this.tokens[j]!.text;
      // "a senior official of the Patriotic Union of Kurdistan (PUK), X": the acronym given in brackets.
      if (w === ")" && this.tokens[j - 2]?.text === "(") {
        j -= 2;
        reach += 3;
        continue;
      }
      // "the Emir of Gobir, X": a role written with a capital.
      if (j < k && ROLES.has(w.toLowerCase()) && /^(?:in|for|of)$/.test(this.tokens[j + 1]!.text)) return true;
      if (/^[A-Z][a-z]+$/.test(w) && ++names <= 3) continue;
      if (/^['’]s$/.test(w) && names > 0) continue;
      if (!/^[a-z]+$/.test(w)) return false;
      // "Two commanders of the Qassam Brigades, X and Y": the role, one or many.
      const role = ROLES.has(w) || ROLES.has(w.replace(/s$/, ""));
      if (j < k && role && /^(?:in|for|of)$/.test(this.tokens[j + 1]!.text)) return true;
    }
    return false;
  }

  /** The registry name the run starts with, shorter than the run. */
  private registryPrefix(ts: number, te: number) {
    for (let k = te - 1; k > ts; k--) {
      const h = this.registry.lookup(this.spanText(ts, k));
      if (h) return h;
    }
    return undefined;
  }

  /** Whether the name ending at `te` is one of a list that a plural of a place's kind closes ("A and B provinces"). */
  private listedBeforePlaces(te: number): boolean {
    for (let k = te; k < this.tokens.length && k < te + 8; k++) {
      const t = this.tokens[k]!;
      if (t.text === "and" || t.text === "," || isCapWord(t)) continue;
      const w = t.text.toLowerCase();
      return k > te && pluralOfAPlaceKind(w);
    }
    return false;
  }

  /** Whether the name at `ts` follows "groups such as (the)", "militias such as". */
  private suchAsGroups(ts: number): boolean {
    let k = ts - 1;
    if (/^the$/i.test(this.tokens[k]?.text ?? "")) k--;
    return (
      this.tokens[k]?.text === "as" &&
      this.tokens[k - 1]?.text === "such" &&
      GROUP_PLURALS.has(this.tokens[k - 2]?.text.toLowerCase() ?? "")
    );
  }

  /**
   * "an alliance of gangs that includes the 400 Mawozo and Gran Grif": whether the name at `ts` is listed among what a
   * group of groups includes.
   */
  private listedInAGroup(ts: number): boolean {
    let k = ts - 1;
    while (k > ts - 12 && k > 0 && !INCLUDES.test(this.tokens[k]!.text)) {
      if (!inNameList(this.tokens[k]!)) return false;
      k--;
    }
    if (!INCLUDES.test(this.tokens[k]?.text ?? "")) return false;
    if (!/^(?:that|which)$/.test(this.tokens[k - 1]?.text ?? "")) return false;
    return this.tokens
      .slice(Math.max(0, k - 6), k - 1)
      .some((t) => GROUP_PLURALS.has(t.text.toLowerCase()) || GROUP_NOUNS.has(t.text.toLowerCase()));
  }

  /** Whether the name ending at `te` opens a list of names that a plural group noun closes: "X and Y gangs". */
  private listedBeforeGroupPlural(te: number): boolean {
    if (!/^(?:and|,)$/.test(this.tokens[te]?.text ?? "")) return false;
    let k = te + 1;
    while (k < te + 8 && k < this.tokens.length) {
      const w = this.tokens[k]!.text;
      // "Village de Dieu": a name's inner particle goes on with it.
      if (!(inNameList(this.tokens[k]!) || ROMANCE_JOINERS.has(w) || ROMANCE_ARTICLES.has(w) || PARTICLES.has(w)))
        break;
      k++;
    }
    return k > te + 1 && GROUP_PLURALS.has(this.tokens[k]?.text ?? "");
  }

  /** "Riyadh al-Samarrai": a name that runs on into "al-…" is a person's given name, not the capital or state it spells. */
  private arabicNameGoesOn(te: number): boolean {
    return (
      PARTICLES.has(this.tokens[te]?.text ?? "") &&
      this.tokens[te + 1]?.text === "-" &&
      !this.tokens[te + 1]!.spaceBefore
    );
  }

  /**
   * "a school in Let Yet Kone village": a word that opens sentences ("Let", "Yet") told capitalised inside one begins a
   * name.
   */
  private openerInsideAName(k: number): boolean {
    return k > 0 && SENTENCE_OPENERS.test(this.tokens[k]!.text) && /^[\p{L}\d,]/u.test(this.tokens[k - 1]!.text);
  }

  private classifyChunk(ts0: number, te0: number) {
    let ts = ts0;
    let te = te0;
    const organName = this.tokens.slice(ts + 1, te).some((t) => ORG_HEAD_SET.has(t.text.toLowerCase()));
    while (
      ts < te &&
      !this.numberedName(ts, te) &&
      ((LEADING_STOP.has(this.tokens[ts]!.text.toLowerCase()) && !this.openerInsideAName(ts)) ||
        // "the Sunni Islamist group HTS", "Kurdish Syrian Democratic Forces": an identity told of a group; but "the
        // Christian Association of Nigeria", "the Kurdish Democratic Party of Iran" are names that start with one.
        (IDENTITY.has(this.tokens[ts]!.text) && !(organName && !this.registry.lookup(this.spanText(ts + 1, te))))) &&
      // "the Military Council": a word of an organ before a group's head starts its name.
      !(
        organName &&
        (ts === ts0 || /^the$/i.test(this.tokens[ts - 1]!.text)) &&
        ORGAN_WORDS.has(this.tokens[ts]!.text.toLowerCase())
      )
    )
      ts++;
    // "Communist New People's Army (NPA) guerrillas": a word the acronym after the name leaves out describes the group.
    if (
      te - ts >= 3 &&
      bracketAcronymAt(this.tokens, te) &&
      initialsOf(this.spanText(ts, te), true) !== bracketLetters(this.tokens, te) &&
      initialsOf(this.spanText(ts + 1, te), true) === bracketLetters(this.tokens, te)
    )
      ts++;
    if (ts >= te) return;
    // "at the University of Karachi": an institution's word before "of" names no place of its own; the city does.
    if (te - ts === 1 && INSTITUTION.test(this.tokens[ts]!.text) && this.tokens[te]?.text === "of") return;
    // "a pro-Islamic State group": the rest of a known name a prefixed word starts, which tells an allegiance, not
    // an actor of its own ("the pro-Iran Kataib Hezbollah" names two).
    const prefixed = /^(?:pro|anti|non|ex)-(\p{Lu}[\p{L}'’]*)$/u.exec(this.tokens[ts - 1]?.text ?? "");
    if (prefixed && this.registry.lookup(`${prefixed[1]} ${this.spanText(ts, te)}`)) return;
    // "a Barbados-flagged ship": the flag a ship sails under names no actor.
    if (this.tokens[te]?.text === "-" && /^(?:flagged|registered)$/.test(this.tokens[te + 1]?.text ?? "")) return;
    const lastWord = this.tokens[te - 1]!.text;
    const whole = this.spanText(ts, te);
    const hit = this.registry.lookup(whole);
    // "Red Sea" is a registry place, though a sea is no actor and no place of the graph otherwise; "Sunni
    // Muslims" are no actor, but "the Group for the Support of Islam and Muslims (JNIM)" is, and so is "the
    // Government of National Accord", whose head is its first word.
    const headFirst =
      ORG_HEAD_SET.has(this.tokens[ts]!.text.toLowerCase()) && /^(?:of|for)$/.test(this.tokens[ts + 1]?.text ?? "");
    // "the Ain al-Hilweh Palestinian refugee camp", "the Shatila Palestinian camp": a people's word after a place's name
    // says whose the camp is.
    if (!hit && te - ts >= 2 && this.tokens[te - 2]!.text !== "-" && /^\p{Ll}/u.test(this.tokens[te]?.text ?? "")) {
      const people = this.registry.lookup(lastWord);
      if (people?.form === "demonym") {
        this.classifyChunk(ts, te - 1);
        this.classifyChunk(te - 1, te);
        return;
      }
    }
    // "Radio Dabanga", "Radio Okapi": a station named after its medium, first, is the press too.
    const station = /^(?:Radio|Télé|Tele|TV)$/.test(this.tokens[ts]!.text) && te - ts >= 2;
    if (
      !hit &&
      (station ||
        (NON_ACTOR_HEAD_SET.has(lastWord) && !headFirst) ||
        (IDENTITY.has(lastWord) && !bracketAcronymAt(this.tokens, te)))
    ) {
      // "Iraqi Shi'ite leader X": the state before the identity is named all the same.
      if (IDENTITY.has(lastWord) && te - ts > 1) this.classifyChunk(ts, te - 1);
      // "strikes in the Golis Mountains", "an ambush in the Swat Valley": a landform told as where is a place.
      else if (LANDFORMS.has(lastWord) && te - ts >= 2 && this.toldAsWhere(ts))
        this.make(ts, te, "Place", ["landform"]);
      return;
    }
    const split = this.splitPoint(ts, te);
    if (split > ts) {
      this.classifyChunk(ts, split);
      this.classifyChunk(split, te);
      return;
    }
    const isNonActor = this.registry.isNonActor(whole);
    // "the Justice and Equality Movement (JEM)": an acronym the text spells out names that group, not another group the
    // registry knows by the same letters.
    const spelled = this.mentions[this.mentions.length - 1];
    if (
      hit?.label === "Organization" &&
      te - ts === 1 &&
      this.tokens[ts - 1]?.text === "(" &&
      spelled?.label === "Organization" &&
      spelled.tokenEnd === ts - 1 &&
      spelled.canonical !== hit.name &&
      initialsOf(spelled.surface, true) === whole
    ) {
      this.make(ts, te, "Organization", ["defined-acronym"]);
      return;
    }
    // "the leader of the Tokyo gang", Haiti's "Taliban gang": a gang named after a place or like a known group is a
    // group of its own; the registry knows no gangs.
    if (
      (hit?.label === "Place" || hit?.label === "Organization" || hit?.form === "capital") &&
      /^(?:gangs?|cartel)$/.test(this.tokens[te]?.text ?? "")
    ) {
      this.make(ts, te + 1, "Organization", ["org-trailer"]);
      return;
    }
    if (hit) return this.registryMention(ts, te, hit);
    // "since launching Operation Claw-Lock", "launched Operation 1027": a military operation's name names an event, not
    // an actor.
    if (this.tokens[ts]!.text === "Operation" && (te - ts >= 2 || /^\d/.test(this.tokens[te]?.text ?? ""))) return;
    // "Harakat Ansar al-Dam": a word after an Arabic article is Arabic ("blood"), not an English place word.
    const last = this.tokens[te - 1]!.start;
    const arabicLast = /(?:^|\W)[Aa]l-$/.test(this.text.slice(Math.max(0, last - 4), last));
    // "the Kenya Police Reserve", "the Army Reserve": a force's reserve, not a nature reserve.
    const forceReserve =
      /^Reserves?$/.test(lastWord) && /^(?:Police|Army|Force|Forces|Guard|Military)$/.test(this.tokens[te - 2]!.text);
    if (forceReserve) {
      this.make(ts, te, "Organization", ["org-head"]);
      return;
    }
    if (PLACE_TRAILER_SET.has(lastWord.toLowerCase()) && te - ts >= 2 && !isNonActor && !arabicLast) {
      // "Islamic State West Africa Province", "the Islamic State's Mozambique Province": a group's branch
      // named after its region is a group.
      const owner = this.mentions[this.mentions.length - 1];
      // "Sinai Province, an Islamic State affiliate,": what the name is said to be.
      const branch =
        this.registryPrefix(ts, te)?.label === "Organization" ||
        (this.tokens[te]?.text === "," && GROUP_APPOSITIVE_HEADS.has(this.appositiveHead(te))) ||
        (/^['’]s$/.test(this.tokens[ts - 1]?.text ?? "") &&
          owner?.tokenEnd === ts - 1 &&
          owner.label === "Organization") ||
        // "…pledged allegiance to the Islamic State and operates as its Central Africa Province".
        (this.tokens[ts - 1]?.text === "its" && lastWord === "Province" && owner?.label === "Organization");
      this.make(ts, te, branch ? "Organization" : "Place", [branch ? "group-branch" : "place-trailer"]);
      return;
    }
    // "the Guards' Quds Force": a plural possessor before a known name, not one name like "Workers' Party".
    for (let k = ts + 1; k < te - 1; k++) {
      if (!/^['’]$/.test(this.tokens[k]!.text)) continue;
      const rest = this.text.slice(this.tokens[k + 1]!.start, this.tokens[te - 1]!.end);
      if (this.registry.lookup(rest)) {
        this.classifyChunk(ts, k);
        this.classifyChunk(k + 1, te);
        return;
      }
    }
    // "the Tulkarm Battalion of Palestinian Islamic Jihad": a unit, and the known group it is of; "the 33rd Front of the
    // Central General Staff (EMC)": a unit, and the group the acronym after it names (it spells not the whole).
    const acronymOfRest =
      bracketAcronymAt(this.tokens, te) &&
      ![true, false].some((capitalOnly) => initialsOf(whole, capitalOnly) === bracketLetters(this.tokens, te));
    for (let k = ts + 2; k < te - 1; k++) {
      if (this.tokens[k]!.text !== "of" || !UNIT_HEAD.test(this.tokens[k - 1]!.text)) continue;
      const rest = this.text.slice(this.tokens[k + 1]!.start, this.tokens[te - 1]!.end);
      if (
        this.registry.lookup(rest)?.label === "Organization" ||
        (acronymOfRest && /^the$/i.test(this.tokens[k + 1]!.text))
      ) {
        this.classifyChunk(ts, k);
        this.classifyChunk(k + 1, te);
        return;
      }
    }
    // "the Jordanian-Syrian border": two states, not a place called "Jordanian-Syrian".
    if (te - ts === 3 && this.tokens[ts + 1]!.text === "-") {
      const a = this.registry.lookup(this.tokens[ts]!.text);
      const b = this.registry.lookup(this.tokens[ts + 2]!.text);
      if (a?.label === "State" && b?.label === "State") {
        this.registryMention(ts, ts + 1, a);
        this.registryMention(ts + 2, te, b);
        return;
      }
    }
    if (isNonActor) return;

    // "the Islamic State in the Sahel": a known group's branch, named by its region.
    for (let k = ts + 1; k + 2 < te; k++)
      if (
        this.tokens[k]!.text === "in" &&
        this.tokens[k + 1]!.text === "the" &&
        this.registry.lookup(this.spanText(ts, k))?.label === "Organization"
      ) {
        this.make(ts, te, "Organization", ["group-branch"]);
        return;
      }

    // A leading state or demonym modifies what follows ("Iraqi Prime Minister X", "US President X").
    if (te - ts >= 2) {
      for (let k = Math.min(te - 1, ts + 3); k > ts; k--) {
        if (this.tokens[k - 1]!.text === "-" || this.tokens[k]!.text === "-") continue;
        const head = this.spanText(ts, k);
        const h = this.registry.lookup(head);
        const rest = this.tokens.slice(k, te).map((t) => t.text);
        if (
          h &&
          // "Gaza City" is a place of its own, not Gaza and a word after it; "Kurdistan Region Prime Minister X"
          // is a place and a titled person.
          (h.label !== "Place" || this.titleAt(k)) &&
          !this.arabicNameGoesOn(k) &&
          !(
            h.label === "State" &&
            (rest.some((w) =>
              ["Ministry", "Parliament", "Council", "Command", "Army", "Observatory", "Authority"].includes(w),
            ) ||
              // "Syrian Democratic Forces", "Iraqi Security Forces": a national body's own name.
              (NATIONAL_BODY_HEADS.has(rest[rest.length - 1]!) && !this.registry.lookup(rest.join(" "))))
          ) &&
          // "Kabul Bank", "the Baghdad Operations Command": a body named for the capital it is in.
          !(h.form === "capital" && ORG_HEAD_SET.has(rest[rest.length - 1]!.toLowerCase())) &&
          // "Hezbollah Brigades" (Kataib Hezbollah) is another group than Hezbollah: a group's name followed
          // only by the head of a group's name is a name of its own.
          !(h.label === "Organization" && rest.every((w) => ORG_HEAD_SET.has(w.toLowerCase()))) &&
          // "the United Nations Support Mission in Libya (UNSMIL)": the acronym names the whole run, the group's
          // name and what follows it.
          !(h.label === "Organization" && this.acronymSpells(head, this.spanText(ts, te), te)) &&
          // "the Russian Volunteer Corps (RVC)": an acronym that spells the whole run, the state's word with it; "the
          // Sudan People's Liberation Movement-in-Opposition (SPLM-IO)" spells its "in" too.
          !(
            h.label === "State" &&
            bracketAcronymAt(this.tokens, te) &&
            [true, false].some(
              (capitalOnly) => initialsOf(this.spanText(ts, te), capitalOnly) === bracketLetters(this.tokens, te),
            )
          )
        ) {
          const restText = rest.join(" ");
          if (h.label === "State" && rest.length === 1 && STATE_ORGAN_SET.has(rest[0]!.toLowerCase())) {
            this.registryMention(ts, te, h);
            return;
          }
          this.registryMention(ts, k, h);
          if (SUBUNITS.includes(restText)) return;
          // "the Syrian Kurdish YPG militia": the rest is read as a run of its own, its identity words and all.
          this.classifyChunk(k, te);
          return;
        }
      }
    }
    // "Borno Governor Babagana Zulum": where an office starts inside the run, what comes before it (a
    // province, a group) is named apart from the titled person.
    for (let k = ts + 1; k <= Math.min(ts + 3, te - 3); k++) {
      if (
        !isCapWord(this.tokens[k - 1]!) ||
        PARTICLES.has(this.tokens[k - 1]!.text) ||
        titleOver(this.tokens, ts, k) > 0
      )
        continue;
      const office = this.titlesAt(k).find(
        ({ office, parts }) =>
          office && te - k - parts.length >= 2 && parts.every((p, i) => this.tokens[k + i]!.text === p),
      );
      if (office) {
        this.classifyChunk(ts, k);
        this.classifyChunk(k, te);
        return;
      }
    }
    // Titles are cut from the name and kept ("Secretary-General Sayyed Hassan Nasrallah": both titles go);
    // an honorific is the title only when there is no other.
    const titled = ts;
    const titles: string[] = [];
    for (let again = true; again;) {
      again = false;
      for (const { title: tt, parts } of this.titlesAt(ts)) {
        // "CSP Nafiu Abubakar" is titled; "the CSP-DPA" is a name that starts with the same letters.
        if (
          te - ts > parts.length &&
          parts.every((p, k) => this.tokens[ts + k]!.text === p) &&
          this.tokens[ts + parts.length]!.spaceBefore
        ) {
          titles.push(tt);
          ts += parts.length;
          again = true;
          break;
        }
      }
    }
    const title = titles.find((t) => !HONORIFIC_SET.has(t.replace(/\.$/, ""))) ?? titles[0];
    // "General Security", "ISIS's General Directorate of Provinces": "General" opens a body's name, not a rank.
    if (
      titles.length === 1 &&
      title === "General" &&
      ((te - ts === 1 && GENERAL_BODIES.has(this.tokens[ts]!.text)) ||
        ORG_HEAD_SET.has(this.tokens[ts]!.text.toLowerCase()))
    ) {
      // "Ukraine's General Staff", "Lebanon's General Security": many states have a body of that name, so it is named
      // with the state that owns it, and acts for that state.
      const owner = this.mentions[this.mentions.length - 1];
      const state =
        owner?.label === "State" && owner.tokenEnd === titled - 1 && /^['’]s$/.test(this.tokens[titled - 1]!.text)
          ? this.registry.state(owner.canonical ?? "")
          : undefined;
      const demonym = state?.demonyms[0];
      this.make(
        titled,
        te,
        "Organization",
        ["general-body"],
        demonym ? { canonical: `${demonym} ${this.spanText(titled, te)}` } : {},
      );
      return;
    }
    // An organisation's sub-unit ("Hamas Political Bureau") names the organisation; after a possessive
    // ("Hezbollah's Executive Council head") it is the possessor's, and no actor of its own.
    const surface = this.spanText(ts, te);
    // "the Ombudsman's Office", "Hezbollah's Council": a bare group word after a possessive is the possessor's body,
    // named by no name of its own.
    const possessed = /^['’]s$/.test(this.tokens[ts - 1]?.text ?? "");
    if (possessed && (SUBUNITS.includes(surface) || (te - ts === 1 && ENGLISH_HEAD_SET.has(surface.toLowerCase()))))
      return;
    for (const su of SUBUNITS) {
      const n = su.split(" ").length;
      if (
        surface.endsWith(" " + su) &&
        te - ts > n &&
        !(te - ts === n + 1 && BODY_QUALIFIERS.has(this.tokens[ts]!.text))
      ) {
        te -= n;
        break;
      }
    }
    if (te <= ts) return;
    const inner = this.spanText(ts, te);
    if (GENERIC_ORG_SET.has(inner)) return;
    if (STATE_MINISTRY_SET.has(inner)) {
      this.make(ts, te, null, ["state-ministry"]);
      return;
    }
    const innerHit = this.registry.lookup(inner);
    if (innerHit) return this.registryMention(ts, te, innerHit);
    const words = this.tokens.slice(ts, te).map((t) => t.text);
    // "the USS Gravely": a ship is neither an actor nor a place of this graph.
    if (VESSEL_PREFIX_SET.has(words[0]!) && words.length >= 2) return;
    const content = words.filter((w) => /^\p{Lu}/u.test(w) && !PARTICLES.has(w));
    const cues: string[] = [];
    const prev = this.tokens[ts - 1]?.text.toLowerCase() ?? "";
    const prev2 = this.tokens[ts - 2]?.text.toLowerCase() ?? "";
    const next = this.tokens[te]?.text.toLowerCase() ?? "";
    const next2 = this.tokens[te + 1]?.text.toLowerCase() ?? "";
    let label: Mention["label"] = null;
    // "the X armed group", "the PKK terrorist group": a word that says what kind of group the trailer after it is.
    const kindOfGroup = GROUP_KINDS.has(next) && ORG_TRAILER_SET.has(next2);
    // "an Amhara militia", "a Baluch militant group", "ethnic Amhara militias": the name says what kind of group, and
    // names none.
    // "Armed gangs…", "Bandit militias…": a kind of group a sentence opens with, capitalised, names none either.
    const describes =
      prev === "a" ||
      prev === "an" ||
      prev === "ethnic" ||
      prev === "tribal" ||
      (words.length === 1 && GROUP_KINDS.has(words[0]!.toLowerCase()));

    // "Sgt. Tal Dror": a name after a rank is a person's, though its first word may open a place's ("Tal Afar").
    const ranked = title !== undefined && !HONORIFIC_SET.has(title.replace(/\.$/, ""));
    // Not "Hamas's Khan Younis Brigade", a unit named for its place.
    if (
      (PLACE_PREFIX_SET.has(words[0]!) || NUMBERED_SITES.has(words[0]!)) &&
      words.length >= 2 &&
      !ranked &&
      !ENGLISH_HEAD_SET.has(words[words.length - 1]!.toLowerCase())
    ) {
      label = "Place";
      cues.push("place-prefix");
    } else if (KUNYA_SET.has(words[0]!) && (isSite(next) || (/^[a-z]+$/.test(next) && isSite(next2)))) {
      // "the Abu Salim district", "the Abu Ghraib prison", "the Abu Shouk displacement camp", "the Zamzam and Abu Shouk
      // camps": a place named after a man.
      label = "Place";
      cues.push("named-site");
    } else if (KUNYA_SET.has(words[0]!) && words.length >= 2 && (ARMED_MEMBERS.has(next) || GROUPS_OWN.test(next))) {
      // "Abu Sayyaf gunmen", "Abu Sayyaf sub-leader X": a group named after a man, whose men and chiefs these are.
      label = "Organization";
      cues.push("named-for-a-man");
    } else if (
      KUNYA_SET.has(words[0]!) &&
      words.length >= 2 &&
      !(PLACE_PREPS.has(prev) && words.length === 2) &&
      // "the occupied city of Umm al-Rashrash": a place named after a person.
      !(prev === "of" && kindOfPlace(prev2)) &&
      // "the Abu Sayyaf Group", "the Abu Nidal Organization": a group named after a man.
      !ORG_HEAD_SET.has(words[words.length - 1]!.toLowerCase())
    ) {
      label = "Person";
      cues.push("kunya");
    } else if (
      words.some(
        (w, i) =>
          (ORG_HEAD_SET.has(w.toLowerCase()) && (i === 0 || !LEADING_HEADS.has(w.toLowerCase()))) ||
          ORG_HEAD_SET.has(izafaHead(w)),
      ) &&
      // "Party leader Akhtar Mengal escaped": a common noun a sentence opens with names no group.
      !(ts === 0 && words.length === 1 && ENGLISH_HEAD_SET.has(words[0]!.toLowerCase())) &&
      // "his office manager, Jihad Labad", "named the commanders as Jihad Ghanam": a man whose given name is a group's
      // word.
      !(words.length === 2 && this.staffOfAPersonBefore(ts)) &&
      !(
        GROUP_WORD_GIVEN_NAME_SET.has(words[0]!) &&
        words.length >= 2 &&
        !words.slice(1).some((w) => ORG_HEAD_SET.has(w.toLowerCase()))
      )
    ) {
      label = "Organization";
      cues.push("org-head");
    } else if (
      title &&
      (SITE_AFTER_NAME.has(next) ||
        (MILITARY_SITE_KIND.test(next) && next2 === "base") ||
        (/^(?:police|military|army|naval)$/.test(next) && /^(?:academy|college|station|school)$/.test(next2)))
    ) {
      // "the Imam Ali compound", "the Sayyida Zeinab shrine", "King Khalid air base", "the General Kaahiye police
      // academy": a site named after a person.
      label = "Place";
      cues.push("named-site");
      ts = titled;
    } else if (title) {
      label = "Person";
      cues.push("title");
    } else if (isAcronym(inner)) {
      // "blaming the YPG": an acronym someone is blamed for an attack is a group's.
      if (
        ORG_TRAILER_SET.has(next) ||
        FIGHTER_TRAILER_SET.has(next) ||
        // "the PKK terrorist group".
        kindOfGroup ||
        // "the al Qaeda-linked JNIM", "the Iran-backed KH": an acronym told with its ties is a group's.
        (TIED_PARTICIPLE.test(prev) && prev2 === "-") ||
        // "Ukraine's SBU security service".
        (/^(?:security|intelligence)$/.test(next) && /^(?:service|agency)$/.test(next2)) ||
        // "an attack by JEM factions": an acronym's factions are a group's; so is "the CODECO's leader".
        next === "factions" ||
        (/^['’]s$/.test(next) && ROLES.has(next2)) ||
        // "Drones launched by the RSF struck…": who carried out an attack.
        this.attackBy(ts) ||
        // Not "state news agency SANA reported": the press speaks, but is no actor.
        (SPEECH.has(next) && !(MEDIA.test(prev) && (prev !== "agency" || prev2 === "news"))) ||
        GROUP_DEEDS.has(next) ||
        ORG_PRECEDERS.has(prev) ||
        BLAME_WORDS.has(prev) ||
        BLAME_WORDS.has(prev2) ||
        this.namedAsAGroup(ts) ||
        // "JNIM, al-Qaeda's Sahel affiliate,": what the acronym is said to be.
        // "The EMC is a dissident faction of the FARC".
        ((next === "," || ((next === "is" || next === "was") && /^(?:a|an|the)$/.test(next2))) &&
          GROUP_APPOSITIVE_HEADS.has(this.appositiveHead(te)))
      ) {
        label = "Organization";
        cues.push("acronym");
      }
    } else if (
      // Not "an Amhara militia", which says what a group is.
      (ORG_TRAILER_SET.has(next) && next !== "forces" && !describes) ||
      // "the 400 Mawozo and Gran Grif gangs": each name the plural after the list goes with.
      this.listedBeforeGroupPlural(te) ||
      // "a senior Fano commander": a name told before a commander's rank is his group's.
      (/^commanders?$/.test(next) &&
        /^(?:a|an|the|senior|top|local|prominent|former)$/i.test(prev) &&
        content.length <= 2 &&
        !GIVEN_NAME_SET.has(words[0]!)) ||
      // "armed groups such as the Arambai Tenggol", "an alliance of gangs that includes Gran Grif".
      this.suchAsGroups(ts) ||
      (words.length <= 3 && this.listedInAGroup(ts)) ||
      // "terrorists belonging to Fitna al-Khawarij", "gunmen believed to belong to La Familia Michoacana".
      (prev === "to" && /^belong(?:s|ed|ing)?$/.test(prev2)) ||
      // 'blamed "Fitna al-Hindustan"': a term in quotation marks that a blame names is a name for groups.
      (/^["“]$/.test(prev) && BLAME_WORDS.has(prev2)) ||
      // "the Lakurawa armed group", "the Los Lobos criminal gang".
      // Not "a Baluch militant group", which says what a group is.
      (kindOfGroup && next2 !== "forces" && inner.length >= 2 && !describes) ||
      // "Los Choneros", "Las Aguilas": a name with a Spanish article is a gang's, not a person's.
      // Not "the municipality of Los Reyes", a place.
      (SPANISH_PLURAL_ARTICLES.has(words[0]!) &&
        words.length >= 2 &&
        !PLACE_PREPS.has(prev) &&
        prev !== "to" &&
        !(prev === "of" && kindOfPlace(prev2))) ||
      (FIGHTER_TRAILER_SET.has(next) && words.some((w) => PARTICLES.has(w)) && !PLACE_PREPS.has(prev)) ||
      // Not "the group Sharaa led", where the name is who leads the group.
      (ORG_PRECEDERS.has(prev) &&
        !this.taken[ts - 1] &&
        !PLACE_PREPS.has(prev2) &&
        prev2 !== "of" &&
        !LEADING_VERBS.has(next)) ||
      // "ISWAP split from Boko Haram": what a group breaks away from is a group.
      (prev === "from" && SPLIT_VERBS.has(prev2) && !/^['’]s$/.test(next)) ||
      // "believed to be members of Ahlu Sunna Wal Jamaa": what fighters are members of.
      (prev === "of" && MEMBERS.has(prev2) && !/^['’]s$/.test(next) && !GIVEN_NAME_SET.has(words[0]!))
    ) {
      label = "Organization";
      cues.push("org-trailer");
    } else if (words.length >= 2 && GENERIC_ORG_SET.has(words[words.length - 1]!)) {
      // "the Haitian National Police", "the National Army": a body named by what it is.
      label = "Organization";
      cues.push("generic-head");
    } else if (
      // "attacks on Kuki villages", "Shia areas": a people's or a faith's name before places is neither.
      // The last of a list before them names one ("the Qandil and Gara regions").
      !(pluralOfAPlaceKind(next) && prev !== "and" && prev !== ",") &&
      // "the Crimean city of Sevastopol": a people's word that tells whose city, not the city's name.
      !(
        content.length === 1 &&
        /^(?:city|town|village|port)$/.test(next) &&
        next2 === "of" &&
        /(?:ian|ean|ese)$/.test(words[0]!)
      ) &&
      // "draws from the Hema community": a people, wherever it lives; "in the Claw-Lock operation zone": an operation.
      !PEOPLE_NOUNS.has(next) &&
      next !== "operation" &&
      (PLACE_TRAILER_SET.has(next) ||
        (MILITARY_SITE_KIND.test(next) && next2 === "base") ||
        // "Afghanistan's Khost and Paktika provinces": the names before a plural of a place's kind.
        this.listedBeforePlaces(te) ||
        // "Zamfara State's Maradun local government area", "the Bokkos LGA": a Nigerian district.
        (next === "local" && next2 === "government") ||
        next === "lga" ||
        // "the Sarsang oil field", "the Conoco gas field", "the Hodeidah fuel port".
        (/^(?:oil|gas|fuel)$/.test(next) && /^(?:fields?|port|terminal|depots?|refinery)$/.test(next2)) ||
        // "the Zaporizhzhia nuclear power plant", "the Kakhovka hydroelectric plant".
        (/^(?:nuclear|power|hydroelectric|thermal)$/.test(next) && /^(?:power|plant|station)$/.test(next2)) ||
        // "the Zamzam displacement camp", "the Kakuma refugee camp".
        (/^(?:displacement|displaced|refugee|refugees|idp|military|army|training)$/i.test(next) &&
          /^camps?$/.test(next2)) ||
        // Short names, counted in words that are not particles or hyphens ("in Jurf al-Sakhar"), that do not start
        // with a given name ("from Muqtada al-Sadr's Mahdi Army").
        ((PLACE_PREPS.has(prev) ||
          (prev === "the" && PLACE_PREPS.has(prev2)) ||
          // "travelling between Djibo and Arbinda", "the road between X and Y": the ends of a way.
          (prev === "between" && WAY_BEFORE_BETWEEN.test(prev2))) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          // "militiamen from the Cooperative for the Development of Congo": a name that says what it is for is a
          // body's; "from the Dagoberto Ramos front", a unit named after a man; "a commander in the Nasr unit", a unit.
          !words.includes("for") &&
          !(UNIT_AFTER_NAME.has(next) && (words.length >= 2 || prev === "the")) &&
          // "broke away from Moqtada al-Sadr's movement": whose the movement is, not where from.
          !(
            /^['’]s$/.test(next) &&
            (ORG_TRAILER_SET.has(next2) || FIGHTER_TRAILER_SET.has(next2) || ROLES.has(next2))
          )) ||
        DIRECTION_SET.has(prev) ||
        // "on El Fasher's only functioning hospital", "Kharkiv's central market": a town's own site, told as where.
        (/^['’]s$/.test(next) &&
          this.ownsACivicSite(te + 1) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!)) ||
        // "in Indian-administered Kashmir", "rebel-held Idlib", "Russian-occupied Crimea": a land told by who holds it.
        (prev2 === "-" &&
          HELD_BY.test(prev) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          !MEDIA.test(next)) ||
        // "in an ambush east of Rafah", "a strike on the center of Sumy"; "the Golis Mountains of Puntland", where a place
        // told is.
        (prev === "of" &&
          (DIRECTION_SET.has(prev2) || PART_OF_A_PLACE.test(prev2) || this.namedRightBefore(ts, "Place")) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!)) ||
        // "Gunmen stormed Darul Jamal in Borno state", "drones struck Mekelle on Friday", "took control of Uvira on
        // Sunday": a name taken or struck, told with where it is, when, or ending the clause.
        ((TAKING_VERBS.has(prev) || (prev === "of" && prev2 === "control")) &&
          AFTER_A_TAKEN_PLACE.has(next) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!)) ||
        // "attacked camps in seven towns, including Kayes": one of the places told.
        (prev === "including" && this.placesTold(ts) && content.length <= 3 && !GIVEN_NAME_SET.has(words[0]!)) ||
        // "in the provincial capital Faizabad", "the town Tardo": a name told after its kind.
        (/^(?:capital|city|town|village|port)$/.test(prev) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          (DIRECTION_SET.has(prev2) ||
            /^(?:the|a|provincial|regional|state|district|county|border|coastal)$/i.test(prev2))) ||
        // "an Israeli strike on Nabatieh": a name an attack falls on, with nothing to say it is a group; not "attacks on
        // Punjabi workers", whose people it names.
        // "dropped guided bombs on Kharkiv": where munitions fell.
        (prev === "on" &&
          (ATTACK_NOUNS.has(prev2) || /^(?:bombs|missiles|rockets|shells|munitions)$/.test(prev2)) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          !PEOPLE_HIT.test(next)) ||
        // "three nuclear sites, Fordow, Natanz and Isfahan": the first name a plural of a place's kind lists.
        (prev === "," && pluralOfAPlaceKind(prev2) && content.length <= 3 && !GIVEN_NAME_SET.has(words[0]!)) ||
        // "in Lebanon's Nabatieh", "strikes on Yemen's Ras Isa port": a name a country owns, told as where.
        // Not "in Russia's Black Sea Fleet", a force.
        (/^['’]s$/.test(prev) &&
          this.ownedByAStateWhere(ts - 1) &&
          content.length <= 3 &&
          !ENGLISH_HEAD_SET.has(words[words.length - 1]!.toLowerCase()) &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          !ORG_TRAILER_SET.has(next) &&
          !FIGHTER_TRAILER_SET.has(next) &&
          !ROLES.has(next)) ||
        // "struck Erbil, the capital of Iraq's Kurdistan region": a place said to be one.
        (content.length <= 3 &&
          PLACE_APPOSITIVE.test(this.text.slice(this.tokens[te - 1]!.end, this.tokens[te - 1]!.end + 40))) ||
        // "the town of Jurf al-Nasr", "the department of Guaviare": short names only, counted in words that are not
        // particles or hyphens.
        (prev === "of" && kindOfPlace(prev2) && content.length <= 3) ||
        // "Syria's second city Aleppo", "the Amhara region's second city, Gondar", "the port city Hodeidah": a name its
        // kind of place is told right before.
        ((/^(?:city|town|port)$/.test(prev) ||
          (prev === "," &&
            /^(?:city|town|port)$/.test(prev2) &&
            /^(?:second|third|largest|biggest|main|commercial|economic|ancient|historic|northern|southern|eastern|western)$/.test(
              this.tokens[ts - 3]?.text.toLowerCase() ?? "",
            ))) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!)) ||
        // "at the University of Karachi": the city an institution is of.
        (prev === "of" && INSTITUTION.test(this.tokens[ts - 2]?.text ?? "") && content.length <= 3) ||
        // "El Fasher, the capital of North Darfur", "the mayor of Tacámbaro", "the district commissioner of Wanlaweyn":
        // what a capital is the capital of, or a mayor, governor or district commissioner governs, is a place.
        (prev === "of" &&
          (/^(?:capital|mayor|governor)$/.test(prev2) ||
            (prev2 === "commissioner" && /^(?:district|county)$/i.test(this.tokens[ts - 3]?.text ?? ""))) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!)) ||
        // "a convoy between Djibo and Namsiguia", "the road between Kayes and Bamako": the ends of a way are places.
        (prev === "between" && WAY_NOUNS.test(prev2) && content.length <= 3) ||
        // "the villages of Aitaroun and Kfar Kila": the second of a pair of places; "in Qamishli, Kobani and
        // Hasakah": a place in a list of places.
        (prev === "and" && this.namedRightBefore(ts, "Place")) ||
        // Not "Its leader in Gojjam, Zemene Kassie, said": a speaker, not a place of the list; nor "The mayor of the
        // city of X, Alejandro Arcos, was killed": a list of places goes on with a name or "and".
        (prev === "," &&
          (next === "and" ||
            (next === "," && !SPEECH.has(next2) && (next2 === "and" || /^\p{Lu}/u.test(this.tokens[te + 1]!.text)))) &&
          content.length <= 2 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          this.namedRightBefore(ts, "Place")) ||
        // "in Munai town, Lanao del Norte": the province after a town told by its kind.
        (prev === "," &&
          /^(?:town|city|village|district|municipality)$/.test(prev2) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          (this.namedRightBefore(ts - 1, "Place") || this.namedRightBefore(ts, "Place"))))
    ) {
      label = "Place";
      cues.push("place-context");
      if (PLACE_KEEP_TRAILERS.has(next)) te += 1;
    } else if (
      content.length === 1 &&
      (next === "," || next === "is" || next === "was") &&
      /^(?:a|an|the)$/.test(next2) &&
      GROUP_APPOSITIVE_HEADS.has(this.appositiveHead(te)) &&
      !GIVEN_NAME_SET.has(words[0]!)
    ) {
      // "the Fano, an Amhara militia", "The Fano is a loose network of militias": a one-word name that an appositive
      // or its predicate says is a group.
      label = "Organization";
      cues.push("group-appositive");
    } else if (content.length <= 3 && this.namedAsAGroup(ts)) {
      label = "Organization";
      cues.push("force-named");
    } else if (content.length >= 2) {
      const appositiveRole =
        next === "," &&
        // Not "a senior leader of Hurras al-Din, the military said": a speaker told after what a leader is of; nor "in
        // Munai town, Lanao del Norte, the military said", after the place the name tells more of.
        !(
          (prev === "of" || prev === ",") &&
          next2 === "the" &&
          SPEECH.has(this.tokens[te + 3]?.text.toLowerCase() ?? "")
        ) &&
        (ROLES.has(next2) ||
          ["a", "an", "the", "who", "also", "known", "another", "former"].includes(next2) ||
          ROLES.has(`${next2} ${this.tokens[te + 2]?.text.toLowerCase()}`) ||
          this.possessiveRoleAfter(te + 1) ||
          // "Khalil Bahtini, its commander in northern Gaza".
          (/^(?:its|their|his|her)$/.test(next2) &&
            this.tokens.slice(te + 2, te + 5).some((t) => ROLES.has(t.text.toLowerCase()))) ||
          // "Taleb Abdallah, one of the group's most senior field commanders".
          (next2 === "one" &&
            this.tokens[te + 2]?.text === "of" &&
            this.tokens.slice(te + 3, te + 10).some((t) => ROLES.has(t.text.toLowerCase().replace(/s$/, "")))));
      // "…'s prime minister, Najib Mikati,": the role comes first and the name follows a comma.
      // "…'s prime minister, Najib Mikati,", "one of its most senior commanders, Taleb Sami Abdallah,".
      const role = prev2.replace(/(?<=[a-z])s$/, "");
      const roleBefore =
        prev === "," &&
        (ROLES.has(prev2) ||
          ROLES.has(role) ||
          KIN_AND_STAFF.has(prev2) ||
          ROLES.has(`${this.tokens[ts - 3]?.text.toLowerCase()} ${prev2}`) ||
          this.roleHeldBefore(ts - 2) ||
          this.staffOfAPersonBefore(ts) ||
          // "killed three journalists, Ghassan Najjar and …", "Two Kurdish journalists, X and Y,": the people counted,
          // named after the count.
          (PEOPLE_COUNTED.test(prev2) && [ts - 3, ts - 4].some((i) => numberOf(this.tokens[i]?.text ?? "") !== null)) ||
          // "the bomb targeted the politician, Sardar Khan,": a person's calling, told before the name.
          // "a Palestinian-American man, X,": the words of what he is may stand between the article and the noun.
          (PERSON_PRECEDERS.has(prev2) &&
            /\b(?:the|a|an|its|their) (?:[\w-]+ ){0,3}$/i.test(this.textBefore(ts - 2, 50))));
      // Not "X, led by former police officer Jimmy Cherizier, is an alliance of gangs": what X is, said past its leader.
      const ledBy = /\b(?:led|headed|commanded|founded) by (?:[a-z-]+ ){0,3}$/.test(this.textBefore(ts, 60));
      // "a criminal group known as La Familia Michoacana": the name a group is known by.
      const groupKnownAs = GROUP_KNOWN_AS.test(this.textBefore(ts, 60));
      if ((next === "," && !ledBy && GROUP_APPOSITIVE_HEADS.has(this.appositiveHead(te))) || groupKnownAs) {
        // "the Emergency Lawyers, a rights group,": what the name is said to be.
        label = "Organization";
        cues.push("group-appositive");
      } else if (
        // "the cargo ship Eternity C, the second vessel": a ship's name, whatever follows it; "the FARC dissident Jaime
        // Martínez front": a faction named after a man.
        !VESSELS.has(prev) &&
        !(UNIT_AFTER_NAME.has(next) && words.length >= 2) &&
        // "the dissident Central General Staff (EMC)": a body of a group, named so.
        !(words.length >= 2 && words.at(-2) === "General" && GENERAL_BODIES.has(words.at(-1)!)) &&
        (PERSON_PRECEDERS.has(prev) ||
          // "Hafiz Gul Bahadur's faction": a faction, its loyalists or men are a person's.
          (/^['’]s$/.test(next) && FOLLOWERS.has(next2)) ||
          SPEECH.has(next) ||
          SPEECH.has(prev) ||
          appositiveRole ||
          roleBefore ||
          // "two of its members, identified as Rojhat Zagros and Baran Amed, were killed": the names the dead were
          // given, and what each was between them.
          IDENTIFIED_AS.test(this.textBefore(ts, 200)) ||
          // "targeted Sardar Khan as he was leaving a mosque": what he did then.
          (/^(?:as|when|while)$/.test(next) && /^(?:he|she)$/.test(next2)) ||
          // "Alejandro Arcos was found dead", "Mariano Lopez was shot": what befalls a person, not a group or a place.
          (/^(?:was|had)$/.test(next) &&
            DONE_TO_A_PERSON.test(this.text.slice(this.tokens[te]!.end, this.tokens[te]!.end + 30))) ||
          // "Two commanders of X, Yousef Bardawil and Azzam Haddad, were killed": the second of two people named.
          (prev === "and" && next === "," && this.namedRightBefore(ts, "Person")) ||
          // "Dairo Antonio Úsuga, alias Otoniel": a man's nom de guerre follows his name; "Iván Mordisco, whose real
          // name is Néstor Vera": so does his real name.
          (next === "," && next2 === "alias") ||
          (next === "," && next2 === "whose" && this.tokens[te + 2]?.text === "real") ||
          (prev === "is" && prev2 === "name" && this.tokens[ts - 3]?.text === "real") ||
          // "Its military commander is Sultani Makenga", "Bashir Zeb is the BLA's leader": a role said to be the name's.
          (prev === "is" && ROLES.has(prev2)) ||
          (next === "is" && next2 === "the" && this.possessiveRoleAfter(te + 2)) ||
          // "Yevgeny Ferder, 50,": an age after a name.
          (next === "," && /^\d{1,3}$/.test(next2) && this.tokens[te + 2]?.text === ",") ||
          (prev === "by" && LEADING_VERBS.has(prev2)) ||
          // "a rebel group formed in 2023 by Mahmoud Sallah".
          (prev === "by" &&
            /^(?:19|20)\d\d$/.test(prev2) &&
            this.tokens[ts - 3]?.text === "in" &&
            LEADING_VERBS.has(this.tokens[ts - 4]?.text ?? "")) ||
          ledBy)
      ) {
        label = "Person";
        cues.push("person-context");
      } else if (bracketAcronymAt(this.tokens, te)) {
        // "Hayat Tahrir al-Sham (HTS)": people are not given acronyms, groups are.
        label = "Organization";
        cues.push("defined-acronym");
      } else if (
        UNIT_AFTER_NAME.has(next) &&
        (GIVEN_NAME_SET.has(words[0]!) ||
          (prev === "dissident" && words.length >= 2) ||
          (prev === "the" &&
            (next2 === "of" || (next2 === "," && /^(?:an?|one)$/.test(this.tokens[te + 2]?.text ?? ""))) &&
            (!PLACE_PREPS.has(prev2) || prev2 === "from")))
      ) {
        // "the Carlos Patiño front", "the Jaime Martínez front of the EMC", "the Jaime Martínez front, a faction of…",
        // "the FARC dissident Jaime Martínez front", "attackers from the Dagoberto Ramos front of the EMC": a faction
        // named after a man.
        label = "Organization";
        cues.push("named-unit");
      } else if (
        (words.some((w) => /^(al|Al|bin|ibn)$/.test(w)) || GIVEN_NAME_SET.has(words[0]!)) &&
        SITE_AFTER_NAME.has(next)
      ) {
        // "the Kamal Adwan hospital", "the Imam al-Mahdi mosque": a site named after a man.
        label = "Place";
        cues.push("named-site");
      } else if (TIED_PARTICIPLE.test(prev) && prev2 === "-") {
        // "the al-Qaida-affiliated Hurras al-Din": what is told with its ties is a group, whatever its name's form.
        label = "Organization";
        cues.push("tied-group");
      } else if (
        (words.some((w) => /^(al|Al|bin|ibn)$/.test(w)) || GIVEN_NAME_SET.has(words[0]!)) &&
        (!PLACE_PREPS.has(prev) || GIVEN_NAME_SET.has(words[0]!))
      ) {
        // "a senior leader of Hurras al-Din", "members of Ansar al-Din": what a leader or a member is of is a group,
        // though its name reads as a man's.
        // So is "the Lebanese Islamic Group (al-Jamaa al-Islamiya)", a group's name in its own tongue.
        const last = this.mentions[this.mentions.length - 1];
        const ofAGroup =
          (prev === "of" && /^(?:leaders?|commanders?|members?|founders?|fighters|militants)$/.test(prev2)) ||
          (prev === "(" &&
            !GIVEN_NAME_SET.has(words[0]!) &&
            last?.label === "Organization" &&
            last.tokenEnd === ts - 1);
        label = ofAGroup ? "Organization" : "Person";
        cues.push(ofAGroup ? "group-role-of" : "arabic-name");
      }
    }
    // "FARC dissidents led by alias Calarcá", "Néstor Vera, alias Iván Mordisco": a nom de guerre, as Colombian and
    // Mexican reports give it.
    if (label === null && prev === "alias") {
      label = "Person";
      cues.push("alias");
    }
    // "JNIM, led by Iyad Ag Ghaly": what is led is a group.
    if (label === null && LED_BY.test(this.text.slice(this.tokens[te - 1]!.end, this.tokens[te - 1]!.end + 40))) {
      label = "Organization";
      cues.push("led-by");
    }
    if (
      label === "Organization" &&
      (NAME_FORMING_TRAILERS.has(next) ||
        // "the Hafiz Gul Bahadur faction of the Pakistani Taliban": a faction named after its leader is not the man.
        (next === "faction" && words.length >= 2 && GIVEN_NAME_SET.has(words[0]!))) &&
      !words.some((w) => ORG_HEAD_SET.has(w.toLowerCase()))
    ) {
      te += 1;
    }
    // "the 400 Mawozo", "the 5 Segonn gang": a group whose name opens with a number.
    if (label === "Organization" && /^\d+$/.test(prev) && /^(?:the|,|and)$/.test(prev2) && !title) ts -= 1;
    this.make(ts, te, label, cues, title ? { title } : {});
  }

  /**
   * Where one capitalised run holds two names: after an organisation head followed by a person-like
   * name ("Armed Forces Yahya Rasool"), or between two Arabic names ("Asaib Ahl al-Haq Kais al-Khazali").
   */
  private splitPoint(ts: number, te: number): number {
    for (let p = ts + 1; p < te - 1; p++) {
      const prevTok = this.tokens[p - 1]!.text;
      const rest = this.tokens.slice(p, te).map((t) => t.text);
      const restHasHead = rest.some((w) => ORG_HEAD_SET.has(w.toLowerCase()));
      if (!isCapWord(this.tokens[p]!) || PARTICLES.has(this.tokens[p]!.text) || this.tokens[p]!.text === "-") continue;
      if (
        ENDING_HEAD_SET.has(prevTok) &&
        rest.length >= 2 &&
        !restHasHead &&
        this.tokens[p - 1]!.text !== "-" &&
        rest.every((w) => isCapWord({ text: w } as Token) || PARTICLES.has(w) || w === "-")
      ) {
        return p;
      }
      const afterArabic = this.tokens[p - 2]?.text === "-" && PARTICLES.has(this.tokens[p - 3]?.text ?? "");
      const startsArabic =
        PARTICLES.has(this.tokens[p + 1]?.text ?? "") &&
        (this.tokens[p + 2]?.text === "-" || isCapWord(this.tokens[p + 2] ?? this.tokens[p]!));
      if (afterArabic && startsArabic && !restHasHead) return p;
    }
    return ts;
  }

  private registryMention(ts: number, te: number, hit: NonNullable<ReturnType<Registry["lookup"]>>) {
    let label: Mention["label"] = hit.label;
    let end = te;
    if (hit.label === "State" && hit.form === "capital") {
      // A capital is the state only when it acts ("Washington blamed", "Baghdad is engaged").
      const nxt = this.tokens[te];
      const acts =
        nxt &&
        (nxt.pos === "VERB" ||
          nxt.pos === "AUX" ||
          // "Ankara regards the YPG as…": a verb the tagger took for a plural noun, before its object.
          (/^[a-z]+s$/.test(nxt.text) && ["DET", "PROPN"].includes(this.tokens[te + 1]?.pos ?? "")) ||
          // "Ankara regularly strikes PKK positions": an adverb before its verb, the capital opening the clause.
          (nxt.pos === "ADV" &&
            /^(?:[,;:]|and|but)?$/.test(this.tokens[ts - 1]?.text ?? "") &&
            /ly$/.test(nxt.text) &&
            (["VERB", "AUX"].includes(this.tokens[te + 1]?.pos ?? "") ||
              /^[a-z]+(?:s|ed)$/.test(this.tokens[te + 1]?.text ?? ""))) ||
          (/^[’']s$/.test(nxt.text) &&
            this.tokens[te + 1]?.pos !== "ADJ" &&
            this.tokens[te + 1]?.pos === "NOUN" &&
            /strike|support|anger|decision|position/.test(this.tokens[te + 1]!.text)));
      const alwaysState = hit.name === "United States";
      const prevWord = this.tokens[ts - 1]?.text.toLowerCase() ?? "";
      // "near the northern city of Tripoli killed X": the city, whatever verb follows it.
      const prev2 = this.tokens[ts - 2]?.text.toLowerCase() ?? "";
      // "The SNA, which is backed by Ankara", "a move condemned by Tehran": the agent of a deed is the state.
      const agent = prevWord === "by" && /^[a-z]+ed$/.test(prev2);
      // "urged Kabul to act", "accused Tehran of", "called on Baghdad to": the state addressed.
      const addressed =
        /^(?:urged|urges|asked|pressed|accused|accuses|warned|warns)$/.test(prevWord) ||
        (prevWord === "on" && /^(?:called|calls|calling)$/.test(prev2));
      const placeOf = prevWord === "of" && (kindOfPlace(prev2) || PART_OF_A_PLACE.test(prev2));
      // "an Israeli air strike on Sanaa killed X": where the strike fell, whatever verb follows it.
      const struck = prevWord === "on" && ATTACK_NOUNS.has(prev2);
      // "Fighting in the Libyan capital Tripoli killed 55": a capital told by its kind is the city.
      const kindBefore = /^(?:capital|city|town|port)$/.test(prevWord);
      if (
        (!acts && !alwaysState && !agent && !addressed) ||
        PLACE_PREPS.has(prevWord) ||
        DIRECTION_SET.has(prevWord) ||
        placeOf ||
        struck ||
        kindBefore
      )
        label = "Place";
    }
    let organ = false;
    if (hit.label === "State") {
      const nxt = this.tokens[te]?.text.toLowerCase();
      organ = !!nxt && STATE_ORGAN_SET.has(nxt);
      // "in Niger state's Rafi area": a federal state named as a country is, a place with its word.
      const federal = hit.form === "name" && this.tokens[te]?.text === "state";
      if (federal) label = "Place";
      if (organ || federal) end = te + 1;
    }
    this.make(ts, end, label, ["registry"], {
      // A capital read as a place is named as written; a registry name keeps its canonical form.
      ...(label === hit.label ? { canonical: hit.name, form: hit.form } : {}),
      // "British warplanes struck": the mention covers the organ, which tells that the state acts, but
      // "British warplanes" is no name of the United Kingdom.
      ...(organ ? { surface: this.spanText(ts, te) } : {}),
    });
  }

  /** "the Three Brotherhood Alliance": a number that opens a group's name (tokens [k, te)) after "the" is part of it. */
  private numberedName(k: number, te: number): boolean {
    return (
      /^the$/i.test(this.tokens[k - 1]?.text ?? "") &&
      /^(?:Two|Three|Four)$/.test(this.tokens[k]!.text) &&
      ORG_HEAD_SET.has(this.tokens[te - 1]!.text.toLowerCase())
    );
  }
}

/**
 * "…include Kataib Hezbollah, Harakat al-Nujaba and Ansarullah al-Awfiya": a name listed among groups, which
 * only its Arabic form took for a person's, is a group too.
 */
function groupsListedTogether(text: string, mentions: Mention[]) {
  let from = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const joined =
      i < mentions.length && /^(?:,|,? and| and) (?:the )?$/.test(text.slice(mentions[i - 1]!.end, mentions[i]!.start));
    if (joined) continue;
    const list = mentions.slice(from, i);
    from = i;
    if (list.length < 3 || list.filter((m) => m.label === "Organization").length < 2) continue;
    for (const m of list) {
      if (m.label === "Person" && m.cues.length === 1 && m.cues[0] === "arabic-name") {
        m.label = "Organization";
        m.cues = ["listed-with-groups"];
      }
    }
  }
}
