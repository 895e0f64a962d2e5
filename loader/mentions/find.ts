/**
 * Finds candidate names in a sentence and types them from their cues: registry hits, titles,
 * organisation heads, kunyas, appositive roles, verbs of saying and place prepositions.
 * It also records what the sentence says about two names being the same actor (acronyms, "also known as").
 * It does not decide which entity a name refers to: that is resolve/.
 */
import type { Sentence, Token } from "../text/sentences.ts";
import {
  CALENDAR_WORDS,
  DIRECTIONS,
  ENDING_HEADS,
  GENERIC_ORG_NAMES,
  IDENTITY_WORDS,
  PLACE_PREFIXES,
  BY_NAMES,
  HYPHENED_PARTICLES,
  GIVEN_NAMES,
  LEADING_STOPWORDS,
  NON_ACTOR_HEADS,
  HONORIFICS,
  CLERICAL_RANKS,
  VESSEL_PREFIXES,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_TRAILERS,
  FIGHTER_TRAILERS,
  ARMED_MEN,
  STATE_MINISTRIES,
  PERSON_TITLES,
  PLACE_TRAILERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  STATE_ORGANS,
  lower,
} from "./lexicon.ts";
import type { Registry } from "./registry.ts";
import type { Mention, SameAs } from "./types.ts";

/** Month names, days and feasts, and the months abbreviated with their point as the tokenizer keeps it ("Jan."). */
const CALENDAR = new Set(CALENDAR_WORDS.flatMap((w) => (w.length <= 4 ? [w, `${w}.`] : [w])));
const LEADING_STOP = lower(LEADING_STOPWORDS);
const IDENTITY = new Set(IDENTITY_WORDS);
const NON_ACTOR_HEAD_SET = new Set(NON_ACTOR_HEADS);
const PLACE_KEEP_TRAILERS = new Set(["airport", "street", "base", "camp", "crossing"]);
const PARTICLES = new Set(NAME_PARTICLES);
const HYPHENED_PARTICLES_SET = new Set(HYPHENED_PARTICLES);
const GIVEN_NAME_SET = new Set(GIVEN_NAMES);
const ORG_HEAD_SET = new Set(ORG_HEADS.map((h) => h.toLowerCase()));
/** Heads that are a group's only where its name starts with them: "Hayat Tahrir al-Sham", not "Akhtar Hayat Khan". */
const LEADING_HEADS = new Set(["hayat", "hay'at"]);
const ORG_TRAILER_SET = lower(ORG_TRAILERS);
/** What kind of group a trailer is: "armed group", "criminal gang", "jihadist movement". */
const GROUP_KINDS = new Set([
  "armed",
  "militant",
  "jihadist",
  "islamist",
  "rebel",
  "criminal",
  "separatist",
  "extremist",
  "terrorist",
  "paramilitary",
  "insurgent",
  "clan",
  "tribal",
]);
const GROUP_PLURALS = new Set([
  "groups",
  "militias",
  "factions",
  "gangs",
  "movements",
  "organisations",
  "organizations",
]);
const SPANISH_PLURAL_ARTICLES = new Set(["Los", "Las"]);
/** "General Security", "General Staff": bodies whose name starts with what is otherwise a rank. */
const GENERAL_BODIES = new Set(["Security", "Staff", "Intelligence"]);
/** Words dropped from the start of a name ("Military sources") that may start an organ's name ("the Military Council"). */
const ORGAN_WORDS = new Set(["military", "police", "health", "media"]);
const FIGHTER_TRAILER_SET = lower(FIGHTER_TRAILERS);
const NAME_FORMING_TRAILERS = new Set([
  "movement",
  "bloc",
  "party",
  "organization",
  "organisation",
  "front",
  "network",
]);
const SPEECH = lower(SPEECH_VERBS);
const ROLES = lower(ROLE_NOUNS);
const PLACE_TRAILER_SET = lower(PLACE_TRAILERS);
const DIRECTION_SET = lower(DIRECTIONS);
const STATE_ORGAN_SET = lower(STATE_ORGANS);
const KUNYA_SET = new Set(BY_NAMES);
const HONORIFIC_SET = new Set(HONORIFICS);
const CLERICAL_RANK_SET = new Set(CLERICAL_RANKS);
/** Titles that are also surnames or parts of names ("Martin Luther King"). */
const AMBIGUOUS_TITLES = new Set(["King", "Prince", "Emir", "Speaker", "Cleric", "Imam"]);
/** Title parts as the tokenizer cuts them: "Secretary-General" is "Secretary", "-", "General". */
const TITLES = [...PERSON_TITLES]
  .map((t) => ({
    title: t,
    parts: t.split(/ |(?=-)|(?<=-)/),
    /** An office, which can open a titled name inside a longer run ("Borno Governor …"). */
    office: !HONORIFIC_SET.has(t.replace(/\.$/, "")) && !CLERICAL_RANK_SET.has(t) && !AMBIGUOUS_TITLES.has(t),
  }))
  .sort((a, b) => b.parts.length - a.parts.length || b.title.length - a.title.length);
/** Titles by their first part, longest first as in TITLES: a token is only ever tested against its own. */
const TITLES_BY_FIRST = new Map<string, typeof TITLES>();
for (const t of TITLES) TITLES_BY_FIRST.set(t.parts[0]!, [...(TITLES_BY_FIRST.get(t.parts[0]!) ?? []), t]);
const INNER_CONNECTORS = new Set(["of", "against", "for"]);
/** Lower-case words inside Spanish, Portuguese and French names. */
const ROMANCE_JOINERS = new Set(["de", "del", "da", "do", "dos", "das", "du", "des"]);
const WATER_HEADS = new Set(["gulf", "strait", "straits", "sea", "bay"]);
const POLITY_HEADS = new Set(["republic", "kingdom", "emirate", "sultanate"]);
const ATTACK_NOUNS = new Set([
  "strike",
  "strikes",
  "airstrike",
  "airstrikes",
  "attack",
  "attacks",
  "raid",
  "raids",
  "assault",
  "bombardment",
  "shelling",
]);
const NUMBERED_SITES = new Set([
  "Tower",
  "Camp",
  "Base",
  "Outpost",
  "Station",
  "Post",
  "Checkpoint",
  "Gate",
  "Sector",
  "Hill",
]);
const PLACE_APPOSITIVE =
  /^, (?:the|a|an) (?:[a-z-]+ )?(?:capital|city|town|village|port|province|district|region|governorate|camp)\b/;
