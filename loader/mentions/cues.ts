/**
 * Words that cue a mention's type, drawn from the lexicon: heads of group names, titles, place trailers, and the
 * words before and after a name that tell what it names.
 */
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
  GIVEN_NAMES_OF_GROUP_WORDS,
  LEADING_STOPWORDS,
  NON_ACTOR_HEADS,
  HONORIFICS,
  CLERICAL_RANKS,
  VESSEL_PREFIXES,
  NAME_PARTICLES,
  ENGLISH_ORG_HEADS,
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

/** Month names, days and feasts, and the months abbreviated with their point as the tokenizer keeps it ("Jan."). */
export const CALENDAR = new Set(CALENDAR_WORDS.flatMap((w) => (w.length <= 4 ? [w, `${w}.`] : [w])));

export const LEADING_STOP = lower(LEADING_STOPWORDS);

export const IDENTITY = new Set(IDENTITY_WORDS);

export const NON_ACTOR_HEAD_SET = new Set(NON_ACTOR_HEADS);

export const PLACE_KEEP_TRAILERS = new Set(["airport", "street", "base", "camp", "crossing"]);

export const PARTICLES = new Set(NAME_PARTICLES);

export const HYPHENED_PARTICLES_SET = new Set(HYPHENED_PARTICLES);

export const GIVEN_NAME_SET = new Set(GIVEN_NAMES);
export const GROUP_WORD_GIVEN_NAME_SET = new Set(GIVEN_NAMES_OF_GROUP_WORDS);

export const ORG_HEAD_SET = new Set(ORG_HEADS.map((h) => h.toLowerCase()));

/** Heads that are English words too ("Party", "Army"), which a sentence's first word may be written as. */
export const ENGLISH_HEAD_SET = new Set(ENGLISH_ORG_HEADS.map((h) => h.toLowerCase()));

/** Heads that are a group's only where its name starts with them: "Hayat Tahrir al-Sham", not "Akhtar Hayat Khan". */
export const LEADING_HEADS = new Set(["hayat", "hay'at"]);

export const ORG_TRAILER_SET = lower(ORG_TRAILERS);

/** What kind of group a trailer is: "armed group", "criminal gang", "jihadist movement". */
export const GROUP_KINDS = new Set([
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
  "bandit",
]);

export const GROUP_PLURALS = new Set([
  "groups",
  "militias",
  "factions",
  "gangs",
  "movements",
  "organisations",
  "organizations",
]);

export const SPANISH_PLURAL_ARTICLES = new Set(["Los", "Las"]);

/** "General Security", "General Staff": bodies whose name starts with what is otherwise a rank. */
export const GENERAL_BODIES = new Set(["Security", "Staff", "Intelligence"]);

/** Words dropped from the start of a name ("Military sources") that may start an organ's name ("the Military Council"). */
export const ORGAN_WORDS = new Set(["military", "police", "health", "media"]);

export const FIGHTER_TRAILER_SET = lower(FIGHTER_TRAILERS);

export const NAME_FORMING_TRAILERS = new Set([
  "movement",
  "bloc",
  "party",
  "organization",
  "organisation",
  "front",
  "column",
  "network",
  "cartel",
]);

export const SPEECH = lower(SPEECH_VERBS);

/** What a group does as a sentence's subject: "The M23 seized Goma", "the ADF attacked a church". */
export const GROUP_DEEDS = new Set([
  "attacked",
  "seized",
  "captured",
  "recaptured",
  "stormed",
  "ambushed",
  "overran",
  "claimed",
]);

export const ROLES = lower(ROLE_NOUNS);

/** Who is someone's by kin or service: "her driver, X,", "his son, X,". The name after one is a person's. */
export const KIN_AND_STAFF = new Set([
  "driver",
  "bodyguard",
  "aide",
  "wife",
  "husband",
  "son",
  "daughter",
  "brother",
  "sister",
  "father",
  "mother",
  "nephew",
  "cousin",
]);

export const PLACE_TRAILER_SET = lower(PLACE_TRAILERS);

export const DIRECTION_SET = lower(DIRECTIONS);

export const STATE_ORGAN_SET = lower(STATE_ORGANS);

export const KUNYA_SET = new Set(BY_NAMES);

