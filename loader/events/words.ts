/**
 * Words that attack reports share, read by several of the frame readers: who a toll counts, verbs of attack,
 * talk of attacks yet to come or counted over time.
 */
import { COUNT } from "../text/numbers.ts";

/** What a group is told as before its name: "the paramilitary Rapid Support Forces", "by separatist X". */
export const GROUP_ADJECTIVE = "(?:paramilitary|militant|rebel|jihadist|armed|separatist)";

/**
 * A tie told before a group's name, not the group: "the al-Qaeda-linked JNIM", "the Iran-backed Kataib Hezbollah", "the
 * Kurdish-led People's Protection Units".
 */
export const TIED_TO = String.raw`(?:(?:⟦[SO]\d+⟧-[\w-]+|[A-Z][a-z]+-(?:led|backed|based|linked|allied|aligned|affiliated|supported|dominated)) )?`;

/**
 * The men of a group, told before its name: "blamed fighters from X", "blaming militants of X", "blamed groups within
 * X".
 */
export const MEN_OF =
  "(?:(?:jihadists|militants|militiamen|fighters|members|gunmen|insurgents|rebels) (?:from|of) |(?:groups|factions|elements) (?:within|of) )?";

/** A weekday's name: "on Saturday". */
export const WEEKDAY_NAME = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

/** Whose kin or aide a person is: "X's son", "X's office manager", "X's deputy Y" died, not X. */
export const KIN = String.raw`[’']s (?:\w+ )?(?:son|sons|daughter|daughters|brother|brothers|sister|wife|father|mother|nephew|cousin|grandson|bodyguard|driver|aide|deputy|secretary|manager)\b`;

/** Who a toll counts. */
export const VICTIMS =
  "people|persons|civilians|soldiers|fighters|members|militants|troops|others|children|women|men|policemen|officers|sailors|crew members|crew|journalists|workers|labourers|laborers|officials|nationals|citizens|rangers|guards|reservists|gendarmes|peacekeepers|villagers|residents|worshippers|faithful|churchgoers|congregants|mourners|passengers|students|teachers|inmates|prisoners|drivers|contractors|employees|staff|recruits|cadets|pilgrims|tourists|protesters|demonstrators|shoppers|engineers|doctors|nurses|farmers|miners|herders|fishermen|traders|hostages|passers-by|passersby|bystanders";

/** "90 Palestinians", "three Iraqis", "12 Sudanese": people named by their nation, which no state stands for here. */
const PEOPLE_OF_A_NATION = "[A-Z][a-z]+(?:ians|ans|is|ese)";

/** "members of Iran's security forces": the dead told as a state's forces. */
export const OF_A_STATES_FORCES = "\\s+of ⟦S\\d+⟧[’']s (?:[\\w-]+ )?(?:forces|army|military|police|troops)";

/**
 * Whose the victims were: "two members of the Popular Mobilization Forces (PMF)", "two peacekeepers from the UN
 * mission in Mali", "two peacekeepers from Tanzania serving with the UN mission in the Central African Republic",
 * "three aid workers with the charity World Vision"; "seven labourers from Punjab", told by where they came from.
 */
const VICTIMS_OF =
  "(?:\\s+of (?:the\\s+)?(?:⟦S\\d+⟧[’']s\\s+)?⟦[SO](\\d+)⟧(?:\\s*\\(⟦[SO]\\d+⟧\\)|[’']s?\\s+⟦O\\d+⟧)?|" +
  OF_A_STATES_FORCES +
  "|\\s+of the (?:group|movement|militia|organi[sz]ation)|\\s+of the (?:[A-Z][\\w-]* ){1,3}forces|\\s+of (?:the|a|an) (?:[\\w-]+ ){0,2}?(?:ship|vessel|boat|tanker|freighter|carrier|bus|convoy)|\\s+of the [A-Z][\\w-]*(?: [A-Z][\\w-]*)?(?= (?:were|was|had|have|has)\\b)|(?:\\s+(?:from|serving with|with) (?:the\\s+)?(?:charity\\s+|aid group\\s+)?⟦[SO]\\d+⟧(?: (?:mission|force|contingent))?(?: in (?:the )?⟦[SL]\\d+⟧)?(?:\\s*\\(⟦O\\d+⟧\\))?){1,2}|\\s+from (?:the\\s+)?⟦L\\d+⟧)?";

/** People told by their nation who are not its forces: "four Yemeni workers", "Israeli settlers". */
export const PEOPLE_NOT_FORCES =
  "civilians|citizens|nationals|residents|villagers|workers|farmers|migrants|fishermen|students|pilgrims|tourists|journalists|people|children|women|men|settlers|protesters|demonstrators|youths|engineers|doctors|nurses|teachers|traders|contractors|crew|crew members|seafarers|passengers|citizen|national|civilian|resident|man|woman|child|boy|girl|journalist|worker|farmer|shepherd|passerby|passer-by|passers-by|passersby|bystanders?|pedestrians?";