/** English heads that, after a demonym, name one national body rather than a title or a foreign group. */
const NATIONAL_BODY_HEADS = new Set([
  "Forces",
  "Force",
  "Guard",
  "Guards",
  "Police",
  "Agency",
  "Service",
  "Units",
  "Front",
  // A national company's own name: "Turkish Aerospace Industries", "Iraqi Oil Company".
  "Industries",
  // A movement or alliance named after its country: "Sudan Liberation Movement", "Congo River Alliance".
  "Alliance",
  "Movement",
  "Party",
  "Union",
  "Congress",
  "Coalition",
  "Company",
  "Corporation",
]);
const IN_AFTER = new Set(["Resistance", "Movement", "Front", "Party"]);
/** "the Islamic State in the Sahel", "al-Qaeda in the Islamic Maghreb": a branch named by its region. */
const IN_THE_AFTER = new Set(["State", "Qaeda", "Qaida"]);
/** Verbs whose object is a place when nothing says it is a group: "stormed Darul Jamal", "struck Mekelle on Friday". */
const TAKING_VERBS = new Set([
  "stormed",
  "overran",
  "overrun",
  "raided",
  "captured",
  "seized",
  "besieged",
  "shelled",
  "struck",
  "bombed",
  "pounded",
]);
/** What may follow such a place: where it is, when, or the end of the clause. */
const AFTER_A_TAKEN_PLACE = new Set(["in", "on", "near", "overnight", "late", "early", ",", ".", "", "and"]);
const PLACE_PREPS = new Set(["in", "near", "at", "from", "toward", "towards", "into", "outside", "around", "across"]);
const SUBUNITS = [
  "Political Bureau",
  "Political Office",
  "Political Council",
  "Military Council",
  "Executive Council",
  "Jihad Council",
  "Shura Council",
  "Media Office",
];
const PERSON_PRECEDERS = new Set([
  "counterpart",
  "leaders",
  "commanders",
  "killing",
  "assassination",
  "cleric",
  "expert",
  "legislator",
  "lawmaker",
  "fellow",
  "spokesperson",
  "spokesman",
  "member",
  "chief",
  "commander",
  "leader",
  "head",
  "deputy",
  "official",
  "journalist",
  "analyst",
  "businessman",
  "businesswoman",
  "activist",
  "lawyer",
  "researcher",
  "blogger",
  "writer",
  "envoy",
  "adviser",
  "advisor",
  "secretary-general",
  "minister",
  "president",
  "premier",
  "general",
  "colonel",
  "officer",
  "soldier",
  "policeman",
  "diplomat",
  "politician",
  "ambassador",
  "warlord",
  "preacher",
  "doctor",
  "nationalist",
  "dissident",
  "opposition",
  "militant",
  "jihadist",
  "rebel",
]);
const GROUP_NOUNS = new Set(["coalition", "bloc", "alliance", "party", "movement", "militia", "group", "front"]);
const IDENTIFIED_AS = /\b(?:identified|named) as (?:[A-Z][\w'’-]*(?: |, | and |, and ))*$/;
/** "villages", "towns": a kind of place in the plural, not a place word that itself ends in "s". */
const pluralOfAPlaceKind = (w: string) =>
  /s$/.test(w) && !PLACE_TRAILER_SET.has(w) && PLACE_TRAILER_SET.has(w.slice(0, -1));
/** Those whose group a name after "of" is: "fighters of the Segunda Marquetalia". */
const ARMED_MEMBERS = new Set(["fighters", "militants", "gunmen", "rebels", "insurgents", "commanders"]);
/** Forces a name may be given after: "Congo's army, the FARDC", "militias known as Wazalendo". */
const FORCE_NOUNS = new Set(["army", "military", "militia", "militias", "police", "forces", "rebels", "gangs", "gang"]);
/** Nouns an appositive calls a group by: "X, a rights group", "X, an Iran-backed militia that…". */
const GROUP_APPOSITIVE_HEADS = new Set([
  ...GROUP_NOUNS,
  ...["organization", "organisation", "faction", "network", "offshoot", "affiliate", "outfit", "charity", "monitor"],
]);
const APPOSITIVE_ENDS = new Set([
  "that",
  "which",
  "who",
  "whose",
  "of",
  "in",
  "from",
  "with",
  "based",
  "and",
  "for",
  "on",
]);
const SITE_AFTER_NAME = new Set([
  "compound",
  "shrine",
  "mosque",
  "base",
  "camp",
  "hospital",
  "airport",
  "street",
  "square",
  "prison",
]);
const MEMBERS = new Set(["members", "operatives", ...ARMED_MEN]);
const SPLIT_VERBS = new Set(["split", "splintered", "away", "defected", "seceded", "separated", "expelled"]);
const FOLLOWERS = new Set(["faction", "loyalists", "supporters", "followers", "men", "militia", "bloc", "camp"]);
const LEADING_VERBS = new Set(["led", "headed", "founded", "commanded"]);
const LED_BY =
  /^(?:,\s+(?:which |that )?(?:is |was |has been |had been )?|\s+(?:is |was |has been |had been ))(?:led|headed|commanded) by\b/;
const BLAME_WORDS = new Set(["blaming", "blamed", "accused", "accusing"]);
/** Words after which a name is a group's: "the militia X", "who heads X". */
const ORG_PRECEDERS = new Set([
  "militia",
  "group",
  "faction",
  "movement",
  "organization",
  "organisation",
  "coalition",
  "heads",
  "leads",
  "founded",
  "commands",
  "acronym",
  // "the al-Qaeda affiliate Hurras al-Din".
  "affiliate",
  "offshoot",
  "franchise",
]);

const ENDING_HEAD_SET = new Set(ENDING_HEADS);
const GENERIC_ORG_SET = new Set(GENERIC_ORG_NAMES);
const STATE_MINISTRY_SET = new Set(STATE_MINISTRIES);
const PLACE_PREFIX_SET = new Set(PLACE_PREFIXES);
const VESSEL_PREFIX_SET = new Set(VESSEL_PREFIXES);
const isCapWord = (t: Token) => CAP_WORD.test(t.text);
const capAt = (tokens: Token[], k: number) => tokens[k] !== undefined && isCapWord(tokens[k]!);
/** "M23": a group named by letters and a number, as acronyms are. */
const LETTERS_AND_NUMBER = /^[A-Z]{1,3}\d{1,3}$/;
/**
 * A capitalised word ("Hezbollah", "McGurk"), a capitalised prefix before a lower-case word ("Anti-terrorism"),
 * a hyphenated word the tokenizer keeps whole ("Inter-Services Public Relations") or letters and a number
 * ("M23"): one test, as it runs on every token.
 */
const CAP_WORD =
  /^(?:\p{Lu}[\p{L}.'’]*|(?:Co|Anti|Non|Pan|Counter)-\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|[A-Z]{1,3}\d{1,3})$/u;
/** An acronym as a name defines it in brackets, lower-case letters for its particles included ("(LeJ)"). */
const isBracketAcronym = (s: string) => isAcronym(s) || /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}$/.test(s);
/** Whether an acronym in brackets stands at token `k`: "(HTS)", or in pieces, "(CSP-DPA)". */
function bracketAcronymAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== "(") return false;
  let close = k + 1;
  while (close < Math.min(tokens.length, k + 5) && tokens[close]!.text !== ")") close++;
  if (tokens[close]?.text !== ")" || close === k + 1) return false;
  return isBracketAcronym(
    tokens
      .slice(k + 1, close)
      .map((x) => x.text)
      .join("")
      .replace(/-/g, ""),
  );
}
/** "PMF", "U.S.", "SPLM-IO" (a split named by a suffix), "M23". */
const isAcronym = (s: string) =>
  (/^[A-Z][A-Z.]{1,7}(?:-[A-Z]{1,4})?$/.test(s) && s.replace(/\./g, "").length >= 2) || LETTERS_AND_NUMBER.test(s);

interface Chunk {
  ts: number;
  te: number;
}

/** Capitalised runs of tokens, joined by hyphens without spaces, Arabic particles and a few connectors. */
function chunks(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsName =
      (isCapWord(t) && !CALENDAR.has(t.text) && (i > 0 || t.pos === "PROPN" || tokens[i + 1]?.pos === "PROPN")) ||
      // "the 33rd Front", "the 47th Brigade", "the 444 Combat Brigade": a unit named by its number.
      (ORDINAL.test(t.text) && tokens[i + 1] !== undefined && isCapWord(tokens[i + 1]!) && namesUnit(tokens, i + 1)) ||
      (/^\d{2,4}$/.test(t.text) && namesUnit(tokens, i + 1, NUMBERED_UNITS)) ||
      (PARTICLES.has(t.text) && tokens[i + 1] && (tokens[i + 1]!.text === "-" || isCapWord(tokens[i + 1]!)));
    // A function word starts no name ("The", "It"), though one in capitals is an acronym ("an IS leader").
    const functionWord = ["DET", "PRON", "AUX", "SCONJ", "CCONJ"].includes(t.pos) && !/^[A-Z]{2,}$/.test(t.text);
    if (!startsName || (functionWord && !isCapWord(tokens[i + 1] ?? t))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      const next = tokens[j + 1];
      const shortPrefix = /^(Co|Anti|Non|Pro)$/.test(tokens[j - 1]!.text) && /^[a-z]+$/.test(next?.text ?? "");
      if (
        u.text === "-" &&
        !u.spaceBefore &&
        next &&
        !next.spaceBefore &&
        (isCapWord(next) ||
          PARTICLES.has(next.text) ||
          shortPrefix ||
          // "Tehreek-e-Taliban", "Jamaat-i-Islami": a particle between two hyphens.
          (HYPHENED_PARTICLES_SET.has(next.text) && tokens[j + 2]?.text === "-" && isCapWord(tokens[j + 3] ?? next)))
      ) {
        j += 2;
        continue;
      }
      if (
        next &&
        ((PARTICLES.has(u.text) && (isCapWord(next) || next.text === "-")) ||
          (HYPHENED_PARTICLES_SET.has(u.text) && next.text === "-" && !next.spaceBefore))
      ) {
        j++;
        continue;
      }
      if (isCapWord(u) && !CALENDAR.has(u.text)) {
        j++;
        continue;
      }
      // "Tower 22", "Camp 14": a site named by its number.
      if (/^\d{1,3}$/.test(u.text) && j === i + 1 && NUMBERED_SITES.has(tokens[i]!.text)) {
        j++;
        break;
      }
      // "Kurdistan Workers' Party", "People's Protection Units": an apostrophe inside the name.
      const prevText = tokens[j - 1]!.text;
      if (
        !u.spaceBefore &&
        next &&
        isCapWord(next) &&
        ((/^['’]$/.test(u.text) && /s$/.test(prevText)) || (/^['’]s$/.test(u.text) && prevText === "People"))
      ) {
        j += 2;
        continue;
      }
      // "Secretary of State Marco Rubio", "Chief of Staff Eyal Zamir": a title with "of" in it runs on.
      const titleEnd = u.text === "of" ? titleOver(tokens, i, j) : 0;
      if (titleEnd > j) {
        j = titleEnd;
        continue;
      }
      const soFar = tokens.slice(i, j).map((x) => x.text.toLowerCase());
      // "Democratic Republic of the Congo", "Islamic Emirate of Afghanistan": a state named by its polity.
      if (u.text === "of" && POLITY_HEADS.has(soFar[soFar.length - 1]!)) {
        if (next && isCapWord(next)) {
          j++;
          continue;
        }
        if (next?.text === "the" && isCapWord(tokens[j + 2] ?? next)) {
          j += 2;
          continue;
        }
      }
      if (
        INNER_CONNECTORS.has(u.text) &&
        next &&
        isCapWord(next) &&
        // "the Badr Organisation of Hadi al-Amiri": whose the group is, not its name.
        !(u.text === "of" && (GIVEN_NAME_SET.has(next.text) || KUNYA_SET.has(next.text))) &&
        (soFar.some((w) => ORG_HEAD_SET.has(w)) ||
          // "Gulf of Aden", "Strait of Hormuz": a body of water named by what it is of.
          (u.text === "of" && WATER_HEADS.has(soFar[soFar.length - 1]!)) ||
          // "the Freedom of Russia Legion": what the name is of runs on to a group's head.
          (!ROLES.has(soFar[soFar.length - 1]!) &&
            (namesGroup(tokens, j + 1) ||
              // "Fighters of Ansar al-Sunna": who belongs to a group is not part of its name.
              (namesUnit(tokens, j + 1) && !MEMBERS.has(soFar[soFar[0] === "the" ? 1 : 0]!)))))
      ) {
        j++;
        continue;
      }
      // "Volunteers for the Defence of the Homeland (VDP)": a long name joined by function words is one
      // name where an acronym in brackets closes it.
      const defined =
        DEFINED_CONNECTORS.has(u.text) &&
        (tokens[j - 1]!.pos === "PROPN" ||
          isCapWord(tokens[j - 1]!) ||
          ORG_HEAD_SET.has(tokens[j - 1]!.text.toLowerCase())) &&
        // "the Freedom of Belarus Legion and the Front to Liberate Azawad (FLA)": a name its head ended, then a list.
        !(u.text === "and" && ORG_HEAD_SET.has(tokens[j - 1]!.text.toLowerCase())) &&
        // "Members of the Volunteers for … (VDP)": who belongs to the group is not part of its name.
        !MEMBERS.has(soFar[soFar[0] === "the" ? 1 : 0]!) &&
        !ROLES.has(soFar[soFar[0] === "the" ? 1 : 0]!)
          ? definedNameEnd(tokens, j)
          : 0;
      if (defined > j) {
        j = defined;
        break;
      }
      // "the Committee to Protect Journalists": a group's name runs on over "to" into a name of two words or more.
      if (u.text === "to" && capAt(tokens, j + 1) && capAt(tokens, j + 2) && soFar.some((w) => ORG_HEAD_SET.has(w))) {
        j++;
        continue;
      }
      // "the Front for the Liberation of Azawad", "the Islamic State in the Sahel": a group's name runs on over "for
      // the", and a known group's over "in the", where no acronym closes it.
      if (
        next?.text === "the" &&
        capAt(tokens, j + 2) &&
        !CALENDAR.has(tokens[j + 2]!.text) &&
        ((u.text === "for" && soFar.some((w) => ORG_HEAD_SET.has(w))) ||
          (u.text === "in" && IN_THE_AFTER.has(tokens[j - 1]!.text)))
      ) {
        j += 2;
        continue;
      }
      // "Norte de Santander", "Lula da Silva", "Fuerzas Armadas Revolucionarias de Colombia".
      if (ROMANCE_JOINERS.has(u.text) && next && isCapWord(next) && isCapWord(tokens[j - 1]!)) {
        j++;
        continue;
      }
      if (u.text === "in" && next && isCapWord(next) && IN_AFTER.has(tokens[j - 1]!.text)) {
        j++;
        continue;
      }
      break;
    }
    while (
      j > i &&
      (PARTICLES.has(tokens[j - 1]!.text) ||
        tokens[j - 1]!.text === "-" ||
        INNER_CONNECTORS.has(tokens[j - 1]!.text) ||
        tokens[j - 1]!.text === "in")
    )
      j--;
    if (j > i) out.push({ ts: spelledStart(tokens, i, j), te: j });
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Where a title that starts in tokens [from, k), at most three before `k`, and runs over token `k` ends ("Prime
 * Minister" over "Minister", "Secretary of State" over "of"); 0 when none does.
 */
function titleOver(tokens: Token[], from: number, k: number): number {
  for (let s = Math.max(from, k - 3); s < k; s++)
    for (const { parts } of TITLES_BY_FIRST.get(tokens[s]!.text) ?? [])
      if (s + parts.length > k && parts.every((p, n) => tokens[s + n]?.text === p)) return s + parts.length;
  return 0;
}

const DEFINED_CONNECTORS = new Set(["of", "for", "and", "the", "in", "to"]);
/**
 * Where a name that goes on from token `k` over capitalised words and "of", "for", "and", "the", "in", "to" ends, when
 * an acronym in brackets follows it ("… for the Defence of the People of Azawad (CSP-DPA)"); else 0. A name that goes
 * on "in" a place ends with its acronym's last letter ("Transition Mission in Somalia (ATMIS)"), so that "… in
 * Lebanon (AFP)" stays a name and a place.
 */
function definedNameEnd(tokens: Token[], k: number): number {
  let j = k;
  let words = 0;
  while (j < tokens.length && j - k < 12) {
    const t = tokens[j]!;
    if (isCapWord(t)) words++;
    else if (!DEFINED_CONNECTORS.has(t.text)) break;
    j++;
  }
  while (j > k && DEFINED_CONNECTORS.has(tokens[j - 1]!.text)) j--;
  if (words === 0 || !bracketAcronymAt(tokens, j)) return 0;
  const inPlace = tokens.slice(k, j).some((t) => t.text === "in");
  const acronym = tokens[j + 1]!.text;
  // "Transition Mission in Somalia (ATMIS)", "Stabilisation Mission in Somalia (AUSSOM)": the place spelled by its first
  // letters.
  const place = tokens[j - 1]!.text.toUpperCase();
  return !inPlace || [1, 2, 3].some((n) => acronym.endsWith(place.slice(0, n))) ? j : 0;
}
/**
 * "Forces of the Southern Transitional Council (STC)": where the acronym in brackets after a run spells only its end,
 * the name starts where the spelling does.
 */
function spelledStart(tokens: Token[], i: number, j: number): number {
  if (!bracketAcronymAt(tokens, j)) return i;
  const acronym = tokens[j + 1]!.text.replace(/[-.]/g, "");
  const initials = (k: number) =>
    initialsOf(
      tokens
        .slice(k, j)
        .map((t) => t.text)
        .join(" "),
      true,
    );
  if (initials(i) === acronym) return i;
  for (let k = i + 1; k < j; k++)
    if (isCapWord(tokens[k]!) && DEFINED_CONNECTORS.has(tokens[k - 1]!.text) && initials(k) === acronym) return k;
  return i;
}
/** The first word of a name joined in the Persian/Urdu way ("Lashkar-e-Taiba", "Jamaat-ul-Ahrar"), lower-cased. */
function izafaHead(word: string): string {
  return /^\p{Lu}\p{Ll}+-(?:e|i|ul|ud|ut|al)-\p{Lu}/u.test(word) ? word.slice(0, word.indexOf("-")).toLowerCase() : "";
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Whether the capitalised run from `k` ends in the head of a group's name ("33rd Front", "5th Armoured Division"). */
function namesUnit(tokens: Token[], k: number, heads: Set<string> = ORG_HEAD_SET): boolean {
  let j = k;
  while (j < tokens.length && isCapWord(tokens[j]!)) j++;
  return j > k && heads.has(tokens[j - 1]!.text.toLowerCase());
}
/** Units a bare number may name ("the 444 Brigade"); "12 Army soldiers" counts soldiers. */
const NUMBERED_UNITS = new Set(["brigade", "division", "regiment", "battalion"]);

/** Whether the capitalised run from `k` is followed by a group noun: "State of Law coalition". */
function namesGroup(tokens: Token[], k: number): boolean {
  while (k < tokens.length && isCapWord(tokens[k]!)) k++;
  return GROUP_NOUNS.has(tokens[k]?.text.toLowerCase() ?? "");
}

export interface SentenceMentions {
  mentions: Mention[];
  sameAs: SameAs[];
}

/** Headlines in Title Case give capitalisation no meaning: only registry names are taken from them. */
export function isTitleCase(text: string): boolean {
  if (/[.!?"”:]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** A nickname in quotes between a given name and a surname: Jimmy "Barbecue" Chérizier. */
interface Nickname {
  /** Offsets of the quoted nickname, quotes included, in the sentence text. */
  start: number;
  end: number;
  name: string;
}

const OPENING_QUOTES = new Set(['"', "“", "‘", "'"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);

/** The nicknames of a sentence's names, and its tokens without them: the name reads on as one run. */
function withoutNicknames(tokens: Token[], text: string): { tokens: Token[]; nicknames: Nickname[] } {
  const nicknames: Nickname[] = [];
  const kept: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (OPENING_QUOTES.has(t.text) && k > 0 && isCapWord(tokens[k - 1]!) && isCapWord(tokens[k + 1] ?? t)) {
      let close = k + 2;
      while (close < Math.min(tokens.length, k + 5) && !CLOSING_QUOTES.has(tokens[close]!.text)) close++;
      const surname = tokens[close + 1];
      if (
        close < tokens.length &&
        CLOSING_QUOTES.has(tokens[close]!.text) &&
        surname &&
        surname.spaceBefore &&
        isCapWord(surname) &&
        !CALENDAR.has(surname.text)
      ) {
        const start = t.start;
        const end = tokens[close]!.end;
        nicknames.push({ start, end, name: text.slice(tokens[k + 1]!.start, tokens[close - 1]!.end) });
        k = close;
        continue;
      }
    }
    kept.push(t);
  }
  return nicknames.length ? { tokens: kept, nicknames } : { tokens, nicknames };
}

export function findMentions(s: Sentence, registry: Registry): SentenceMentions {
  return new MentionSearch(s, registry).run();
}

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
   * militias known as Wazalendo", "a group called X", "fighters of the X".
   */
  private namedAsAGroup(ts: number): boolean {
    const word = (k: number) => this.tokens[k]?.text.toLowerCase() ?? "";
    if (word(ts - 1) === "the" && word(ts - 2) === ",") return FORCE_NOUNS.has(word(ts - 3));
    // "a little-known group called Jund al-Khilafa".
    if (word(ts - 1) === "called" || word(ts - 1) === "named") return GROUP_NOUNS.has(word(ts - 2));
    // "fighters of the Segunda Marquetalia".
    const of = word(ts - 1) === "the" ? ts - 2 : ts - 1;
    if (word(of) === "of" && ARMED_MEMBERS.has(word(of - 1))) return true;
    return word(ts - 1) === "as" && word(ts - 2) === "known" && FORCE_NOUNS.has(word(ts - 3));
  }

  /** Whether places of a kind, in the plural, were told in the few words before token `ts` ("in seven towns, …"). */
  private placesTold(ts: number): boolean {
    for (let k = Math.max(0, ts - 10); k < ts; k++) {
      if (pluralOfAPlaceKind(this.tokens[k]!.text.toLowerCase())) return true;
    }
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

  /** "the group's commander in the area, X": a role, then where it is held, ending at token `k` before the name. */
  private roleBeforePlace(k: number): boolean {
    for (let j = k; j > Math.max(0, k - 5); j--) {
      const w = this.tokens[j]!.text;
      if (!/^[a-z]+$/.test(w)) return false;
      if (j < k && ROLES.has(w) && this.tokens[j + 1]!.text === "in") return true;
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
      return k > te && /s$/.test(w) && PLACE_TRAILER_SET.has(w.slice(0, -1));
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

  /** "Riyadh al-Samarrai": a name that runs on into "al-…" is a person's given name, not the capital or state it spells. */
  private arabicNameGoesOn(te: number): boolean {
    return (
      PARTICLES.has(this.tokens[te]?.text ?? "") &&
      this.tokens[te + 1]?.text === "-" &&
      !this.tokens[te + 1]!.spaceBefore
    );
  }

  private classifyChunk(ts0: number, te0: number) {
    let ts = ts0;
    let te = te0;
    const organName = this.tokens.slice(ts + 1, te).some((t) => ORG_HEAD_SET.has(t.text.toLowerCase()));
    while (
      ts < te &&
      !this.numberedName(ts, te) &&
      (LEADING_STOP.has(this.tokens[ts]!.text.toLowerCase()) || IDENTITY.has(this.tokens[ts]!.text)) &&
      // "the Military Council": a word of an organ before a group's head starts its name.
      !(
        organName &&
        (ts === ts0 || /^the$/i.test(this.tokens[ts - 1]!.text)) &&
        ORGAN_WORDS.has(this.tokens[ts]!.text.toLowerCase())
      )
    )
      ts++;
    if (ts >= te) return;
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
    // Muslims" are no actor, but "the Group for the Support of Islam and Muslims (JNIM)" is.
    if (!hit && (NON_ACTOR_HEAD_SET.has(lastWord) || (IDENTITY.has(lastWord) && !bracketAcronymAt(this.tokens, te)))) {
      // "Iraqi Shi'ite leader X": the state before the identity is named all the same.
      if (IDENTITY.has(lastWord) && te - ts > 1) this.classifyChunk(ts, te - 1);
      return;
    }
    const split = this.splitPoint(ts, te);
    if (split > ts) {
      this.classifyChunk(ts, split);
      this.classifyChunk(split, te);
      return;
    }
    const isNonActor = this.registry.isNonActor(whole);
    if (hit) return this.registryMention(ts, te, hit);
    if (PLACE_TRAILER_SET.has(lastWord.toLowerCase()) && te - ts >= 2 && !isNonActor) {
      // "Islamic State West Africa Province", "the Islamic State's Mozambique Province": a group's branch
      // named after its region is a group.
      const owner = this.mentions[this.mentions.length - 1];
      const branch =
        this.registryPrefix(ts, te)?.label === "Organization" ||
        (/^['’]s$/.test(this.tokens[ts - 1]?.text ?? "") &&
          owner?.tokenEnd === ts - 1 &&
          owner.label === "Organization");
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
            (rest.some((w) => ["Ministry", "Parliament", "Council", "Command", "Army", "Observatory"].includes(w)) ||
              // "Syrian Democratic Forces", "Iraqi Security Forces": a national body's own name.
              (NATIONAL_BODY_HEADS.has(rest[rest.length - 1]!) && !this.registry.lookup(rest.join(" "))))
          ) &&
          // "Hezbollah Brigades" (Kataib Hezbollah) is another group than Hezbollah: a group's name followed
          // only by the head of a group's name is a name of its own.
          !(h.label === "Organization" && rest.every((w) => ORG_HEAD_SET.has(w.toLowerCase()))) &&
          // "the United Nations Support Mission in Libya (UNSMIL)": the acronym names the whole run, the group's
          // name and what follows it.
          !(h.label === "Organization" && this.acronymSpells(head, this.spanText(ts, te), te)) &&
          // "the Russian Volunteer Corps (RVC)": an acronym that spells the whole run, the state's word with it.
          !(
            h.label === "State" &&
            bracketAcronymAt(this.tokens, te) &&
            initialsOf(this.spanText(ts, te), true) === this.tokens[te + 1]!.text
          )
        ) {
          const restText = rest.join(" ");
          if (h.label === "State" && rest.length === 1 && STATE_ORGAN_SET.has(rest[0]!.toLowerCase())) {
            this.registryMention(ts, te, h);
            return;
          }
          this.registryMention(ts, k, h);
          if (SUBUNITS.includes(restText)) return;
          ts = k;
          break;
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
    if (titles.length === 1 && title === "General" && te - ts === 1 && GENERAL_BODIES.has(this.tokens[ts]!.text)) {
      this.make(titled, te, "Organization", ["general-body"]);
      return;
    }
    // An organisation's sub-unit ("Hamas Political Bureau") names the organisation; after a possessive
    // ("Hezbollah's Executive Council head") it is the possessor's, and no actor of its own.
    const surface = this.spanText(ts, te);
    if (SUBUNITS.includes(surface) && /^['’]s$/.test(this.tokens[ts - 1]?.text ?? "")) return;
    for (const su of SUBUNITS) {
      if (surface.endsWith(" " + su) && te - ts > su.split(" ").length) {
        te -= su.split(" ").length;
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
    // "an Amhara militia", "a Baluch militant group": the name says what a group is, and names none.
    const describes = prev === "a" || prev === "an";

    if ((PLACE_PREFIX_SET.has(words[0]!) || NUMBERED_SITES.has(words[0]!)) && words.length >= 2) {
      label = "Place";
      cues.push("place-prefix");
    } else if (
      KUNYA_SET.has(words[0]!) &&
      (PLACE_TRAILER_SET.has(next) ||
        SITE_AFTER_NAME.has(next) ||
        (/^[a-z]+$/.test(next) && (PLACE_TRAILER_SET.has(next2) || SITE_AFTER_NAME.has(next2))))
    ) {
      // "the Abu Salim district", "the Abu Ghraib prison", "the Abu Shouk displacement camp": a place named after a man.
      label = "Place";
      cues.push("named-site");
    } else if (
      KUNYA_SET.has(words[0]!) &&
      words.length >= 2 &&
      !(PLACE_PREPS.has(prev) && words.length === 2) &&
      // "the occupied city of Umm al-Rashrash": a place named after a person.
      !(prev === "of" && PLACE_TRAILER_SET.has(prev2)) &&
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
      )
    ) {
      label = "Organization";
      cues.push("org-head");
    } else if (title && (SITE_AFTER_NAME.has(next) || (next === "air" && next2 === "base"))) {
      // "the Imam Ali compound", "the Sayyida Zeinab shrine", "King Khalid air base": a site named after a person.
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
        // "an attack by JEM factions": an acronym's factions are a group's.
        next === "factions" ||
        SPEECH.has(next) ||
        ORG_PRECEDERS.has(prev) ||
        BLAME_WORDS.has(prev) ||
        BLAME_WORDS.has(prev2) ||
        this.namedAsAGroup(ts)
      ) {
        label = "Organization";
        cues.push("acronym");
      }
    } else if (
      // Not "an Amhara militia", which says what a group is.
      (ORG_TRAILER_SET.has(next) && next !== "forces" && !describes) ||
      // "armed groups such as the Arambai Tenggol".
      this.suchAsGroups(ts) ||
      // "terrorists belonging to Fitna al-Khawarij".
      (prev === "to" && prev2 === "belonging") ||
      // "the Lakurawa armed group", "the Los Lobos criminal gang".
      // Not "a Baluch militant group", which says what a group is.
      (kindOfGroup && next2 !== "forces" && inner.length >= 2 && !describes) ||
      // "Los Choneros", "Las Aguilas": a name with a Spanish article is a gang's, not a person's.
      (SPANISH_PLURAL_ARTICLES.has(words[0]!) && words.length >= 2 && !PLACE_PREPS.has(prev) && prev !== "to") ||
      (FIGHTER_TRAILER_SET.has(next) && words.some((w) => PARTICLES.has(w)) && !PLACE_PREPS.has(prev)) ||
      (ORG_PRECEDERS.has(prev) && !this.taken[ts - 1] && !PLACE_PREPS.has(prev2) && prev2 !== "of") ||
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
      (PLACE_TRAILER_SET.has(next) ||
        (next === "air" && next2 === "base") ||
        // "Afghanistan's Khost and Paktika provinces": the names before a plural of a place's kind.
        this.listedBeforePlaces(te) ||
        // "the Sarsang oil field", "the Conoco gas field".
        ((next === "oil" || next === "gas") && (next2 === "field" || next2 === "fields")) ||
        // Short names, counted in words that are not particles or hyphens ("in Jurf al-Sakhar"), that do not start
        // with a given name ("from Muqtada al-Sadr's Mahdi Army").
        ((PLACE_PREPS.has(prev) || (prev === "the" && PLACE_PREPS.has(prev2))) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          // "broke away from Moqtada al-Sadr's movement": whose the movement is, not where from.
          !(
            /^['’]s$/.test(next) &&
            (ORG_TRAILER_SET.has(next2) || FIGHTER_TRAILER_SET.has(next2) || ROLES.has(next2))
          )) ||
        DIRECTION_SET.has(prev) ||
        // "in an ambush east of Rafah".
        (prev === "of" && DIRECTION_SET.has(prev2) && content.length <= 3 && !GIVEN_NAME_SET.has(words[0]!)) ||
        // "Gunmen stormed Darul Jamal in Borno state", "drones struck Mekelle on Friday": a name taken or struck, told
        // with where it is, when, or ending the clause.
        (TAKING_VERBS.has(prev) &&
          AFTER_A_TAKEN_PLACE.has(next) &&
          content.length <= 3 &&
          !GIVEN_NAME_SET.has(words[0]!)) ||
        // "attacked camps in seven towns, including Kayes": one of the places told.
        (prev === "including" && this.placesTold(ts) && content.length <= 3 && !GIVEN_NAME_SET.has(words[0]!)) ||
        // "an Israeli strike on Nabatieh": a name an attack falls on, with nothing to say it is a group.
        (prev === "on" && ATTACK_NOUNS.has(prev2) && content.length <= 3 && !GIVEN_NAME_SET.has(words[0]!)) ||
        // "struck Erbil, the capital of Iraq's Kurdistan region": a place said to be one.
        (content.length <= 3 &&
          PLACE_APPOSITIVE.test(this.text.slice(this.tokens[te - 1]!.end, this.tokens[te - 1]!.end + 40))) ||
        // "the town of Jurf al-Nasr": short names only, counted in words that are not particles or hyphens.
        (prev === "of" && PLACE_TRAILER_SET.has(prev2.replace(/(?<=[a-z])s$/, "")) && content.length <= 3) ||
        // "the villages of Aitaroun and Kfar Kila": the second of a pair of places; "in Qamishli, Kobani and
        // Hasakah": a place in a list of places.
        (prev === "and" &&
          this.mentions[this.mentions.length - 1]?.label === "Place" &&
          this.mentions[this.mentions.length - 1]!.tokenEnd === ts - 1) ||
        (prev === "," &&
          (next === "and" || next === ",") &&
          content.length <= 2 &&
          !GIVEN_NAME_SET.has(words[0]!) &&
          this.mentions[this.mentions.length - 1]?.label === "Place" &&
          this.mentions[this.mentions.length - 1]!.tokenEnd === ts - 1))
    ) {
      label = "Place";
      cues.push("place-context");
      if (PLACE_KEEP_TRAILERS.has(next)) te += 1;
    } else if (
      content.length === 1 &&
      next === "," &&
      /^(?:a|an|the)$/.test(next2) &&
      GROUP_APPOSITIVE_HEADS.has(this.appositiveHead(te)) &&
      !GIVEN_NAME_SET.has(words[0]!)
    ) {
      // "the Fano, an Amhara militia": a one-word name that an appositive says is a group.
      label = "Organization";
      cues.push("group-appositive");
    } else if (content.length <= 3 && this.namedAsAGroup(ts)) {
      label = "Organization";
      cues.push("force-named");
    } else if (content.length >= 2) {
      const appositiveRole =
        next === "," &&
        (ROLES.has(next2) ||
          ["a", "an", "the", "who", "also", "known", "another", "former"].includes(next2) ||
          ROLES.has(`${next2} ${this.tokens[te + 2]?.text.toLowerCase()}`));
      // "…'s prime minister, Najib Mikati,": the role comes first and the name follows a comma.
      // "…'s prime minister, Najib Mikati,", "one of its most senior commanders, Taleb Sami Abdallah,".
      const role = prev2.replace(/(?<=[a-z])s$/, "");
      const roleBefore =
        prev === "," &&
        (ROLES.has(prev2) ||
          ROLES.has(role) ||
          ROLES.has(`${this.tokens[ts - 3]?.text.toLowerCase()} ${prev2}`) ||
          this.roleBeforePlace(ts - 2));
      if (next === "," && GROUP_APPOSITIVE_HEADS.has(this.appositiveHead(te))) {
        // "the Emergency Lawyers, a rights group,": what the name is said to be.
        label = "Organization";
        cues.push("group-appositive");
      } else if (
        PERSON_PRECEDERS.has(prev) ||
        // "Hafiz Gul Bahadur's faction": a faction, its loyalists or men are a person's.
        (/^['’]s$/.test(next) && FOLLOWERS.has(next2)) ||
        SPEECH.has(next) ||
        SPEECH.has(prev) ||
        appositiveRole ||
        roleBefore ||
        // "two of its members, identified as Rojhat Zagros and Baran Amed, were killed": the names the dead were given.
        IDENTIFIED_AS.test(this.text.slice(Math.max(0, this.tokens[ts]!.start - 80), this.tokens[ts]!.start)) ||
        // "Yevgeny Ferder, 50,": an age after a name.
        (next === "," && /^\d{1,3}$/.test(next2) && this.tokens[te + 2]?.text === ",") ||
        (prev === "by" && LEADING_VERBS.has(prev2))
      ) {
        label = "Person";
        cues.push("person-context");
      } else if (bracketAcronymAt(this.tokens, te)) {
        // "Hayat Tahrir al-Sham (HTS)": people are not given acronyms, groups are.
        label = "Organization";
        cues.push("defined-acronym");
      } else if (
        (words.some((w) => /^(al|Al|bin|ibn)$/.test(w)) || GIVEN_NAME_SET.has(words[0]!)) &&
        SITE_AFTER_NAME.has(next)
      ) {
        // "the Kamal Adwan hospital", "the Imam al-Mahdi mosque": a site named after a man.
        label = "Place";
        cues.push("named-site");
      } else if (
        (words.some((w) => /^(al|Al|bin|ibn)$/.test(w)) || GIVEN_NAME_SET.has(words[0]!)) &&
        (!PLACE_PREPS.has(prev) || GIVEN_NAME_SET.has(words[0]!))
      ) {
        label = "Person";
        cues.push("arabic-name");
      }
    }
    // "JNIM, led by Iyad Ag Ghaly": what is led is a group.
    if (label === null && LED_BY.test(this.text.slice(this.tokens[te - 1]!.end, this.tokens[te - 1]!.end + 40))) {
      label = "Organization";
      cues.push("led-by");
    }
    if (
      label === "Organization" &&
      NAME_FORMING_TRAILERS.has(next) &&
      !words.some((w) => ORG_HEAD_SET.has(w.toLowerCase()))
    ) {
      te += 1;
    }
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
          (/^[’']s$/.test(nxt.text) &&
            this.tokens[te + 1]?.pos !== "ADJ" &&
            this.tokens[te + 1]?.pos === "NOUN" &&
            /strike|support|anger|decision|position/.test(this.tokens[te + 1]!.text)));
      const alwaysState = hit.name === "United States";
      const prevWord = this.tokens[ts - 1]?.text.toLowerCase() ?? "";
      if ((!acts && !alwaysState) || PLACE_PREPS.has(prevWord) || DIRECTION_SET.has(prevWord)) label = "Place";
    }
    if (hit.label === "State") {
      const nxt = this.tokens[te]?.text.toLowerCase();
      if (nxt && STATE_ORGAN_SET.has(nxt)) end = te + 1;
    }
    this.make(ts, end, label, ["registry"], {
      // A capital read as a place is named as written; a registry name keeps its canonical form.
      ...(label === hit.label ? { canonical: hit.name, form: hit.form } : {}),
      // "British warplanes struck": the mention covers the organ, which tells that the state acts, but
      // "British warplanes" is no name of the United Kingdom.
      ...(end > te ? { surface: this.spanText(ts, te) } : {}),
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

/** The initials of a phrase's words: of those with a capital only, or of all. */
function initialsOf(phrase: string, capitalOnly: boolean): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => (capitalOnly ? /^\p{Lu}/u : /^\p{L}/u).test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
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

/** "Name (ACRONYM)", "Name (also known as X)", "Name, or X,", "Name, also known as X", "Name, whose real name is X". */
const GROUP_ALSO_KNOWN_AS =
  /^,\s*(?:an?|the)\s+[^,;()]{1,80}?\b(?:also|better|formerly) known as(?: the)?\s*$|^,\s*(?:also |better |widely )?known by its (?:[A-Z]\w+ )?(?:acronym|initials|abbreviation)\s*$/i;
/** "X, known within Hezbollah as Abu Taleb", "X, known to his fighters as Y". */
const KNOWN_WITHIN = /^,?\s*(?:also |better )?known (?:within|in|among|inside|to) [^,;]{1,60}? as\s*$/i;

function findSameAs(s: Sentence, mentions: Mention[]): SameAs[] {
  const out: SameAs[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    // "Taleb Sami Abdallah, known within Hezbollah as Abu Taleb": the name a group knows him by.
    const c = mentions[i + 2];
    if (c && a.label === "Person" && KNOWN_WITHIN.test(s.text.slice(a.end, c.start)))
      out.push({ a: a.id, b: c.id, how: "aka" });
    // "the Katiba Macina, an al-Qaeda-linked armed group also known as the Macina Liberation Front": the other
    // name of a group, told after what it is, names in that telling and all; "X, better known by its French
    // acronym Y", the language's name and all.
    if (a.label === "Organization" || a.label === null) {
      const other = mentions
        .slice(i + 1, i + 4)
        .find((m) => m.label !== "Person" && GROUP_ALSO_KNOWN_AS.test(s.text.slice(a.end, m.start)));
      if (other) out.push({ a: a.id, b: other.id, how: "aka" });
    }
    const b = mentions[i + 1]!;
    const between = s.text.slice(a.end, b.start);
    const after = s.text.slice(b.end, b.end + 2);
    // "The U.N. mission in Congo, known as MONUSCO": the other name is the mission's, not the country's
    // the phrase ends with.
    if (
      (a.label === "State" || a.label === "Place") &&
      /\b(?:in|of|from|to|for|at|on)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, a.start - 10), a.start))
    )
      continue;
    // 'alias "Fito"': the quotation mark that opens the other name is no word between the two.
    const told = between.replace(/\s*["“‘]$/, "");
    // "the operation, which Israel called Rising Lion": the namer, not the named.
    if (
      /^\s*called\s*$/.test(told) &&
      /\b(?:which|that|what)\s+$/i.test(s.text.slice(Math.max(0, a.start - 8), a.start))
    )
      continue;
    // "Name (Other)": the other name in brackets, right after the name.
    const bracketed = /^\s*\(\s*$/.test(between) && after.startsWith(")");
    if (bracketed && isBracketAcronym(b.surface.replace(/-/g, ""))) {
      out.push({ a: a.id, b: b.id, how: "acronym" });
    } else if (
      /^\s*\(\s*also known as(?: the)?\s*$/i.test(told) ||
      /^\)?,?\s*(?:who (?:is|was) |which (?:is|was) )?(?:also |better |widely |formerly |previously |formally |officially |now )?(?:(?:known|spelled|spelt) as|called)(?: the)?\s*$/i.test(
        told,
      ) ||
      /^\s*\(\s*(?:formerly|previously|also called|also spelled)(?: the)?\s*$/i.test(told) ||
      /^,?\s*(?:formerly|previously|also called|also spelled)(?: the)?\s*$/i.test(told) ||
      /^,?\s*whose real name is\s*$/i.test(told) ||
      // "The GSIM, better known by its Arabic acronym JNIM": a group's other name, by its acronym.
      /^,?\s*(?:who is |who was |which is )?(?:also |formerly |previously )?(?:known|better known|widely known) by (?:(?:the|his|her) (?:nom de guerre|kunya|alias|name)|(?:its|their) (?:[\w-]+ )?(?:acronym|initials|abbreviation|name))\s*$/i.test(
        told,
      ) ||
      /^,?\s*(?:nicknamed|alias|a\.k\.a\.?|aka)\s*$/i.test(told) ||
      (a.label === "Person" && KNOWN_WITHIN.test(told))
    ) {
      out.push({ a: a.id, b: b.id, how: "aka" });
    } else if (bracketed && a.label === "Person" && (b.label === "Person" || b.label === null)) {
      // "Abu Fadak (Abdulaziz al-Mohammadawi)": a nom de guerre and the name behind it.
      out.push({ a: a.id, b: b.id, how: "aka" });
    } else if (
      bracketed &&
      a.label === "Organization" &&
      (b.label === "Organization" || b.label === null) &&
      /\s/.test(b.surface)
    ) {
      // "Jaish al-Adl (Army of Justice)": a group's name and its translation.
      out.push({ a: a.id, b: b.id, how: "aka" });
    } else if (
      /^,\s*or\s*$/.test(between) &&
      (/^\s*,/.test(s.text.slice(b.end)) ||
        // "the Kurdistan Workers' Party, or PKK.": an acronym may end the sentence.
        (/^\s*[.;]/.test(s.text.slice(b.end)) && isBracketAcronym(b.surface.replace(/-/g, ""))))
    ) {
      out.push({ a: a.id, b: b.id, how: "or" });
    }
  }
  return out;
}
