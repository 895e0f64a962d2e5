/**
 * Who carried out the attack a frame tells, and how the text knows it: stated, claimed, blamed or alleged.
 */
import { COUNT_WORD } from "../text/numbers.ts";
import { written } from "../facts/marked.ts";
import { ARMED_MEN, DIRECTIONS } from "../mentions/lexicon.ts";
import type { Frame } from "./frame.ts";
import type { SentenceReading, TriggerSpan } from "./sentence.ts";
import {
  ARMED_MEN_OF_A_PEOPLE,
  ATTACK_VERBS,
  ATTACKERS_ASIDE,
  ATTACKERS_OF,
  BEHIND_HEDGE,
  CLAIMED_THE,
  GROUP_ADJECTIVE,
  MEMBER_NOUNS,
  NEAR,
  PEOPLE_NOT_FORCES,
  TAKING,
  TIED_TO,
  TITLED_PERSON,
  WEEKDAY_NAME,
  WHO_SAID_TO_BELONG,
} from "./words.ts";

/**
 * Verbs by which a group reports its own attack ("said it had launched", "Turkey's defence ministry said its forces had",
 * "claimed the attack, saying its Majeed Brigade had targeted").
 */
const SAY = "(?:said|says|say|saying|announced|stated|claimed|claims)";

/**
 * "FARC dissidents", "Israeli settlers", "Palestinian gunmen": people told by a group or a state they left or belong to
 * without acting for it; nor does "a drone of Iranian origin" tell who flew it.
 */
const NOT_THE_GROUP = String.raw`(?!\s+(?:dissidents?|defectors?|deserters?|breakaway|splinter|origin|make|manufacture|${PEOPLE_NOT_FORCES})\b)(?!(?<=⟦S\d+⟧)\s+(?:${ARMED_MEN_OF_A_PEOPLE})\b)`;

/** What a name's brackets give of it: "(PMF)", "(GSIM, or JNIM in Arabic)". */
const BRACKETED = String.raw`(?:\s*\((?:[^()⟦.;]|⟦[SO]\d+⟧){1,60}\))?`;

/** The comma that closes a name given in apposition: "Its suicide squad, the X Brigade, attacked". */
const APPOSITIVE_END = "(?<=, (?:the )?⟦[SO]\\d+⟧),";

/**
 * "X said it had fired…", "Turkey's defence ministry said its forces had…", "Islamic State's affiliate in Afghanistan said
 * one of its fighters had…", "Hamas's armed wing said its fighters had…": the speaker's own deed (not that of "the
 * affiliate in Afghanistan", a place; a wing named after it, "Hamas's armed wing, the Qassam Brigades, said…", speaks
 * for itself).
 */
const SELF_CLAIM = new RegExp(
  `(?<!\\b(?:in|from) )⟦[SO](\\d+)⟧(?: group| militia| movement| air force| navy| police| (?:security|intelligence) (?:service|agency))?(?:[’']s (?:[\\w-]+ |⟦S\\d+⟧ )?(?:ministry|military|army|air force|navy|command|branch|affiliate|province|wing(?!, (?:the )?⟦O\\d+⟧,)|spokes(?:man|woman|person))(?: in (?:the )?⟦[SL]\\d+⟧)?| (?:military |official )?spokes(?:man|woman|person) ⟦P\\d+⟧)?(?:, (?:[^,⟦]|⟦[SOL]\\d+⟧){1,90},|${APPOSITIVE_END})?(?: [^⟦.;]{1,60}?,? and)? ${SAY}\\s+(?:[\\w-]+\\s+){0,10}?(?:that\\s+)?(?:it|they|(the (?:group|movement|militia))|its (?:fighters|members|forces|militants|men|troops|soldiers|jets|warplanes|drones)(?!\\s+(?:were|was|had been|have been|has been)\\b))\\s+(?:had\\s+|has\\s+|have\\s+)?\\S+(?:\\s+["“]?[\\w-]+){0,6}$`,
);

/**
 * An actor right before the trigger, as its modifier: "US drone strike", "Israel's strike", "A Russian missile and drone
 * attack"; not "FARC dissidents" (NOT_THE_GROUP).
 */
const ACTOR_MODIFIER = new RegExp(
  String.raw`⟦[SO](\d+)⟧${NOT_THE_GROUP}(?<!\bin (?:(?:northern|southern|eastern|western|central|north|south|east|west) )?⟦[SO]\d+⟧)(?:[’']s)?\s+(?:(?!(?:and|the|of|in|on|at|to|for|with|by|from|over|after|before|a|an|was|were|is|are|been|being|has|have|had|who|which|that|came|come|comes|coming|under)\s)[\w-]+\s+){0,2}(?:(?:missile|rocket|drone|mortar|artillery|air) and\s+)?$`,
  "i",
);

/**
 * "Jihadists linked to Al-Qaeda attacked…", "dissidents of the former FARC": unnamed attackers, told by the group they
 * are tied to or left; not "FARC dissidents of the Central General Staff", the group they are in.
 */
const LINKED_BEFORE =
  /\b(?:linked|affiliated|allied|aligned|tied|close) (?:to|with) (?:the )?$|\binspired by (?:the )?$|(?<!⟦O\d+⟧ )\b(?:dissidents|defectors|deserters|breakaway factions?|splinter (?:groups?|factions?)) of (?:the )?(?:former )?$/i;

const WHEN_OFFENSIVE =
  /^[^.;]{0,100}?,? (?:when|where) (?:(?:fighters|militants|members|gunmen) (?:of|from) )?(?:the )?⟦O(\d+)⟧ (?:launched|began|mounted|started) an? (?:[\w-]+ )?(?:offensive|assault|attack)(?: (?:against|on) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:of (?:the )?(?:former )?)?⟦O(\d+)⟧)?/;

/**
 * The present of headlines and timelines, where the doer is a force or a weapon ("U.S. F-16 fighter jets strike
 * two facilities", "Israeli drones hit"): as a noun ("US strikes") the word names no doer by itself.
 */
