/**
 * The building blocks of the fact patterns: role words, the markers of a target group, and Pattern, a regular
 * expression with the cheap test that tells whether a sentence may hold it at all.
 */
import { IDENTITY_WORDS } from "../mentions/lexicon.ts";
import { mk } from "./marked.ts";

/** A minister's portfolio: "the Taliban's interior minister", "Israel's defence minister". */
const PORTFOLIO =
  "interior|defen[cs]e|foreign|finance|justice|information|security|intelligence|war|home|health|education|oil|energy|economy|refugees?";

const MOD = `(?:(?:${PORTFOLIO}|deputy|senior|leading|top|former|military|political|field|local|chief|official|acting|founding|late|assistant|high-ranking|prominent|veteran|key|general|overall|supreme|second|interim|jailed|imprisoned|exiled|detained|slain|most|highest-ranking|most-senior) )`;

const ROLE_WORDS =
  "secretary-general|secretary general|Secretary-General|Secretary General|commander-in-chief|second-in-command|number two|co-leaders?|co-chair(?:man|woman)?|(?:sub-)?leaders?|co-founder|founder|head|chief|deputy|commanders?|officers?|spokesperson|spokesman|spokeswoman|members?|official|fellow|director|governor|president|prime minister|minister|chairman|coordinator|emir|legislator|lawmaker|MP|representative|envoy|ambassador|adviser|advisor|recruiter|financier|facilitator|operative|negotiator|cleric|ideologue";

export const ROLE = `(${MOD}{0,3}(?:${ROLE_WORDS})(?: of staff| of operations(?: for \\w+)?| of the political bureau| of the [A-Z]\\w+ (?:Political )?Bureau| for (?:${PORTFOLIO}|[a-z]+ affairs)\\b)?)`;

export const AKA = `(?:, (?:also |better )?known as ${mk("P")})?`;

export const DET = "(?:the |a |an |its |his |her |their )?";

/** Titles stay outside person markers ("Prime Minister ⟦P1⟧"). */
export const TITLE = "(?:[A-Z][\\w.-]* (?:of (?=[A-Z]))?){0,3}";

/**
 * The case-blind role patterns read any word as a title: not "and" of a list that goes on ("…, and Gen. Z"), nor
 * "including" ("members of X, including its leader Y": the role is the one after it).
 */
export const NOT_A_LIST_GOING_ON = "(?!and |or |but |while |including )";

/** What a group named after another is of it: "the al-Qaeda affiliate Hurras al-Din". */
export const NAMED_BRANCH = "(?:affiliate|offshoot|branch|franchise)";

/** "a commander of the Islamic State's Mozambique province": a group's branch named for a state is not the state. */
const NOT_A_PROVINCE_OF = "(?!(?<=⟦S\\d+⟧) (?:province|branch|chapter)\\b)";

/** "the spiritual leader of Syria's Druze": a people of the state, not the state, is what the role is held in. */
const NOT_ITS_PEOPLE = `(?![’']s (?:${IDENTITY_WORDS.join("|")})\\b)`;

/**
 * The actor a role is held in: the possessed, not the possessor ("Iraq’s Joint Operations Command"); the group, not
 * the state that qualifies it ("the Lebanese Islamic Group").
 */
export const TARGET = `(?:⟦[SO]\\d+⟧(?:[’']s? ${"(?:[\\w'’-]+ ){0,1}?"}| ${NAMED_BRANCH} )|⟦S\\d+⟧ (?=⟦O))?${"⟦[OS](\\d+)⟧"}(?![-–]\\w)${NOT_ITS_PEOPLE}${NOT_A_PROVINCE_OF}`;

/** What a part named before its whole is: "the Hafiz Gul Bahadur faction of the Pakistani Taliban". */
export const PART_NOUN = "(?:faction|wing|branch|splinter group)";

/** "the Pakistan-based X": where a group is based, told before its name. */
export const BASED = "(?:⟦[SL]\\d+⟧-based )?";

/** What a group now is, told before its name: "the shadow National Unity Government", "the former FARC guerrilla". */
export const STANDING =
  "(?:(?:shadow|exiled|former|defunct|now-defunct|banned|outlawed|ruling|opposition|rival|self-declared|self-proclaimed) )?";

export const W = (n: number) => `(?:[\\w'’-]+ ){0,${n}}?`;

export const SPONSOR_VERB = "(?:backed|aligned|allied|linked|sponsored|supported|funded|armed|affiliated)";

export const COLLECTIVE =
  "(?:coalition|alliance|network|umbrella(?: organi[sz]ation| group)?|formation|grouping|bloc|front|axis|framework|branch)";

/** What a group is called after its name or in its place: "the X group", "the militia". */
export const GROUP_WORD = "(?:group|militia|movement|faction|organi[sz]ation)";

/**
 * ", which was founded in Iran," between a group and what is said of it; so is what its letters stand for, commas
 * and all (", short for Return, Reclamation and Rehabilitation, is").
 */
export const RELATIVE_CLAUSE = `(?:, (?:which|who|whose) (?:[^⟦]|⟦[SLP]\\d+⟧){0,90}?,|, short for (?:[^⟦;]|⟦[OSLP]\\d+⟧){1,80}?,(?= (?:is|was|are|were|has|had)\\b))?`;

/** What one group is of another: "the armed wing of Hamas", "al-Qaeda's branch", "its suicide squad". */
export const BRANCH = "(?:wing|arm|branch|offshoot|affiliate|franchise|backbone|unit|division|squad|battalion)";

export const ALLY = "(?:allied with|an ally of|allies of|in alliance with)";

/**
 * A fact pattern with what a sentence must contain for it to match: most sentences fail the cheap test,
 * and the full pattern (with its lazy gaps and alternations) never runs on them.
 */
interface Pattern {
  needs: RegExp;
  re: RegExp;
}

export const pattern = (needs: RegExp, source: string, flags = "g"): Pattern => ({
  needs,
  re: new RegExp(source, flags),
});

export const HAS_ROLE = new RegExp(ROLE_WORDS, "i");

export const HAS_BRANCH = new RegExp(BRANCH);

export const HAS_ALLY = new RegExp(ALLY);

/** A short name or acronym defined in parentheses after a group: "Kataib Hezbollah (KH)". */
export const DEFINED = "(?:\\s\\([^()⟦]{1,12}\\)|\\s\\(⟦O\\d+⟧\\))?";

/* The patterns, compiled once: each reads like the sentences it matches (see the comments at their use). */
/** "Qaani, met leaders of…": a clause after a name, not an appositive that gives a role. */
export const NOT_A_VERB =
  "(?!(?:met|meets|said|says|told|urged|called|visited|added|warned|vowed|accused|denied|announced|threatened|attended|praised|condemned|ordered|stressed|asked|led|leads|joined|replaced|succeeded|is|was|are|were|has|had|remains)\\b)";

/**
 * "…the deputy commander of Islamic Jihad's rocket unit, the IDF said": the one who speaks, not a name of the unit
 * ("Hamas's armed wing, the Qassam Brigades, said" closes the name with a comma).
 */
export const NOT_THE_SPEAKER =
  "(?!(?:\\s*\\(⟦[SO]\\d+⟧\\))? (?:said|says|told|reported|added|confirmed|announced|stated)\\b)";

/** "Arouri, 57, was…": an age between a name and what is said of it. */
export const AGE = "(?:, \\d{1,3},)?";

export function each(p: Pattern, text: string, fn: (m: RegExpExecArray) => void) {
  if (!p.needs.test(text)) return;
  for (const m of text.matchAll(p.re)) fn(m as RegExpExecArray);
}