/** "Palestinian gunmen", "Nigerien jihadists": armed men told by their people, who are no state's forces. */
export const ARMED_MEN_OF_A_PEOPLE =
  "gunmen|gunman|militants|militant|attackers|attacker|assailants|assailant|insurgents|insurgent|jihadists|jihadist|bandits|extremists";

/** One person, told by what they were: "a 50-year-old man", "a polio worker", "a South African peacekeeper". */
export const ONE_PERSON =
  "(?:man|woman|child|boy|girl|soldier|civilian|fighter|officer|policeman|person|teenager|journalist|worker|guard|cleric|imam|priest|judge|teacher|activist|lawyer|doctor|ranger|peacekeeper|gendarme|villager|farmer|herder|student|nurse|passenger|citizen|national|contractor|driver|chief|headman|(?<=\\b(?:village|community|district|traditional|clan) )head|elder|mayor|governor|commissioner|lawmaker|prosecutor|candidate|pastor|bishop|businessman|passerby|passer-by|bystander|pedestrian)";

/** One of the dead told beside others: "A second person in the car", "another member", "one other operative". */
export const ONE_OF_THE_DEAD = `(?:${ONE_PERSON}|victim|member|commander|leader|official|militant|operative|companion|bodyguard|aide)`;

/** Who a toll counts, one of them or many: "two soldiers", "one civilian". */
export const ONE_OR_MANY = `${VICTIMS}|soldier|civilian|fighter|member|person|officer|policeman|child|woman|man|guard|worker|journalist|driver|national|citizen`;

/** "Five police officers", "two paramilitary rangers": words that say what the dead were, not how many. */
export const TOLL_MODIFIERS = String.raw`(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|other|more|additional)\b)[a-z-]+\s+){0,2}?`;