const PRESENT_SUBJECT_VERB =
  /⟦[SO](\d+)⟧(?<!\b(?:in|from) ⟦[SO]\d+⟧)(?:[’']s)? (?:[\w-]+ ){0,3}?(?:jets|warplanes|aircraft|forces|troops|drones|fighters|militants) (?:strike|target|hit|attack|bomb|pound|shell)$/;

/** "a fuel port controlled by the Houthi rebels killed…": whose the place is, not the subject of the verb after it. */
const HELD_BY = String.raw`(?<!\b(?:controlled|held|run|backed|supported|operated|seized|captured|occupied|used) by (?:the )?⟦[SO]\d+⟧)`;

/**
 * What follows a verb of saying when the speaker tells of others: "the paramilitary group fired", "jets dropped two
 * bombs". Only "it", "its fighters", "they", "troops" (the army's own: "The Israeli military said troops had opened
 * fire"), a time or "in a statement" keep the speaker as who did the deed.
 */
const NOT_OWN_VOICE = String.raw`(?:the|an?|(?!(?:it|its|they|their|troops|soldiers|forces|to|responsibility|on|in|at|late|early|earlier|last|this|yesterday|today|overnight|had|has|have)\b)[a-z]+(?<!ly))\s`;

/**
 * "US fighter jets struck", "Pakistan's air force carried out", "Kataib Sayyid al-Shuhada, one of the militias, said it
 * had launched", "Its suicide squad, the X Brigade, attacked" (a name in apposition), "M23 rebels backed by Rwanda
 * seized", "Somali troops backed by clan militias known as X retook" (the subject, not its backer), "The Congolese
 * army and allied Wazalendo militias retook" (both); not "The Sudanese military said the paramilitary group fired",
 * where the speaker names another, nor "Three Thai soldiers were wounded when a drone hit", whom the clause's deed
 * befell.
 */
const SUBJECT_VERB = new RegExp(
  `⟦[SO](\\d+)⟧${NOT_THE_GROUP}(?<!\\b(?:in|from) ⟦[SO]\\d+⟧)${HELD_BY}${BRACKETED}(?:[’']s(?= (?:[\\w-]+ )?(?:air force|army|military|navy|forces|troops|jets|warplanes|drones|fighters|militants)\\b))?(?: (?:forces|troops|fighters|militants|soldiers)(?=,))?(?:, (?:[^,⟦]|⟦[SOLP]\\d+⟧){1,90},|${APPOSITIVE_END})?(?:\\s+(?!${SAY}\\s+(?:that\\s+)?${NOT_OWN_VOICE})(?:(?!when\\b)[\\w-]+|in ⟦[SL]\\d+⟧|and (?:the )?(?:allied )?⟦[SO]\\d+⟧|(?:backed|supported|armed|funded) by (?:the )?(?:⟦[SO]\\d+⟧|(?:[a-z-]+ ){0,2}[a-z-]+(?: (?:known as|called) ⟦O\\d+⟧)?))){0,5}?\\s+(?:has |have |had )?(?:carried out|conducted|hit|${ATTACK_VERBS})\\b`,
);

/**
 * "Militants of the banned X forced passengers off buses on a highway in Y and shot dead 23 people", "…were killed when
 * Hamas gunmen emerged from a tunnel shaft and attacked their unit": the group that opens the sentence or its "when"
 * clause, subject of a first deed and of the attack joined to it by "and" (with no other actor between); "Malian
 * soldiers detained and then executed 20 civilians", a deed told without its object.
 */
const AND_THEN = new RegExp(
  `(?:^|\\bwhen\\s+)(?:[A-Z]?[a-z]+\\s+(?:of|from)\\s+)?(?:the\\s+)?(?:[a-z-]+\\s+)?⟦[SO](\\d+)⟧(?:\\s+(?:fighters|militants|rebels|gunmen|insurgents|forces|troops))?\\s+(?!(?:reported|claimed|stated|denied|confirmed|warned|accused|blamed|announced|vowed)\\b)[a-z]+ed(?:\\s(?:[^,;⟦]|⟦L\\d+⟧){1,90}?)?\\s+and\\s+(?:then\\s+)?(?:killed|shot|executed|${ATTACK_VERBS})\\b[\\w\\s]{0,6}$`,
);

/** "On Saturday, its fighters killed…": fighters told as a group's, by a pronoun that opens the clause. */
const ITS_FIGHTERS =
  /(?:^|[,;]\s)(?:[\w-]+\s+){0,3}?(?:its|their)\s+(?:fighters|militants|members|gunmen|men)\s+(?:have\s+|had\s+|has\s+)?(?:[a-z]+\b[^,;⟦]{0,60}?\s+and\s+)?(?:killed|attacked|ambushed|stormed|struck|fired|launched|opened fire)$/i;

/** What a group told as a subject did: "killed", "attacked", "seized". */
const GROUP_DEED = `(?:has\\s+|had\\s+|have\\s+)?(?:killed|attacked|ambushed|stormed|struck|shelled|bombed|fired|launched|hit|opened fire|targeted|sank|sunk|${TAKING})\\b`;

/** "…against Boko Haram after the jihadist group killed 40 soldiers": the group told just before, as the subject. */
const THE_GROUP_DID = new RegExp(
  `(?:^|\\s)[Tt]he\\s+(?:[a-z-]+\\s+)?(?:group|militia|movement|organi[sz]ation)\\s+${GROUP_DEED}`,
);

/**
 * "Gangs led by former police officer Jimmy Cherizier, known as Barbecue, attacked the main prison", "Members of a gang
 * led by X killed…": the man whose men did it, named where no group is; not "troops led by General X", a state's.
 */
const LED_BY_A_MAN_DID = new RegExp(
  `^(?:[A-Z][a-z]+\\s+)?(?:[Gg]angs|[Gg]unmen|[Ff]ighters|[Mm]ilitants|[Rr]ebels|[Mm]ilitiamen|[Bb]andits|[Mm]en|(?:[Mm]embers|[Ff]ighters|[Mm]en) of an? (?:[a-z-]+\\s+)?(?:gang|group|militia))\\s+(?:led|commanded|headed)\\s+by\\s+(?:[a-z-]+\\s+){0,4}⟦P(\\d+)⟧(?:,(?:[^,;⟦]|⟦P\\d+⟧){1,60},)?\\s+${GROUP_DEED}`,
);

/** "The M23 captured Bukavu on Sunday. It seized Goma in January": the group the sentence before opened with. */
const IT_DID = new RegExp(`^It\\s+${GROUP_DEED}`);

/**
 * "The army bombed…", "Junta aircraft bombed…", "the ministry said the army had killed…": the forces of the state
 * whose army the article named, as the subject of the sentence or its clause.
 */
const THE_ARMY_DID = new RegExp(
  `(?:^|[,;]\\s|\\b(?:when|after|as|while|that|said|says)\\s)(?:[Tt]he\\s+)?(?:[Mm]ilitary|[Aa]rmy|[Jj]unta)(?:['’]s)?(?:\\s+(?:aircraft|jets|warplanes|troops|soldiers|forces|drones|helicopters|artillery))?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${ATTACK_VERBS}|killed)$`,
);

/**
 * The two sides of a clash: "clashes between members of X, …, and fighters of the Iran-backed Y", "between M23
 * rebels and Congolese troops", "between the Kurdish-led SDF and Turkish-backed factions of the SNA", "between the X
 * rebel group and the Y army", "between the Syrian Democratic Forces (SDF) and Arab tribal fighters", "Fighting later
 * broke out in X on Monday between…".
 */
const CLASH_SIDES =
  /^\w+\s+(?:(?:later|then|also|again|subsequently)\s+)?(?:(?:erupted|broke out|began|started)\s+(?:[\w-]+\s+|⟦L\d+⟧\s+){0,4}?)?between\s+(?:[\w-]+\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+|⟦S\d+⟧-[\w-]+\s+){0,2}?⟦[SO](\d+)⟧(?![-–])(?:\s*\(⟦[SO]\d+⟧\))?(?:\s+(?:(?:security|government|armed)\s+)?(?:rebels|guerrillas|fighters|militants|militiamen|gunmen|insurgents|troops|forces|soldiers|(?:rebel\s+|armed\s+|militant\s+)?(?:group|movement|militia)))?(?:,[^,]{1,80},)?\s+and\s+(?:(?:(?:[\w-]+\s+|⟦S\d+⟧-[\w-]+\s+){0,2}?(?:factions|fighters|members|units|elements)\s+of\s+|[\w-]+\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+|⟦S\d+⟧-[\w-]+\s+){0,2}?⟦[SO](\d+)⟧(?![-–])|(?:[\w-]+\s+){0,2}?(?:gunmen|fighters|militants|insurgents|militiamen|tribesmen)\b(?!\s+(?:of|from)\b))/;

/**
 * "clashes with militants of the PKK", "fighting with al-Shabaab", "clashes with forces loyal to the X": the named side
 * fought against.
 */
const CLASHES_WITH =
  /^(?:clash(?:es)?|fighting) with (?:(?:militants|fighters|members|gunmen|rebels|insurgents) of |(?:forces|fighters|troops|militias) (?:loyal|allied) to )?(?:the )?⟦O(\d+)⟧/;

/** A side of a fight told by its men: "forces loyal to X", "members of Y". */
const SIDE_MEN =
  "(?:(?:forces|fighters|troops|militias) (?:loyal|allied) to |(?:members|fighters|militants|gunmen) of )?(?:the )?";
/** "fighting pitted forces loyal to X against members of Y", "The clashes pitted the X against the Y": the two sides. */
const FIGHTING_PITTED = new RegExp(
  `^(?:fighting|clashes) pitted ${SIDE_MEN}⟦[SO](\\d+)⟧ against ${SIDE_MEN}⟦[SO](\\d+)⟧`,
);

/** The two forces before "exchanged fire" or "clashed": "Afghan Taliban forces and Pakistani troops". */
const EXCHANGED_FIRE = /⟦[SO](\d+)⟧(?: [\w-]+){0,2}? and (?:the )?⟦[SO](\d+)⟧(?: [\w-]+){0,2}? (?:had |have |has )?$/;

/**
 * "by al-Shabab militants", "by members of X", "by Sudan's paramilitary Rapid Support Forces": the agent after a
 * trigger; "was ambushed near Anefis by fighters of X", "killed in Gaza on Friday by X": after where and when it was;
 * "by FARC dissidents of the EMC": the dissidents' own group; "by the Iran-backed Houthis": the group, not its backer;
 * not "by Iran-backed militias", men of no group named.
 */
const BY_AGENT = new RegExp(
  String.raw`^(?:\s+(?:near|in|at|outside|between)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?⟦L\d+⟧(?:\s+and\s+⟦L\d+⟧)?|\s+(?:(?:late|early)\s+)?on\s+${WEEKDAY_NAME}){0,2}\s+by\s+(?:the\s+|an?\s+)?(suspected\s+|alleged\s+)?(?:(?:members|fighters|militants|gunmen|elements)\s+of\s+(?:the\s+)?)?(?:${GROUP_ADJECTIVE}\s+)?${TIED_TO}⟦[SO](\d+)⟧(?:(?:[’']s\s+(?:[a-z-]+\s+){0,2}|\s+dissidents\s+(?:of|from)\s+(?:the\s+)?)⟦[SO](\d+)⟧)?(?![-–])`,
);

/** "believed to be members of", "thought to belong to", "reported to be": what men are only thought to be. */
const THOUGHT_TO_BE =
  "(?:believed|thought|suspected|reported) to (?:be|belong to|have been)(?: members of| fighters of| militants of| part of| from)?";

/**
 * "The attackers, believed to be members of X", "the attackers were believed to be members of X", "The attackers are
 * believed to belong to a faction of X".
 */
const SUSPECTED_TO_BE = new RegExp(
  `^(?:attackers|assailants|gunmen)${ATTACKERS_ASIDE},? (?:who (?:are|were) |(?:were|are) )?${THOUGHT_TO_BE} (?:an? (?:faction|cell|unit) of )?(?:the )?⟦O(\\d+)⟧`,
);

/** "The attackers, who the government said belonged to X", "the gunmen, who police said were members of X". */
const SAID_TO_BELONG = new RegExp(
  `^(?:attackers|assailants|gunmen)${ATTACKERS_ASIDE}${WHO_SAID_TO_BELONG}(?:members of |fighters of |militants of |part of |from )?(?:an? (?:faction|cell|unit) of )?(?:the )?⟦O(\\d+)⟧`,
);

/** "X, an Iran-backed militia,", "X, which is allied to al-Qaeda,": what the name is, told between commas. */
const NAMED_ASIDE = "(?:, (?:[^⟦,]|⟦[SOL]\\d+⟧){1,90},)?";

/** "X was likely behind the ", "X, an Iran-backed militia, was behind": whom others name as the attacker. */
const BEHIND = new RegExp(
  `⟦[SO](\\d+)⟧${NAMED_ASIDE} (?:was|were|is|are) ${BEHIND_HEDGE}behind(?: (the|this|that|an?)\\s+|$)`,
);

/**
 * "The attacks bore the hallmarks of X", "No group claimed the attack, which bore the hallmarks of X": the trigger, then
 * whom the way it was done points to.
 */
const HALLMARKS_OF =
  /^\S+(?:,\s+which)?\s+(?:bore|bears|had|has|carried|carries)\s+(?:all\s+)?the\s+hallmarks\s+of\s+(?:the\s+)?⟦[SO](\d+)⟧/;

/** "the minister said the attackers…": what follows is the speaker's word. */
const SAID_THE = `\\b(?:${SAY}|told|added)\\s+(?:that\\s+)?(?:the\\s+)?(?:(?:two|three|four|five|six|\\d+)\\s+)?$`;

const SPEAKER_BEFORE = new RegExp(SAID_THE);

/** "Hamas said the three ": a group speaks. */
const GROUP_SPEAKER_BEFORE = new RegExp(`⟦O\\d+⟧\\s+${SAID_THE}`);

/**
 * "The attackers, from the al-Qaeda-linked JNIM,", "The gunmen were members of X", "the two attackers, a man and a woman,
 * were members of X": who they were, told as known.
 */
const ATTACKERS_FROM = new RegExp(
  String.raw`^(?:attackers|assailants|gunmen)${ATTACKERS_ASIDE}(?:${ATTACKERS_OF}${TIED_TO}⟦O(\d+)⟧| (?:were|are) (?:the )?${TIED_TO}⟦O(\d+)⟧ (?:${MEMBER_NOUNS})\b)`,
);

/** "in southern Syria": where, not who. */
const DIRECTION_WORDS = `(?:${DIRECTIONS.join("|")})`;

/**
 * Who fights for a group: "gunmen from X have killed", "Fighters of X killed" name X as the killer, "people from X"
 * and "the people of X" do not.
 */
const FIGHTERS = [...ARMED_MEN, "members"].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join("|");

/** "an explosive device planted by suspected X militants": who laid a bomb, wherever the sentence tells it. */
const PLANTED_BY =
  /\b(?:device|bomb|mine|explosives?|IED)s? (?:planted|laid|placed|hidden|rigged) by (suspected |alleged )?(?:the )?⟦[SO](\d+)⟧/;

/** Words that make an attacker a suspect: "an alleged Israeli strike", "Suspected jihadists from X have killed…". */
const SUSPECT_WORDS = /\b(?:alleged|suspected|apparent|presumed|possible)\b/i;

const SUSPECTED = new RegExp(`${SUSPECT_WORDS.source}[^.;]{0,60}$`, "i");

/** "Gunmen believed to belong to ": men only thought to be a group's. */
const BELIEVED_TO_BE = new RegExp(`\\b${THOUGHT_TO_BE} (?:the )?(?:⟦[SO]\\d+⟧-[\\w-]+ )?$`);

/**
 * "Israel responded with artillery fire", "… responded on Saturday with air strikes": who answered with the attack the
 * trigger tells.
 */
const RESPONDED_WITH = new RegExp(
  String.raw`⟦[SO](\d+)⟧(?:[’']s (?:army|military|forces|troops))? (?:responded|retaliated|hit back|replied)(?: (?:\w+ days?|hours|a day|a week) later| the (?:following|next) day| (?:(?:late|early) )?on ${WEEKDAY_NAME})? with (?:an? |heavy |intense )?(?:[\w-]+ ){0,2}$`,
);

/**
 * "Israeli special forces rescued four hostages in a raid", "Troops arrested five men in an operation": the forces whose
 * deed the raid was; not "Two soldiers were killed in a raid", whom it befell, nor what a speaker said of one.
 */
const DEED_IN_A_RAID =
  /⟦[SO](\d+)⟧(?: (?:special )?(?:forces|troops|commandos|soldiers|police))? (?:rescued|freed|arrested|detained|captured|seized|killed|destroyed|abducted) [^.;,⟦]{1,60}? in an? (?:[\w-]+ )?$/;

/**
 * "X fighters and the army attacked…", "Malian soldiers and Russian fighters of the Africa Corps killed…", "Malian armed
 * forces and foreign fighters … executed", "Malian soldiers and fighters of the Wagner Group executed…": the first of two armed forces told as the subject (a state's word may stand
 * for its soldiers).
 */
const FIGHTERS_AND = new RegExp(
  `⟦[SO](\\d+)⟧(?: (?:armed |security )?(?:fighters|militants|gunmen|rebels|insurgents|jihadists|troops|forces|soldiers)|(?<=⟦S\\d+⟧)(?= and (?:the )?(?:⟦[SO]\\d+⟧ )?(?:fighters|soldiers|troops|forces|militiamen|mercenaries)\\b)) and [^.;⟦]{0,60}?(?:⟦[SOL]\\d+⟧[^.;⟦]{1,80}?)*(?:carried out|conducted|killed|executed|${ATTACK_VERBS})$`,
);

/**
 * An actor, or its forces ("M23 rebels", "Turkish intelligence (MIT)"), right before a kill word that has its victims as
 * object ("a peacekeeper", "Hezbollah's top commander", "a 17-year-old Palestinian, X", "his predecessor, X"); not one
 * the killers were in or went to, though those who "belong to" it are its men, as are "Troops of the Nigerian Army"; an
 * aside may tell what the actor is ("Members of the OLA, which the government calls Shene, killed…").
 */
const KILLER = new RegExp(
  `⟦[SO](\\d+)⟧${NOT_THE_GROUP}(?<!(?<!\\bbelong )\\b(?:in|at|on|near|outside|inside|with|into|across|along|toward|towards|to) (?:the )?(?:${DIRECTION_WORDS} )?⟦[SO]\\d+⟧)${HELD_BY}(?<!(?<!\\b(?:${FIGHTERS}|[Tt]roops|[Ss]oldiers) )\\b(?:from|of) (?:the )?⟦[SO]\\d+⟧)${BRACKETED}(?:[’']s)?(?:\\s+(?:[\\w-]+\\s+)?(?:forces|force|troops|soldiers|army|military|jets|warplanes|drones?|fighters|militants|gunmen|rebels|insurgents|jihadists|militiamen|guerrillas|police|intelligence|fire|shelling|artillery|strikes?|airstrikes?|group|militia|faction|gang)(?:\\s*\\((?:[A-Z]{2,6}|⟦O\\d+⟧)\\))?)?(?:,\\s+(?:(?:backed|supported|aided|assisted) by [^,⟦]{1,40}|(?:which|who|an?) (?:[^,⟦]|⟦[SOL]\\d+⟧){1,60}),)?(?:\\s+and\\s+(?:⟦S(\\d+)⟧\\s+)?(?:allied\\s+|their\\s+)?(?:militiamen|militias|fighters|auxiliaries|mercenaries|troops|soldiers|forces))?\\s+(?:had\\s+|have\\s+|has\\s+)?(?:(?:publicly|reportedly|brutally|summarily|then|later)\\s+)?(?:killed|executed|shot dead|gunned down|neutrali[sz]ed|eliminated)\\s+(?:at least\\s+|more than\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+)?(?:${COUNT_WORD}\\b|${TITLED_PERSON}|(?:(?:an?|the) (?:[\\w-]+ |⟦[SO]\\d+⟧ ){0,3}?|⟦[SO]\\d+⟧[’']s (?:[\\w-]+ ){0,3}?)(?:leader|commander|official|member|militant|soldier|peacekeeper|civilian|policeman|officer|general|colonel|[Ee]mir|chief|mayor|governor)\\b|(?:an?|the) (?:[\\w-]+ ){0,2}?⟦S\\d+⟧(?=,? ⟦P| (?:man|woman|boy|girl|teenager|youth)\\b)|(?:his|her|its|their) [\\w-]+(?: [\\w-]+)?(?=, ⟦P))`,
);

/**
 * "The group said it had launched…", "The BLA said its Majeed Brigade had carried out the attack": the attacker speaking
 * of its own attack claims it.
 */
const SELF_REPORT = new RegExp(
  `\\b${SAY}\\s+(?:[\\w-]+\\s+){0,6}?(?:that\\s+)?(?:it|they|its ⟦O\\d+⟧|its (?:fighters|members|forces|militants|men|troops|soldiers|jets|warplanes|drones)(?!\\s+(?:were|was|had been|have been|has been)\\b))\\s+(?:had\\s+|has\\s+|have\\s+)?$`,
  "i",
);

/**
 * "The Sudanese army said on Monday it had destroyed a cargo plane … in a drone strike on X": the speaker's own deed,
 * done by the strike the trigger names.
 */
const SELF_DONE_IN = new RegExp(
  `⟦[SO](\\d+)⟧ ${SAY}\\s+(?:[\\w-]+\\s+){0,4}?(?:that\\s+)?(?:it|they) (?:had |has |have )?(?:destroyed|killed|hit|targeted|struck|downed|sunk|sank|eliminated|neutrali[sz]ed)\\b(?:[^.;⟦]|⟦[SOL]\\d+⟧){0,100}?\\bin (?:(?:an?|the|its|their) )?(?:[\\w-]+ )?$`,
);

/**
 * "Ukraine's military intelligence agency, the HUR, said on Thursday it had struck…": a state's organ telling of its own
 * deed, however long its name.
 */
const ORGAN_SAID_IT = new RegExp(
  `⟦S(\\d+)⟧[’']s (?:[\\w-]+ ){0,3}?(?:agency|service|ministry|army|military|navy|air force|forces|command)(?:, (?:the )?(?:[A-Z][\\w-]*|⟦O\\d+⟧),| \\(⟦O\\d+⟧\\))? ${SAY}\\s+(?:(?:on|late|early) \\w+\\s+)?(?:that\\s+)?(?:it|they)\\s+(?:had\\s+|has\\s+|have\\s+)?$`,
);

/**
 * "The Nigerian Air Force said that an airstrike in X had killed…", "US Central Command said on Friday that a precision
 * airstrike…": an air force or a military command telling of an air strike tells of its own.
 */
const AIR_ARM_SAYS = new RegExp(
  `⟦O(\\d+)⟧ ${SAY}\\s+(?:[\\w-]+\\s+){0,4}?(?:that\\s+)?(?:an?|the|its)\\s+(?:[\\w-]+\\s+)?$`,
);

/** What SELF_CLAIM needs before it is worth running. */
const SAYS = new RegExp(`\\b${SAY}\\b`);

/** "an airstrike it conducted", "the raid, which they carried out": a deed told as the speaker's, after its word. */
const IT_CONDUCTED =
  /^\S+,?\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:conducted|carried out|launched)\b/;

/** "The U.S. military said on Wednesday that an ": who speaks, with no one named after. */
const SAYER_BEFORE = new RegExp(`⟦[SO](\\d+)⟧(?:[’']s)?(?:\\s+[\\w-]+){0,2}\\s+${SAY}\\b[^.;⟦]*$`);

/**
 * Whether a claim or blame `s` in sentence `t` (of `triggers` attacks) is about the attack told from `start` to
 * `end`: the one it names next ("blamed Israel for the twin blasts", "claimed responsibility for a barrage of
 * missiles that struck Erbil"), the one it sits in ("the attack, which the US blamed on X"), the one inside it
 * ("blamed the attack on X"), or the only one.
 */
function about(
  t: string,
  triggers: number,
  s: { at: number; end: number; forward: boolean },
  start: number,
  end: number,
): boolean {
  return (
    triggers === 1 ||
    (s.at <= start && start < s.end) ||
    (s.forward
      ? s.end <= start && (start - s.end <= 40 || /^ for [^⟦.;]{0,80}$/.test(t.slice(s.end, start)))
      : start <= s.at && s.at < end)
  );
}

/**
 * "arrested three people suspected of firing rockets", "men accused of killing farmers": the deed is the suspects', not
 * that of who arrested them or said so.
 */
const DONE_BY_SUSPECTS =
  /\b(?:suspected|accused|charged|convicted|arrested|detained|jailed|sentenced)\s+(?:of|with|for|over)\s+(?:having\s+)?$/;

/** "…killed X in a joint operation with the US-led coalition": the partner in the deed. */
const JOINT_WITH =
  /^\S+[^.;]{0,80}?\bjoint (?:[\w-]+ )?(?:operation|raid|strike|attack|offensive|mission|patrol) (?:with|alongside) (?:the )?(?:[\w-]+ ){0,2}?⟦[SO](\d+)⟧/;

/**
 * "A source in X told the BBC that the agency was behind the attack", "…told Reuters the agency had carried out the
 * operation": X's own word that X did it.
 */
const OWN_SOURCE_BEHIND =
  /\b(?:source|sources|official|officials) (?:in|from|within|at) (?:the )?(?:⟦S\d+⟧[’']s )?⟦O(\d+)⟧[^⟦.;]{0,80}?\b(?:it|the (?:agency|service|group|militia|movement|unit)) (?:(?:was|were) behind|(?:had|has) (?:carried out|conducted)) (?:the|this|that)\s+$/;

/** "Al-Shabaab, which is allied to al-Qaeda, said it was behind the ": the group's own word that it did it. */
const SAID_IT_WAS_BEHIND = new RegExp(
  `⟦O(\\d+)⟧${NAMED_ASIDE} ${SAY}\\s+(?:[\\w-]+\\s+){0,3}?(?:that\\s+)?it (?:was|is) behind (?:the|this|that)\\s+$`,
);

/** Who did it, and how that is known: stated, claimed, blamed or alleged. */
export function addPerpetrators(f: Frame, r: SentenceReading, s: TriggerSpan) {
  const { ms, t, triggers, claimOfTold, claims, blames, label, lastGroup, subjectGroup, armyState } = r;
  const { trig, word, start, end, before, through, scope, near, kills, plural, generic } = s;
  // Perpetrator: "US drone strike", "the US killing", "an alleged Israeli strike", "X carried out / launched / fired".
  const mod = ACTOR_MODIFIER.exec(before);
  // "the Jordan attack": a country's own name right before the word tells where, unless it tells on whom
  // ("the Iran attack on Israel", "United States air strikes on Sanaa"); "US", like a demonym, tells who.
  const modRef = mod ? ms.refs[Number(mod[1])]! : undefined;
  const whereOnly =
    modRef?.entity.label === "State" &&
    written(ms, modRef) === modRef.entity.name &&
    mod![0].trim() === `⟦S${mod![1]}⟧` &&
    !/^\s+(?:on|against)\b/.test(scope.slice(trig[0].length));
  if (
    mod &&
    !whereOnly &&
    !kills &&
    // "Pagers used by members of Hezbollah exploded": whose the devices were, not who set them off; "an al-Shabaab
    // bomb exploded" is the group's. "The Emergency Lawyers group blamed the RSF", "US officials said they believed X
    // was responsible": who blames, not who attacked; nor does "the group's Afghan affiliate claimed responsibility" tell
    // of Afghanistan.
    (word !== "exploded" || /\b(?:bombs?|devices?|IEDs?|mines?|explosives)\s+$/.test(mod[0])) &&
    !/^(?:blamed|believed?|claim(?:ed|s) responsibility)$/.test(word) &&
    // "Amnesty International put the death toll at 100": who counted the dead, not who killed them.
    !/^(?:put|toll)\b/.test(word) &&
    !LINKED_BEFORE.test(before.slice(0, mod.index)) &&
    // "The PKK claimed the TUSAS attack": the attack named by what it hit, claimed by another.
    !CLAIMED_THE.test(before.slice(0, mod.index)) &&
    !/\b(?:on|against|at|targeting)\s+(?:the\s+)?⟦[SO]\d+⟧/.test(before.slice(mod.index - 12))
  ) {
    const attribution = SUSPECT_WORDS.test(before.slice(-40)) ? "alleged" : "stated";
    f.perpetrators.set(label(mod[1]!).id, attribution);
    // "Syrian government and Russian airstrikes": the state told with it.
    const first = /⟦S(\d+)⟧(?: (?:government|army|military|regime))? and $/.exec(before.slice(0, mod.index));
    if (first) f.perpetrators.set(label(first[1]!).id, attribution);
  }
  // "Israeli forces killed three Palestinians": who killed, when the kill word takes its victims as object
  // (not "Hezbollah fighters killed in the strike").
  const killerText = before.slice(-NEAR) + scope.slice(0, 60);
  const killer = kills ? KILLER.exec(killerText) : null;
  // Not "Jihadists linked to al-Qaeda killed…": unnamed attackers, told by whom they are linked to.
  if (
    killer &&
    !/^\s*⟦S\d+⟧\s+(?:faction|militia|group)/.test(killer[0]) &&
    !LINKED_BEFORE.test(killerText.slice(0, killer.index))
  ) {
    const told = killerText.slice(0, killer.index);
    const attribution = SUSPECTED.test(told) || BELIEVED_TO_BE.test(told) ? "alleged" : "stated";
    f.perpetrators.set(label(killer[1]!).id, attribution);
    // "Malian soldiers and Russian mercenaries executed…", "Rwandan and Mozambican forces killed…": both states' men.
    if (killer[2] !== undefined) f.perpetrators.set(label(killer[2]).id, attribution);
    const first = /⟦S(\d+)⟧ and $/.exec(killerText.slice(0, killer.index));
    if (first) f.perpetrators.set(label(first[1]!).id, attribution);
  }
  // "The TTP has killed hundreds of soldiers this year. On Saturday, its fighters killed 16": the group the
  // sentence before opened with, when this one names no group or state before them ("X said its fighters…" is X's).
  if (subjectGroup && ITS_FIGHTERS.test(through) && !/⟦[SO]\d+⟧/.test(t.slice(0, start)))
    f.perpetrators.set(subjectGroup, "stated");
  // Not "the spokesman denied that the military had targeted civilians".
  if (armyState && !/\b(?:denied|denies|deny|rejected)\b/.test(before) && THE_ARMY_DID.test(through))
    f.perpetrators.set(armyState, "stated");
  if (subjectGroup && IT_DID.test(through)) f.perpetrators.set(subjectGroup, "stated");
  const ledBy = LED_BY_A_MAN_DID.exec(through);
  if (ledBy) f.perpetrators.set(label(ledBy[1]!).id, "stated");
  const theGroup = THE_GROUP_DID.exec(through);
  if (theGroup) {
    // The group named last before "the group", not one named after it ("the group attacked dissidents of X, killing…");
    // else the one the sentence before opened with, not one its aside named ("Al-Shabaab, which is affiliated with
    // al-Qaeda, said…").
    const named = [...t.slice(0, start - before.length + theGroup.index).matchAll(/⟦O(\d+)⟧/g)].pop();
    const group = named ? label(named[1]!).id : (subjectGroup ?? lastGroup);
    if (group) f.perpetrators.set(group, "stated");
  }
  // "mortar shells fired by al-Shabaab militants landed near the airport", "Drones launched by X hit a power station".
  const firedByBefore = /^(?:landed|fell|exploded|hit)$/.test(word)
    ? /\b(?:fired|launched) by (?:the )?⟦[SO](\d+)⟧(?:\s+[a-z]+)?\s+$/.exec(near)
    : null;
  if (firedByBefore) f.perpetrators.set(label(firedByBefore[1]!).id, "stated");
  // "Israel responded with artillery fire on X": who answered with the attack made it.
  const answeredWith = RESPONDED_WITH.exec(before);
  if (answeredWith) f.perpetrators.set(label(answeredWith[1]!).id, "stated");
  // "Israeli special forces rescued four hostages in a raid on Nuseirat": who did the deed the raid was for.
  const deedIn = /^(?:raid|operation|strike|assault)$/.test(word) ? DEED_IN_A_RAID.exec(before) : null;
  if (deedIn) f.perpetrators.set(label(deedIn[1]!).id, "stated");
  // "JNIM fighters and Tuareg separatists of the CSP-DPA ambushed a convoy": the group that leads a joint subject.
  const joint = FIGHTERS_AND.exec(through);
  if (joint) f.perpetrators.set(label(joint[1]!).id, "stated");
  const andThen = AND_THEN.exec(through);
  if (andThen) f.perpetrators.set(label(andThen[1]!).id, "stated");
  const subj = SUBJECT_VERB.exec(through) ?? PRESENT_SUBJECT_VERB.exec(through);
  // "An Iraqi armed faction said it fired…": the state word describes an unnamed group, not the attacker.
  const describesGroup =
    subj && /^⟦S\d+⟧\s+(?:[\w-]+\s+)?(?:faction|militia|group|fighters|militants|gunmen)\b/.test(subj[0]);
  const linkedOnly = subj && LINKED_BEFORE.test(before.slice(0, subj.index));
  // "X hit 85 targets in retaliation for the drone attack that…": X answered that attack; it did not carry it out.
  // "Dissidents of X were attacked": X is who was attacked.
  const passive = subj && /\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?\S+$/.test(subj[0]);
  const bySuspects = DONE_BY_SUSPECTS.test(before);
  if (subj && !bySuspects && !describesGroup && !linkedOnly && !passive && !f.answered) {
    f.wave = plural && !generic;
    const verb = subj.index! + subj[0].lastIndexOf(" ", subj[0].length - 2);
    // "Suspected members of X attacked…": who is only suspected is alleged.
    const attribution = SELF_REPORT.test(
      through.slice(0, verb + 1).replace(/\s*(?:(?:has|have|had)\s+)?(?:carried\s+)?$/, " "),
    )
      ? "claimed"
      : SUSPECTED.test(through.slice(0, subj.index)) || BELIEVED_TO_BE.test(through.slice(0, subj.index))
        ? "alleged"
        : "stated";
    for (const m of subj[0].matchAll(/^⟦[SO](\d+)⟧|and (?:the )?(?:allied )?⟦[SO](\d+)⟧/g))
      f.perpetrators.set(label((m[1] ?? m[2])!).id, attribution);
  }
  // "Afghan Taliban forces and Pakistani troops exchanged heavy fire", "… clashed along the border": both sides fought.
  const exchanged = /^(?:exchanged|clashed)/.test(word) ? EXCHANGED_FIRE.exec(before) : null;
  if (exchanged) for (const i of [exchanged[1], exchanged[2]]) f.perpetrators.set(label(i!).id, "stated");
  // "Clashes between members of X and fighters of Y": both sides fought.
  if (/^(?:clash|fighting)/.test(word)) {
    // "Three Turkish soldiers were killed in clashes with militants of the PKK": the side the dead fought.
    const foe = CLASHES_WITH.exec(scope);
    if (foe) f.perpetrators.set(label(foe[1]!).id, "stated");
    // "The fighting pitted forces loyal to X against members of Y": both sides fought.
    const pitted = FIGHTING_PITTED.exec(scope);
    if (pitted) for (const i of [pitted[1], pitted[2]]) f.perpetrators.set(label(i!).id, "stated");
    const sides = CLASH_SIDES.exec(scope);
    if (sides)
      for (const i of [sides[1], sides[2]]) {
        // "between security forces and gunmen loyal to X": a side unnamed is no actor.
        if (i === undefined) continue;
        // "between the ELN and dissidents of the former FARC": the dissidents fought, not the group they left.
        const at = Math.max(sides[0].indexOf(`⟦S${i}⟧`), sides[0].indexOf(`⟦O${i}⟧`));
        if (!LINKED_BEFORE.test(sides[0].slice(0, at))) f.perpetrators.set(label(i).id, "stated");
      }
  }
  // "…was carried out by X", "The assault was led by X", "the blast was caused by an Israeli drone", "the attacks,
  // which included car bombs, were carried out by X", "…carried out by members of X", "…by a criminal group known as
  // X"; not "condemned by X", nor "carried out by Iran-backed militias", men of no group named.
  const firedBy =
    /^\S+?(?:,\s+which\s+[^,⟦]{1,100},)?(?:\s+[\w-]+){0,2}?\s+(?:carried out|conducted|launched|fired|caused|executed|staged|ordered|perpetrated|led)\s+by\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?(?:group|gang|cartel|militia|faction)\s+(?:known\s+as|called)\s+(?:the\s+)?)?(?:(?:members|fighters|militants|gunmen|elements)\s+of\s+(?:the\s+)?)?⟦[SO](\d+)⟧(?:[’']s\s+⟦[SO](\d+)⟧)?(?![-–])/.exec(
      scope,
    );
  // "by Yemen's Houthi militia": the possessed is the agent, not its owner.
  if (firedBy) {
    const agent = label(firedBy[2] ?? firedBy[1]!).id;
    // "President X said the attack was carried out by the Gulf Clan": an authority's word on others is a blame; "The
    // Israeli army said the strike was carried out by Israeli jets", whose speaker is of the agent's side, is not.
    const sides = r.sideOf(agent);
    const others =
      SPEAKER_BEFORE.test(before) &&
      ![...before.matchAll(/⟦[SOP](\d+)⟧/g)].some((m) => r.sideOf(label(m[1]!).id).some((x) => sides.includes(x)));
    f.perpetrators.set(agent, others ? "blamed" : "stated");
    // "…was carried out by X and the Y", "was led by the X gang and the Y gang", "by X and members of Y": both.
    const and =
      /^(?:\s+(?:gang|group|militia|faction|cartel))?\s+and\s+(?:(?:members|fighters|militants) of\s+)?(?:the\s+)?⟦[SO](\d+)⟧/.exec(
        scope.slice(firedBy.index + firedBy[0].length),
      );
    if (and) f.perpetrators.set(label(and[1]!).id, others ? "blamed" : "stated");
    // "The strike was carried out by X": who carried out the attack told, beside whom the article named before.
    if (f.anaphoric) f.attributedBack = true;
  }
  // "…ran over an explosive device planted by suspected al-Shabaab militants": who laid the bomb.
  const plantedBy = PLANTED_BY.exec(scope);
  if (plantedBy) f.perpetrators.set(label(plantedBy[2]!).id, plantedBy[1] ? "alleged" : "stated");
  // "The attackers, believed to be members of X": whom others suspect. These read on past the scope, which a word in
  // the attackers' aside may end ("the two attackers, who were killed, were PKK members").
  const rest = t.slice(start);
  const suspects = SUSPECTED_TO_BE.exec(rest);
  if (suspects) f.perpetrators.set(label(suspects[1]!).id, "alleged");
  const saidToBelong = SAID_TO_BELONG.exec(rest);
  if (saidToBelong) f.perpetrators.set(label(saidToBelong[1]!).id, "blamed");
  // "The attackers, from X,", told by the writer; "the minister said the attackers were members of X", by an authority.
  // "Hamas said the three attackers were members of its armed wing, the X": the group owns the deed, a claim.
  const from = ATTACKERS_FROM.exec(rest);
  if (from) {
    const own = GROUP_SPEAKER_BEFORE.test(before) && /\b(?:its|their) (?:[\w-]+ )?(?:wing|branch),/.test(from[0]);
    f.perpetrators.set(
      label(from[1] ?? from[2]!).id,
      own ? "claimed" : SPEAKER_BEFORE.test(before) ? "blamed" : "stated",
    );
  }
  // "The attacks bore the hallmarks of Boko Haram": whom the way it was done points to, no one's word.
  const hallmarks = HALLMARKS_OF.exec(scope);
  if (hallmarks) f.perpetrators.set(label(hallmarks[1]!).id, "alleged");
  // "an attack by al-Shabab militants", "was killed by Israeli forces": the agent named right after the trigger.
  // "by Sudan's paramilitary Rapid Support Forces": the possessor's group, told with what it is.
  const by = BY_AGENT.exec(scope.slice(trig[0].length));
  if (by) f.perpetrators.set(label(by[3] ?? by[2]!).id, by[1] ? "alleged" : "stated");
  // "a joint raid by U.S. and Iraqi forces": both.
  const byBoth = by ? /^\s+and\s+⟦S(\d+)⟧/.exec(scope.slice(trig[0].length + by[0].length)) : null;
  if (byBoth) f.perpetrators.set(label(byBoth[1]!).id, "stated");
  // "Israel has confirmed that X was killed by its troops": the forces of the sentence's subject.
  const byIts =
    /^\s+by\s+(?:its|their)\s+(?:own\s+)?(?:troops|forces|soldiers|jets|warplanes|army|military|fighters)\b/.test(
      scope.slice(trig[0].length),
    )
      ? /^(?:[\w’'-]+\s+){0,3}?⟦[SO](\d+)⟧/.exec(t)
      : null;
  if (byIts) f.perpetrators.set(label(byIts[1]!).id, "stated");
  if (/^(?:fired|firing|launched|launching)/.test(word)) {
    // "militants in Iraq fired": the state they are in is not who fired.
    const who = /⟦[SO](\d+)⟧(?<!\bin ⟦[SO]\d+⟧)(?:\s*\(⟦[SO]\d+⟧\))?\s*$/.exec(before.trimEnd() + " ");
    if (who) f.perpetrators.set(label(who[1]!).id, "stated");
  }
  // "The Islamic Resistance said in a statement on Telegram that it had targeted the base", "Houthi military
  // spokesman X said the group had targeted the ship": a claim.
  const selfClaim = SAYS.test(before) ? SELF_CLAIM.exec(through) : null;
  // "…said in a statement that it had carried out the attack": a noun after a verb of doing claims too.
  const doneIt = /\b(?:carried out|conducted|launched|staged)\s+(?:(?:the|an?|this|that)\s+)?(?:[\w-]+\s+)?$/.test(
    before,
  );
  // "The army said the group had fired…" speaks of another; only a group's own spokesman means itself so.
  const ofAnother = selfClaim?.[2] !== undefined && label(selfClaim[1]!).label !== "Organization";
  // "…said its fighters had detonated the device": a bomb set off is the group's deed too.
  if (
    selfClaim &&
    !ofAnother &&
    !bySuspects &&
    (f.attackVerb || kills || doneIt || /^(?:detonated|blew)\b/.test(word))
  ) {
    // "The IDF and Shin Bet said they had killed…": both speakers claim it.
    const first = /⟦[SO](\d+)⟧ and (?:the )?$/.exec(through.slice(0, selfClaim.index));
    if (first) f.perpetrators.set(label(first[1]!).id, "claimed");
    f.perpetrators.set(label(selfClaim[1]!).id, "claimed");
    // "X said its fighters had carried out the attack": its claim of the attack told, whoever else was said to do it.
    if (f.anaphoric) f.attributedBack = true;
  }
  const doneIn = SAYS.test(before) && f.perpetrators.size === 0 ? SELF_DONE_IN.exec(before) : null;
  if (doneIn) f.perpetrators.set(label(doneIn[1]!).id, "claimed");
  const organ = f.attackVerb && f.perpetrators.size === 0 && SAYS.test(before) ? ORGAN_SAID_IT.exec(before) : null;
  if (organ) f.perpetrators.set(label(organ[1]!).id, "claimed");
  const airArm =
    /^(?:precision )?air ?strikes?$/.test(word) && f.perpetrators.size === 0 ? AIR_ARM_SAYS.exec(before) : null;
  const speaker = airArm ? label(airArm[1]!) : undefined;
  if (
    speaker &&
    (/\bAir Force\b/.test(speaker.name) || (speaker.actorType === "state forces" && /\bCommand\b/.test(speaker.name)))
  )
    f.perpetrators.set(speaker.id, "claimed");
  // "The U.S. military said that an airstrike it conducted … killed two commanders": the speaker's own strike.
  const itConducted = f.perpetrators.size === 0 && IT_CONDUCTED.test(scope) ? SAYER_BEFORE.exec(before) : null;
  if (itConducted) f.perpetrators.set(label(itConducted[1]!).id, "claimed");
  const partner = f.perpetrators.size > 0 ? JOINT_WITH.exec(scope) : null;
  if (partner) f.perpetrators.set(label(partner[1]!).id, "stated");
  // "80 people have been killed since Thursday, when fighters of the ELN launched an offensive against a faction of
  // the FARC", "…in the X region, where the ELN launched an offensive": who began the fighting the dead fell in, and
  // whom it was against.
  const offensive = kills ? WHEN_OFFENSIVE.exec(scope) : null;
  if (offensive) {
    f.perpetrators.set(label(offensive[1]!).id, "stated");
    if (offensive[2] !== undefined) f.targets.add(label(offensive[2]).id);
  }
  // "Kataib Hezbollah was likely behind the drone", "officials believed X, an Iran-backed militia, was behind it": an
  // attribution by others, not a claim.
  const behindIt = word === "behind";
  const behind = (behindIt || before.includes("behind")) && BEHIND.exec(behindIt ? through : before);
  if (behind) {
    // "Prosecutors were investigating whether X was behind the killing": a suspicion, not a blame.
    const whether = /\b(?:whether|if)\s+(?:the\s+)?$/.test(before.slice(0, behind.index));
    f.perpetrators.set(label(behind[1]!).id, behind[2] || whether ? "alleged" : "blamed");
    // "X was behind a drone attack on…" tells a new attack; "behind the attack", the one told.
    f.attributedBack = behindIt || !/^an?$/.test(behind[3]!);
  }
  // "A source in Ukraine's SBU security service said the agency was behind the attack" (or "had carried out the
  // operation"), "X said it was behind the blast": the group's own word.
  const ownSource =
    before.includes("behind") || before.includes("source")
      ? (OWN_SOURCE_BEHIND.exec(before) ?? SAID_IT_WAS_BEHIND.exec(before))
      : null;
  if (ownSource) {
    f.perpetrators.set(label(ownSource[1]!).id, "claimed");
    f.attributedBack = true;
  }
  // "X claimed the bombing, saying it was revenge for the killing of its leader": the claim is not of the killing.
  // "A little-known group claimed responsibility for the attack": a claim of the attack told, beside whom others blamed.
  for (const c of claims)
    if (!f.answered && about(t, triggers.length, c, start, end)) {
      for (const id of c.ids) f.perpetrators.set(id, "claimed");
      // "X claimed the raid, saying its fighters had killed…": what the claim says of the attack told.
      if (claimOfTold && (f.anaphoric || c.end <= start) && f.killed.size === 0 && f.tolls.length === 0)
        f.attributedBack = true;
    }
  for (const b of blames) {
    if (!about(t, triggers.length, b, start, end)) continue;
    // A group blamed that claimed the attack itself is its claimant.
    for (const id of b.ids)
      if (f.perpetrators.get(id) !== "claimed") f.perpetrators.set(id, b.alleged ? "alleged" : "blamed");
    // "the Tower 22 attack, which the Pentagon said bore the footprints of X": another attribution of the attack told;
    // so is "Pakistan blamed the TTP and said six attackers had been killed", whose dead and place are none of its own.
    if (f.anaphoric || (b.end <= start && f.killed.size === 0 && f.tolls.length === 0 && f.places.size === 0))
      f.attributedBack = true;
  }
}