export const HONORIFIC_SET = new Set(HONORIFICS);

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
export const TITLES_BY_FIRST = new Map<string, typeof TITLES>();
for (const t of TITLES) TITLES_BY_FIRST.set(t.parts[0]!, [...(TITLES_BY_FIRST.get(t.parts[0]!) ?? []), t]);

export const INNER_CONNECTORS = new Set(["of", "against", "for"]);

/** Lower-case words inside Spanish, Portuguese and French names. */
export const ROMANCE_JOINERS = new Set(["de", "del", "da", "do", "dos", "das", "du", "des"]);

/** The articles a joiner may take before the rest of the name: "Comandos de la Frontera". */
export const ROMANCE_ARTICLES = new Set(["la", "las", "los"]);

export const WATER_HEADS = new Set(["gulf", "strait", "straits", "sea", "bay"]);

export const POLITY_HEADS = new Set(["republic", "kingdom", "emirate", "sultanate"]);

export const ATTACK_NOUNS = new Set([
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

export const NUMBERED_SITES = new Set([
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

export const PLACE_APPOSITIVE =
  /^, (?:the|a|an) (?:[a-z-]+ )?(?:capital|city|town|village|port|province|district|region|governorate|camp)(?![\w'’])/;

/** English heads that, after a demonym, name one national body rather than a title or a foreign group. */
export const NATIONAL_BODY_HEADS = new Set([
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
  // A body of a country's people: "Sudan Doctors Network".
  "Network",
  "Company",
  "Corporation",
]);

export const IN_AFTER = new Set(["Resistance", "Movement", "Front", "Party"]);

/** "the Islamic State in the Sahel", "al-Qaeda in the Islamic Maghreb": a branch named by its region. */
export const IN_THE_AFTER = new Set(["State", "Qaeda", "Qaida"]);

/** Verbs whose object is a place when nothing says it is a group: "stormed Darul Jamal", "struck Mekelle on Friday". */
export const TAKING_VERBS = new Set([
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
export const AFTER_A_TAKEN_PLACE = new Set([
  ...["in", "on", "near", "overnight", "late", "early", ",", ".", "", "and"],
  // "who captured Goma last month", "seized Kidal from the rebels".
  ...["last", "earlier", "this", "from", "after"],
]);

/** Heads of a landform's name, no actor but a place where an attack may be told: "the Golis Mountains". */
export const LANDFORMS = new Set(["Mountain", "Mountains", "Valley", "Heights", "Plain"]);

export const PLACE_PREPS = new Set([
  "in",
  "near",
  // "struck a ship off Aden".
  "off",
  "at",
  "from",
  "toward",
  "towards",
  "into",
  "outside",
  "around",
  "across",
]);

/** A group's bodies, named after it: "Hamas Political Bureau" names Hamas. */
export const SUBUNITS = [
  "Political Bureau",
  "Political Office",
  "Political Council",
  "Military Council",
  "Executive Council",
  "Jihad Council",
  "Shura Council",
  "Media Office",
];

/** Words that make a body's name its own, not a group's body: "the Transitional Military Council". */
export const BODY_QUALIFIERS = new Set([
  "Transitional",
  "Interim",
  "Provisional",
  "Supreme",
  "Revolutionary",
  "Sovereign",
  "Sovereignty",
  "National",
  "Joint",
  "High",
  "Higher",
  "Central",
  "Federal",
]);

/** Nouns after a people's name: "the Hema community", "the Nuer tribe". */
export const PEOPLE_NOUNS = new Set(["community", "communities", "tribe", "tribes", "clan", "clans", "people"]);

export const PERSON_PRECEDERS = new Set([
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
  "spokeswoman",
  "member",
  "chief",
  "commander",
  "leader",
  "sub-leader",
  "head",
  "deputy",
  "official",
  "journalist",
  "correspondent",
  "reporter",
  "photographer",
  "cameraman",
  "analyst",
  "scientist",
  "scientists",
  "physicist",
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
  // "The victim, Alexei Sirotkin,", "the suspect, X,", "a Palestinian-American man, Saif Musallet,".
  "victim",
  "man",
  "woman",
  "teenager",
  "suspect",
  "gunman",
  "bomber",
]);

export const GROUP_NOUNS = new Set(["coalition", "bloc", "alliance", "party", "movement", "militia", "group", "front"]);

/**
 * "identified the commanders as X, the secretary of the council, Y, its commander, and ": names, each with what it
 * is.
 */
export const IDENTIFIED_AS =
  /\b(?:identified|named) (?:(?:the|its|their) (?:[\w-]+ ){0,2}?|him |her |them )?as (?:(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ar)-[\w'’-]+|bin|ibn|bint)(?: |, | and |, and )|(?<=, )(?:the|its|their|his|her|an?) [^,.;⟦]{1,60}?, (?:and )?)*$/;

/** "villages", "towns", "sites", "cities": a kind of place in the plural, not a place word that itself ends in "s". */
export const pluralOfAPlaceKind = (w: string) =>
  /s$/.test(w) &&
  !PLACE_TRAILER_SET.has(w) &&
  (PLACE_TRAILER_SET.has(w.slice(0, -1)) || /^(?:sites|facilities|cities)$/.test(w));

/** Those whose group a name after "of" is: "fighters of the Segunda Marquetalia". */
export const ARMED_MEMBERS = new Set(["fighters", "militants", "gunmen", "rebels", "insurgents", "commanders"]);

/** What a group is a part of: "a dissident faction of the FARC", "an offshoot of X", "the armed wing of X". */
export const PARTS_OF_A_GROUP = new Set(["faction", "factions", "offshoot", "affiliate", "splinter", "wing"]);

/** Wings a group has, as opposed to a building's: "the armed wing of Hamas", not "the east wing of the hospital". */
export const WINGS_OF_A_GROUP = new Set(["armed", "military", "political", "youth", "militant", "student", "women's"]);

/** Forces a name may be given after: "Congo's army, the FARDC", "militias known as Wazalendo". */
export const FORCE_NOUNS = new Set([
  "army",
  "military",
  "militia",
  "militias",
  "police",
  "forces",
  "rebels",
  "gangs",
  "gang",
]);

/** Nouns an appositive calls a group by: "X, a rights group", "X, an Iran-backed militia that…". */
export const GROUP_APPOSITIVE_HEADS = new Set([
  ...GROUP_NOUNS,
  ...[
    "organization",
    "organisation",
    "faction",
    "network",
    "offshoot",
    "affiliate",
    "outfit",
    "charity",
    "monitor",
    "gang",
    "cartel",
  ],
]);

export const APPOSITIVE_ENDS = new Set([
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
  // "a jihadist group active along the border", "a militia loyal to X": an adjective after the head starts its modifier.
  "active",
  "loyal",
  "close",
  "opposed",
  "along",
  "near",
]);

/** Units named after a man: "the Carlos Patiño front", "the Dagoberto Ramos column". */
export const UNIT_AFTER_NAME = new Set(["front", "column", "bloc", "brigade", "battalion", "unit"]);

export const SITE_AFTER_NAME = new Set([
  "compound",
  "shrine",
  "mosque",
  "base",
  "camp",
  "hospital",
  "school",
  "airport",
  "street",
  "square",
  "prison",
  // "the Um Dabakir power station".
  "station",
  "plant",
  "refinery",
]);

export const MEMBERS = new Set(["members", "operatives", ...ARMED_MEN]);

export const SPLIT_VERBS = new Set(["split", "splintered", "away", "defected", "seceded", "separated", "expelled"]);

export const FOLLOWERS = new Set(["faction", "loyalists", "supporters", "followers", "men", "militia", "bloc", "camp"]);

export const LEADING_VERBS = new Set(["led", "headed", "founded", "formed", "created", "established", "commanded"]);

export const LED_BY =
  /^(?:,\s+(?:which |that )?(?:is |was |has been |had been )?|\s+(?:is |was |has been |had been ))(?:led|headed|commanded) by\b/;

export const BLAME_WORDS = new Set(["blaming", "blamed", "accused", "accusing"]);

/** Verbs of an attack done by someone: "launched by", "carried out by", "planted by". */
export const ATTACK_DONE = new Set(["launched", "fired", "out", "conducted", "perpetrated", "staged", "planted"]);

/** Words after which a name is a group's: "the militia X", "who heads X". */
export const ORG_PRECEDERS = new Set([
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

export const ENDING_HEAD_SET = new Set(ENDING_HEADS);

export const GENERIC_ORG_SET = new Set(GENERIC_ORG_NAMES);

export const STATE_MINISTRY_SET = new Set(STATE_MINISTRIES);

export const PLACE_PREFIX_SET = new Set(PLACE_PREFIXES);

export const VESSEL_PREFIX_SET = new Set(VESSEL_PREFIXES);