export const TOLL_BEFORE_KILLED = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?${COUNT}(?:,[^,⟦]{1,40},)?\\s+(?:of (?:its|their)\\s+)?(?:(?:⟦[SO]\\d+⟧(?:-\\w+)?\\s+)?${TOLL_MODIFIERS}(?:${ONE_OR_MANY}|(?:service ?)?(?:members|servicemen|personnel))${VICTIMS_OF}|⟦S\\d+⟧|${PEOPLE_OF_A_NATION})(?:,(?:[^,⟦]|⟦[SO]\\d+⟧){1,60},)?\\s+(?:were|was|had been|have been|has been)\\s+(?<also>also\\s+)?$`,
  "i",
);

/** Verbs of taking a place: "seized the town", "recaptured X from al-Shabaab", "seized control of the camp". */
export const TAKING = "(?:seized|taken|took|gained) control of|captured|seized|recaptured|retook";

/** A trigger that is one of the taking verbs. */
export const TAKEN = new RegExp(`^(?:${TAKING})$`, "i");

/** Those who look into an attack and suspect or blame its attackers: "Police", "authorities". */
export const INVESTIGATORS = "[Pp]olice|[Oo]fficials|[Aa]uthorities|[Ii]nvestigators";

/** Those who carry out an attack, told without their group: "the two attackers", "one of the gunmen". */
export const ATTACKER_NOUNS = "attackers|assailants|gunmen|bombers";

/** "shot dead two policemen", "offloaded seven passengers and shot them dead", "shooting dead a man". */
export const SHOT_DEAD = "(?:shot|shooting) (?:them |him |her )?dead";

/** "were seriously injured", "was critically wounded": how badly the wounded were hurt. */
export const HOW_BADLY = "(?:(?:seriously|critically|severely|slightly|badly|lightly|gravely) )?";

/** "were wounded", "was also seriously injured": the words that tell the wounded. */
export const WERE_WOUNDED = `(?:were|was) (?:also )?${HOW_BADLY}(?:wounded|injured)`;

/** "beat to death", "hacked him to death": a killing by hand. */
export const DONE_TO_DEATH = "(?:beat|beaten|stabbed|hacked|burned|burnt|bludgeoned) (?:them |him |her )?to death";

/** "shot down a military helicopter": an aircraft with its crew brought down, not a drone or a missile intercepted. */
export const SHOT_DOWN = String.raw`shot down(?= (?:an?|the|two|three|its|their) (?:[\w-]+ ){0,2}?(?:helicopters?|planes?|aircraft|jets?|warplanes?)\b)`;

/** Verbs of attack ("fired drones at", "struck"), as opposed to nouns that may be mere talk of attacks. */
export const ATTACK_VERBS = `struck|bombed|shelled|pounded|attacked|ambushed|stormed|raided|overran|overrun|rammed|dropped|targeted|fired|firing|launched|launching|hit|opened fire|sank|sunk|${SHOT_DOWN}|${TAKING}`;

/** A person told by name, with the rank before it: "senior Islamic State leader X", "X". */
export const TITLED_PERSON = String.raw`(?:(?:[\w-]+ |⟦[SO]\d+⟧ ){0,3}?(?:leader|commander|official|chief|correspondent|reporter|journalist|photographer) )?⟦P\d+⟧`;

/**
 * "X claimed the attack", "claimed responsibility for the TUSAS attack": a claim that points back to an attack told, by
 * the words right before the attack's word.
 */
export const CLAIMED_THE = /\bclaim(?:ed|s|ing)? (?:responsibility for )?the\s+(?:⟦O\d+⟧\s+|[\w-]+\s+)?$/;

/** What the attackers were of a group, told after its name: "the attackers were PKK members". */
export const MEMBER_NOUNS = "members|militants|fighters|operatives";

/**
 * What the attackers were of a group, told before its name: "the attackers, from X", "were members of an X cell",
 * "were members of its armed wing, the X".
 */
export const ATTACKERS_OF =
  "(?:,| were| are) (?:from|members of|fighters of|militants of) (?:(?:its|their) (?:[\\w-]+ )?(?:wing|branch), )?(?:the |an? )?";

/** How sure those who say who was behind an attack are: "X was likely behind it", "believed to be behind". */
export const BEHIND_HEDGE = "(likely |probably |most likely |believed to be |thought to be )?";

/** A description of the attackers between commas: "the two attackers, a man and a woman, were…". */
export const ATTACKERS_ASIDE = "(?:, [^,;⟦]{1,40},)?";

/** "The attackers, who the government said belonged to X": whom an authority named them as, told in a clause. */
export const WHO_SAID_TO_BELONG =
  "(?:, who (?:the )?(?:[\\w-]+ ){0,2}?(?:said|say|says) (?:belonged to|belong to|were|are) )";

/** How far back the patterns that end at a trigger need to look: a few words, never a whole clause. */
export const NEAR = 120;

/** "struck 12 times"; "attacks on Israel would continue": attacks counted, or yet to come. */
export const GENERIC_AFTER =
  /^\S+\s+(?:at least |more than |some )?(?:\d+|\w+) times\b|^\S+(?:\s+(?:on|against)\s+(?:the\s+)?(?:⟦[SOL]\d+⟧|[\w-]+))?\s+(?:would|will|could|may|might)\s+(?:continue|resume|go on|persist|escalate|intensify)\b/i;

/**
 * "neutralised 14 militants … over the past week", "have fired dozens of missiles at Israel since the start of the
 * Gaza war", "300 people had been killed since the offensive began", "52 people were killed across the territory in the
 * previous 24 hours", "has been targeted by ISKP in the past", "1,300 people had been killed in X and Y since December
 * 2023" (not "killed 20, the deadliest attack since January"): a tally of many attacks, not one.
 */
export const OVER_A_PERIOD =
  /\b(?:over|in|during|within) the (?:past|last|previous) (?:\w+ )?(?:hours|days|weeks?|months?|years?)\b|\bby (?:the )?⟦O\d+⟧(?:\s*\(⟦O\d+⟧\))? in (?:the past|recent (?:weeks|months|years))\b|\bsince the (?:start|beginning|outbreak) of\b|\b(?:killed|died|dead)\b[^.;⟦]{0,40}\bsince the (?:[\w-]+ )?(?:offensive|war|fighting|conflict|escalation|campaign|operation|assault|clashes|violence|uprising|insurgency|hostilities) (?:began|started|erupted|broke out)\b|\b(?:killed|died|dead)\b[^.;,⟦]{0,40}(?:⟦[LS]\d+⟧[^.;,⟦]{0,40}){0,2}\bsince (?:(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d\d\b)/i;

/**
 * "Nearly 60 police officers were killed in Guanajuato last year", "More than 60 were killed in Celaya between 2019 and
 * 2024": a count of a year's or of years' dead, not one attack's.
 */
export const COUNTED_OVER_A_YEAR =
  /\b(?:\d[\d,]*|dozens|hundreds|scores|thousands)\b[^.;]{0,40}?\b(?:were|have been|had been) killed\b[^.;]{0,40}?\b(?:(?:last|this|so far this) year|between (?:19|20)\d\d and (?:19|20)\d\d|from (?:19|20)\d\d to (?:19|20)\d\d)\b/i;

/** Names of monitors, agencies and relief bodies, which report attacks and make none. */
export const NOT_AN_ATTACKER =
  /\b(?:Observatory|Human Rights|Red Cross|Red Crescent|Amnesty|Watch|Monitor|Doctors|Médecins|News|Agency|Bar Association)\b/;

/** "they believed X (X-K), the group's Afghan branch, was responsible": whom those who speak blame, for the attack told. */
export const BELIEVED_RESPONSIBLE = String.raw`\bbelieved?(?= (?:that )?(?:the )?⟦O(\d+)⟧(?:\s*\(⟦O\d+⟧\))?(?:, (?:[^,⟦]|⟦[SO]\d+⟧){1,80},)? (?:was|were) responsible\b)`;

/** "The ISGS was believed to be responsible": a group held responsible by no one said to hold it so. */
export const BELIEVED_TO_BE_RESPONSIBLE = String.raw`(?:believed|thought)(?<=⟦O(\d+)⟧(?:\s*\(⟦O\d+⟧\))? (?:was|were|is|are) (?:widely )?(?:believed|thought))(?= to (?:be|have been) (?:responsible|behind (?:it|the (?:attack|bombing|killings?|ambush)))\b)`;
