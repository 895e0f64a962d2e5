/**
 * Affiliation facts (Person AFFILIATED_WITH Organization or State), with the role the text gives: "P,
 * secretary-general of O", "Hamas chief P", "the group, led by P", "P was a senior commander of the militia".
 */
import { CLERICAL_RANKS, HONORIFICS, PERSON_TITLES, ROLES_OF_THE_NAMED_DEAD } from "../mentions/lexicon.ts";
import { type MarkedSentence, gap, mk, type Ref, written } from "./marked.ts";
import { COLLECTIVE_NOUN, type FactReading, LOWER_OFFICE, add, groupBefore, previousOrg, ref } from "./context.ts";
import {
  GROUP_WORD,
  AGE,
  BRANCH,
  AKA,
  DEFINED,
  DET,
  HAS_ROLE,
  NOT_A_LIST_GOING_ON,
  NOT_A_VERB,
  ROLE,
  STANDING,
  TARGET,
  TITLE,
  W,
  each,
  pattern,
} from "./patterns.ts";

/**
 * Words between a role and its group, not ending in "in": in "the spiritual leader of the Druze community in Syria",
 * Syria is where the community lives, not what the leader leads. Nor past the appositive's end: in "X, the head of
 * its armed wing in Gaza, was killed in an Israeli strike", Israel is not what he heads.
 */
const GAP_NOT_WHERE = `(?:(?:(?!, (?:was|were|is|are|had|has|have|said)\\b)(?:[^⟦]|⟦[SL]\\d+⟧)){0,40}?(?<! in (?:the |an? )?)|)`;

/** "X, a commander of Y", "X, whom the army described as a commander in Y's artillery unit". */
const ROLE_OF_APPOSITIVE = pattern(
  HAS_ROLE,
  `${mk("P")}${AGE}${AKA}, (?:who (?:is|was) |whom (?:it|they|the [a-z]+) (?:described|identified) as )?${NOT_A_VERB}${DET}${W(2)}${ROLE} (?:of|for|at|in|with) ${DET}${GAP_NOT_WHERE}${TARGET}`,
  "g",
);

/** "X, a member of Hezbollah's Unit 3900 and Iran's Quds Force": a second group the role is held in. */
const AND_ANOTHER_GROUP = /^(?:[’']s (?:[\w-]+ ){1,2}?| )and (?:the )?(?:⟦S\d+⟧[’']s )?⟦O(\d+)⟧(?![’'-])/;

/** "X, the Taliban's interior minister and leader of the Haqqani network": the second role of one appositive. */
const AND_ROLE_OF_APPOSITIVE = pattern(
  / and /,
  `${mk("P")}${AGE}${AKA}, (?:[^,;⟦]|⟦[OS]\\d+⟧){1,60}? and ${DET}${ROLE} (?:of|for) ${DET}${GAP_NOT_WHERE}${TARGET}`,
  "g",
);

/**
 * "X, a PMF field commander", "Abu Fadak al-Mohammadawi, the PMF's chief of staff", "X, Hezbollah's top commander",
 * "X, the Islamic State group's second-in-command", "X, the Taliban government's minister for refugees", "X, the
 * Houthis' chief negotiator", "X, one of Hezbollah's most senior commanders".
 */
const ROLE_MODIFIER_APPOSITIVE = pattern(
  HAS_ROLE,
  `${mk("P")}${AKA}, (?:(?:a|an|the) ${W(1)}${mk("OS")}(?: (?:group|movement|militia|faction|organi[sz]ation|government|administration)[’']s)?(?:[’']s?)?|(?:one of )?${mk("OS")}[’']s?) ${ROLE}s?\\b`,
  "g",
);

/** "X, linked to Y", "X, who headed the Aziz Unit", "X, who leads the powerful Haqqani network". */
const LINKED =
  "(?:linked to|affiliated with|loyal to|a member of|who (?:also |now |still )?(?:heads|headed|leads|led|founded|commands|commanded)(?: the [a-z][\\w-]*(?= ⟦))?)";

/** The group itself, or its unit: "Hezbollah's elite Radwan Force", "the group's Aziz Unit". */
const OWNERS_UNIT = "(?:(?:⟦[SO]\\d+⟧|the (?:group|movement|militia))[’']s (?:[a-z-]+ ){0,2})?";

/**
 * "P, a commander linked to O", "P, a member of O", "P, a member of the Lebanese O" (the group, not the state that
 * qualifies it); not "The junta, led by P, has struggled to stem violence by groups linked to O", a predicate past the
 * appositive, of others.
 */
const LINKED_TO_APPOSITIVE = pattern(
  new RegExp(LINKED),
  `${mk("P")}${AKA},(?! (?:has|have|had|is|are|was|were|said|says|will|would)\\b)${gap(60)}(?<!\\b(?:groups|militias|factions|fighters|militants|gunmen|men) )${LINKED} ${DET}${OWNERS_UNIT}(?:⟦S\\d+⟧ (?=⟦O))?${mk("OS")}`,
  "g",
);

/** "Cabrera, of the opposition Citizens' Movement party,": the party a politician is of. */
const OF_THE_PARTY = pattern(
  /, of the /,
  `${mk("P")}, of the (?:opposition |ruling |governing |main )?${mk("O")}(?: party)?,`,
  "g",
);

/** Verbs that tell who founded a group: "founded by", "formed in 2023 by". */
const FOUNDED = "(?:founded|formed|created|established)";

const LED = `(?:led|headed|commanded|${FOUNDED}(?: in (?:19|20)\\d\\d)?) by`;

/**
 * "the commander of Y, X", "a former commander of Assad's Republican Guard, X", "a commander of the Iran-backed Y, X";
 * not "members of Y, led by X", whom the case-blind title would read past, nor "Fatah's commander in Lebanon, X", where
 * a group's commander serves.
 */
const ROLE_OF_BEFORE_NAME = pattern(
  HAS_ROLE,
  `\\b${ROLE} (?:of|(?<!⟦O\\d+⟧[’']s (?:[\\w-]+ ){0,3})in) ${DET}${W(2)}(?:⟦S\\d+⟧-[\\w-]+ )?(?:⟦[SOP]\\d+⟧[’']s )?${mk("OS")}(?: (?:militia|group|movement|forces|coalition|alliance|bloc|party))?(?:, (?:also )?of ${DET}${W(1)}${mk("O")},)?,? ${NOT_A_LIST_GOING_ON}(?!${LED} )(?:former )?${TITLE}${mk("P")}`,
  "gi",
);

/** The names that go on a list after its first: ", B and C" of "A, B and C". */
const NAMES_GOING_ON = new RegExp(`^(?:,? (?:and )?${TITLE}⟦P\\d+⟧)+`);

/** "A spokesman for Y, X"; not "the spokesperson for Prime Minister X", who is spoken for. */
const ROLE_FOR_BEFORE_NAME = pattern(
  HAS_ROLE,
  `\\b${ROLE} for ${DET}${W(2)}${mk("OS")}, ${NOT_A_LIST_GOING_ON}(?:former )?${TITLE}${mk("P")}`,
  "gi",
);

const ROLE_OF_GROUP_NOUN = pattern(
  HAS_ROLE,
  `\\b${ROLE} of the (bloc|group|movement|militia|coalition|party|organi[sz]ation),? ${NOT_A_LIST_GOING_ON}${TITLE}${mk("P")}`,
  "gi",
);

const GROUP_ROLE_NAME = pattern(
  HAS_ROLE,
  `${mk("OS")}(?: (?:Political Bureau|political bureau|political office))? ${W(1)}${ROLE},? ${TITLE}${mk("P")}((?: and ${mk("P")})?)`,
  "g",
);

/** "the rebels", "the militants": a group named by its fighters. */
const THE_GROUP_OR_ITS_FIGHTERS = `the (?:${GROUP_WORD}|rebels|insurgents|militants|jihadists)\\b`;

/**
 * "Kadhim al-Fartousi, the group's political bureau chief", "Abdul Malik al-Houthi, the leader of the rebels", "X, a
 * member of the group", "X, one of the group's most senior field commanders", "Hezbollah fired rockets … for the
 * killing of X, one of its most senior field commanders": the group the text is speaking of.
 */
const GROUPS_ROLE_APPOSITIVE = pattern(
  new RegExp(`the ${GROUP_WORD}['’]s |of ${THE_GROUP_OR_ITS_FIGHTERS}|, one of (?:its|their) `),
  `${mk("P")}${AGE}, (?:(?:(?:the|a|one of the) ${GROUP_WORD}['’]s|one of (?:its|their)) ${W(2)}${ROLE}s?\\b|(?:the|an?) ${W(2)}${ROLE} of ${THE_GROUP_OR_ITS_FIGHTERS})`,
  "g",
);

/** Where a role is held: "its leader in the Gojjam zone, X", "its commander in the area, Y". */
const WHERE_THE_ROLE_IS = "(?: in (?:the )?(?:⟦L\\d+⟧(?: [a-z]+)?|area|region))?";

/**
 * "The PKK announced it would dissolve, following a call by its jailed founder X", "X, an armed faction within Y,
 * announced the death of Z, the son of its secretary-general W", "The X (PKK) said it would end its struggle against
 * Turkey, following a call by its jailed leader Y", "The Wagner Group acknowledged heavy losses, including its commander
 * in the area, Y": the group the sentence opens with, past its aside and any state.
 */
const SUBJECT_ITS_ROLE = pattern(
  / its /,
  `^(?:The )?${mk("O")}(?:\\s*\\(⟦O\\d+⟧\\))?(?:, [^,;]{1,100},)?(?:(?!⟦O)[^.;])*? its (?:jailed |imprisoned |exiled |detained |slain )?${ROLE}${WHERE_THE_ROLE_IS},? ${TITLE}${mk("P")}`,
  "g",
);

/**
 * "Its founder, Abu Mahdi al-Muhandis, …", "Its current secretary-general is X", "Its leader in the Gojjam zone, X",
 * "Its political leader is X and its military commander is Y", "Its commander, known as General No Pity": the
 * organisation the text was speaking of.
 */
const ITS_ROLE_NAME = pattern(
  /^(?:Its|Their) /,
  `(?:^(?:Its|Their)|\\band (?:its|their)) (?:current |new )?${ROLE}${WHERE_THE_ROLE_IS},? (?:is |was )?(?:(?:known|nicknamed) as [“"]?)?${TITLE}${mk("P")}`,
  "g",
);

/** "…a strike against the Islamic State group, targeting its leader, X": the group named last before "its". */
const ITS_ROLE_APPOSITIVE = pattern(
  /(?:, (?:[a-z]+ )?|\bthat )(?:its|their) [^,]{1,40}, /,
  `(?:, (?:[a-z]+ )?|\\bthat )(?:its|their) ${ROLE}, ${TITLE}${mk("P")}`,
  "g",
);

/** "…killed one of the group's senior commanders, Taleb Abdallah,": the group the text is speaking of. */
const ONE_OF_THE_GROUPS_ROLES = pattern(
  /\bone of the [a-z]+['’]s /,
  `\\bone of the ${GROUP_WORD}['’]s ${ROLE}s?, ${TITLE}${mk("P")}`,
  "g",
);

/** "Qais al-Khazali, whose Asaib Ahl al-Haq group is part of the framework": his group. */
const WHOSE_GROUP = pattern(
  /\bwhose (?:[\w-]+ ){0,2}⟦O/,
  `${mk("P")}, whose (?:(?:[\\w-]+ )?${GROUP_WORD} )?${mk("O")}`,
  "g",
);

/**
 * "Hadi al-Ameri of the Badr Organisation", "Nouri al-Maliki's State of Law coalition", "Machar's party, the SPLM-IO":
 * a person's group.
 */
const PERSON_OF_GROUP = pattern(
  /⟧ of |⟧[’']s (?:⟦O|(?:party|movement|group|militia|faction|coalition), )/,
  `${mk("P")}(?: of (?:the )?|[’']s (?:(?:party|movement|group|militia|faction|coalition), (?:the )?)?)${mk("O")}(?![’']s|-)`,
  "g",
);

/**
 * "Abdallah, known by the nom de guerre Abu Taleb, commanded Hezbollah's Nasr Unit", "X founded the Tuareg Islamist group
 * Y"; "X leads a faction of Y" makes X a faction leader of Y.
 */
const LEADS = "(?:commanded|commands|led|leads|headed|heads|founded)";

const LEADS_PREDICATE = pattern(
  new RegExp(`\\b${LEADS} `),
  `${mk("P")}(?:, (?:[^⟦]|⟦[PSLO]\\d+⟧){1,80},)?,? (?:has |had )?${LEADS} (?:the )?(?:(?:a|one) (faction|wing|unit|cell|branch) (?:of|in|within) (?:the )?)?${OWNERS_UNIT}(?:(?:[\\w-]+ ){0,3}(?:group|movement|militia|organi[sz]ation|gang) )?${mk("O")}`,
  "g",
);

/** "A faction of the Pakistani Taliban led by X claimed…": X a faction leader of the group. */
const FACTION_LED_BY = pattern(
  /\b(?:faction|wing|splinter group) of /,
  `\\b(faction|wing|splinter group) of (?:the )?${mk("O")},? ${LED} ${TITLE}${mk("P")}`,
  "gi",
);

/**
 * "Shibl al-Zaydi, a former commander in the Mahdi Army who now leads Kataib al-Imam Ali", "X, a senior Hezbollah
 * commander who headed the Aziz Unit".
 */
const WHO_NOW_LEADS = pattern(
  / who (?:now |currently |also )?(?:leads|heads|commands|led|headed|commanded) /,
  `${mk("P")}, (?:[^⟦,]|⟦[SOL]\\d+⟧){1,80}? who (?:now |currently |also )?(?:leads|heads|commands|led|headed|commanded) (?:the )?${OWNERS_UNIT}${mk("O")}`,
  "g",
);

/**
 * "Hezbollah, whose secretary-general X…", "The group, whose secretary-general X took over", "Kataib Hezbollah, whose
 * founder Abu Mahdi al-Muhandis was killed…": the group named, or told before.
 */
const WHOSE_ROLE_NAME = pattern(
  /\bwhose /,
  `(?:${mk("O")}|^(?:The|This) (group|movement|militia|faction|organi[sz]ation|party)),? whose ${W(1)}${ROLE},? (?:is |was )?${TITLE}${mk("P")}`,
  "g",
);

/**
 * "The group's secretary-general, Ahmed al-Hamidawi", "The force's chief of staff, X", "Party leader X", "Gang leader
 * X": the role in the group the text was speaking of.
 */
const GROUP_NOUN = "(group|movement|militia|faction|organi[sz]ation|party|bloc|coalition|force|gang|cartel)";

const GROUP_NOUN_ROLE_NAME = pattern(
  new RegExp(`\\bthe ${GROUP_NOUN}['’]s |^${GROUP_NOUN} `, "i"),
  `(?:\\bthe ${GROUP_NOUN}['’]s|^${GROUP_NOUN}) ${ROLE},? ${NOT_A_LIST_GOING_ON}${TITLE}${mk("P")}`,
  "gi",
);

/**
 * "Lebanon's caretaker prime minister, Najib Mikati", "Hezbollah's top commander Fuad Shukr", "Hezbollah's
 * secretary-general, X", "the Houthis' chief of staff, X", "Fatah's military commander in Lebanon, X" (where he
 * commands).
 */
const POSSESSIVE_ROLE_NAME = pattern(
  HAS_ROLE,
  `${mk("OS")}[’']s? ${W(2)}${ROLE}(?: in (?:the )?⟦[SL]\\d+⟧)?,? ${TITLE}${mk("P")}`,
  "g",
);

/** "Abu Fadak, who replaced Muhandis as the PMF's chief of staff", "X was named as Hezbollah's spokesman". */
const AS_ROLE = pattern(
  /\bas (?:the )?⟦[OS]\d+⟧[’']s /,
  `${mk("P")}(?:,? (?:who )?(?:[\\w-]+|⟦P\\d+⟧)(?: (?:[\\w-]+|⟦P\\d+⟧)){0,3}?)? as (?:the )?${mk("OS")}[’']s ${W(2)}${ROLE}\\b`,
  "g",
);

/**
 * "The Houthis named X, a commander …, as his successor", "Hamas appointed X as its new leader", "Hezbollah on Tuesday
 * named X as its new secretary-general".
 */
const GROUP_NAMED_AS = pattern(
  /\b(?:named|appointed|chose|picked|elected)\b/,
  `${mk("O")} (?:(?:on|late on|early on|last) [A-Z]?[a-z]+ )?(?:has |have |had )?(?:named|appointed|chose|picked|elected) ${mk("P")}(?:, (?:[^,⟦]|⟦[SOL]\\d+⟧){1,100},)? as (?:its|their|his|her|the group['’]s) (?:new )?(?:successor|${ROLE})\\b`,
  "g",
);

/** "Iraqi Prime Minister X", "Syria's interim President X": the title the person's name was given with. */
const TITLE_MODIFIER = "(?:(?:interim|acting|caretaker|former|outgoing|incoming|new) )?";

const GROUP_TITLE_NAME = pattern(
  new RegExp(`⟧(?:[’']s)? ${TITLE_MODIFIER}[A-Z]`),
  `${mk("OS")}(?:[’']s)? ${TITLE_MODIFIER}(${TITLE}(?:[A-Z][\\w.-]* )?)${mk("P")}`,
  "g",
);

/** What ROLE_PREDICATE needs before it is worth running. */
const COPULA = /\b(?:was|is|had been|has been|became) (?:a|an|the) /i;

/**
 * "X was a commander of Y", "said he was a commander of its armed wing, the Y", "X was a member of the ruling Y party":
 * the role, in the group named.
 */
const ROLE_PREDICATE = pattern(
  COPULA,
  `(?:\\b(?:he|she)|${mk("P")}${AGE}) (?:was|is|had been|has been|became) (?:a|an|the) ${W(2)}${ROLE} (?:of|in|with|for) ${DET}(?:(?:[\\w-]+ )?${BRANCH}, (?:the )?)?${STANDING}(?:${mk("OS")}(?![-–]\\w)|${W(2)}(militia|group|movement|organi[sz]ation)\\b)`,
  "gi",
);

/**
 * "…, and said he was a local Hezbollah official", "X is the BLA's leader": a role told with its group before it; not
 * "X was the uncle of Taliban interior minister Y", another's role.
 */
const GROUP_ROLE_PREDICATE = pattern(
  COPULA,
  `(?:\\b(?:he|she)|${mk("P")}${AGE}) (?:was|is|had been|has been|became) (?:a|an|the) (?:(?!(?:of|to|for|with) )[\\w'’-]+ ){0,2}?${mk("O")}(?:[’']s)? ${ROLE}\\b`,
  "g",
);

/**
 * "led by lawmaker Hussein Mounes", "headed by former commander X", "founded by Russian nationalist X": what the leader
 * is, told in lower case.
 */
const LOWER_TITLE =
  "(?:(?:former |veteran |the )?(?:⟦S\\d+⟧ )?(?:police |army |intelligence |gang |militia )?(?:lawmaker|cleric|commander|chief|politician|businessman|leader|officer|soldier|president|prime minister|minister|governor|general|colonel|warlord|nationalist|activist|dissident|militant|jihadist) )?";

/** "led by the commander known as Ivan Mordisco": a leader told by his nom de guerre. */
const LEADER_TITLE = `${LOWER_TITLE}(?:(?<= )(?:known as|nicknamed|alias) )?`;

/** "the Sudanese Armed Forces (SAF) under army chief Abdel Fattah al-Burhan": who commands the force. */
const FORCE_UNDER = pattern(
  / under /,
  `${mk("O")}${DEFINED} under (?:former |the late )?${TITLE}(${LOWER_TITLE})${mk("P")}`,
  "g",
);

/** "the State of Law coalition of former Prime Minister Nouri al-Maliki": the leader the group is known by. */
const GROUP_OF_PERSON = pattern(
  / of [^⟦.;]{0,40}⟦P/,
  `${mk("O")}(?: ${COLLECTIVE_NOUN})? of (?:former |the late )?${LOWER_OFFICE}${TITLE}${mk("P")}`,
  "g",
);

/**
 * "The militia, an offshoot of the Mahdi Army, is led by Y", "The group, led by Gen. Y, has fought…", "The coalition,
 * which is led by Y": the group the article told of before; not "The group, which calls itself the Popular Forces, is
 * led by Y", which names the group it speaks of.
 */
const THE_GROUP_LED_BY = pattern(
  new RegExp(LED),
  `^(?:The|This) (?:paramilitary |armed |rebel |militant |jihadist )?(militia|group|faction|movement|organi[sz]ation|party|coalition|alliance|bloc)(?:, (?!which calls itself |calling itself |(?:also )?known as |called |named )(?:[^⟦,]|⟦[SOL]\\d+⟧){1,80},)?(?: (?:is|was|has been)|,(?: (?:which|that) (?:is|was|has been))?(?: now| currently)?) ${LED} (?:former |the late )?${TITLE}${LOWER_TITLE}${mk("P")}`,
  "g",
);

/** "a coalition of rebel groups and political parties": what a coalition is made of. */
const MEMBERS_OF_A_COALITION = "(?:[\\w-]+ ){0,2}?(?:gangs|groups|militias|factions|parties|movements)";

/** The noun that may follow a group's name: "the Viv Ansanm coalition", "the 400 Mawozo gang". */
const GROUP_NOUN_AFTER = `(?: (?:gang |armed |rebel |militia )?${COLLECTIVE_NOUN})`;

/**
 * "X is led by Y", "X, the dissident group led by Y", "X is led by former President Y", "X, al-Qaeda's Sahel branch,
 * is led by Y", "X, a splinter of the Mahdi Army, is led by Y", "X (AFC), which includes M23, is led by Y", "…, part of
 * the Y coalition led by Z"; not "The militia, an offshoot of the Mahdi Army, is led by Y", where the group leads
 * nothing, nor "a splinter of the Mahdi Army led by Y", where the splinter may be the one led; but "members of X, which
 * is led by Y", as members are no group.
 */
const LED_BY = pattern(
  new RegExp(LED),
  `(?<!\\b(?<!\\b(?:part|a member|members|fighters|militants|gunmen) )of (?:the )?)${mk("O")}${DEFINED}(?:${GROUP_NOUN_AFTER}|${GROUP_NOUN_AFTER}?, (?:the|an?) (?:⟦S\\d+⟧-[\\w-]+ )?${W(2)}${COLLECTIVE_NOUN}(?: of ${MEMBERS_OF_A_COALITION}(?: and ${MEMBERS_OF_A_COALITION})?)?(?:,? (?:formed|founded|created|set up|established) (?:in \\d{4} )?and)?(?=,? ${LED})|, (?:the|an?) ${W(2)}(?:splinter|offshoot|breakaway|branch|wing) (?:group |faction )?(?:of|from) (?:the )?⟦O\\d+⟧,|, ⟦O\\d+⟧[’']s ${W(2)}(?:branch|affiliate|wing|arm|franchise|offshoot)(?: in (?:the )?⟦[SL]\\d+⟧)?,|, (?:which|that) (?:includes|comprises|brings together) (?:[^,⟦]|⟦[SO]\\d+⟧){1,80},)?,? (?:which is |is |was )?${LED} (?:former |the late )?${TITLE}${LEADER_TITLE}${mk("P")}`,
  "g",
);

/** "Hay'at Tahrir al-Sham (HTS), the group Sharaa led before he took power": the one who led the group told. */
const THE_GROUP_P_LED = pattern(
  /\b(?:led|headed|commanded|founded)\b/,
  `${mk("O")}${DEFINED}, (?:the|a) (?:[\\w-]+ )?(?:group|militia|movement|faction|organi[sz]ation|coalition) (?:that |which )?${mk("P")} (?:had )?(led|headed|commanded|founded)\\b`,
  "g",
);

/**
 * The role a verb of leading tells: "commanded by" a commander, "founded by" or "formed in 2023 by" a founder, "led by"
 * a leader.
 */
function roleOfLeading(told: string): string {
  // "an alliance formed in 2020 and led by X": the verb right before "by" tells the role; "X commanded the unit", the
  // verb told.
  const verb = [...told.matchAll(LEADING_VERB_BY)].pop()?.[1] ?? told;
  return /\bcommand(?:ed|s)\b/.test(verb) ? "commander" : FOUNDED_WORD.test(verb) ? "founder" : "leader";
}

const FOUNDED_WORD = new RegExp(`\\b${FOUNDED}\\b`);
const LEADING_VERB_BY = new RegExp(`\\b(led|headed|command(?:ed|s)|${FOUNDED})(?: in (?:19|20)\\d\\d)? by\\b`, "g");

/**
 * "Mali's military junta, led by General X", "Myanmar's military government, led by Senior General X", "the Sudanese
 * army, led by X", "Niger's military rulers, led by General X": who leads a state or its forces.
 */
const RULERS_LED_BY = pattern(
  new RegExp(LED),
  `(?:${mk("S")}[’']s (?:military |ruling |transitional )?(?:junta|government|regime|military|rulers|leaders)|\\bthe ${mk("S")})(?:,| (?:is|was|has been|are|were)) ${LED} (?:former |the late )?${TITLE}${LOWER_TITLE}${mk("P")}`,
  "g",
);

/** "The Iraqi government of Prime Minister X", "Iraq's government of President X": who heads a state's government. */
const GOVERNMENT_OF = pattern(
  /⟧(?:['’]s (?:government|cabinet|administration))? of [A-Z]/,
  `(?:${mk("S")}[’']s (?:government|cabinet|administration)|\\b[Tt]he ${mk("S")}) of ${TITLE_MODIFIER}${TITLE}${mk("P")}`,
  "g",
);

/** A state's mention may cover its government ("the Iraqi government"): what GOVERNMENT_OF reads as one. */
const NAMES_GOVERNMENT = /\b(?:government|cabinet|administration)$/i;

/** Offices that head a state or its government: the role of who leads it, told by their title. */
const HEAD_OF_GOVERNMENT = /^(?:President|Prime Minister|Premier|Chancellor|King|Emir)$/;

/** The role of a ruler told with a title ("led by Prime Minister X" is the prime minister), else by the verb. */
function rulerRole(p: Ref | undefined, told: string): string {
  const title = p?.mention.title;
  return title && HEAD_OF_GOVERNMENT.test(title) ? title.toLowerCase() : roleOfLeading(told);
}

/**
 * "TTP leaders, including its chief X", "the group's commanders, including its founder X", "nine members of the X
 * group, including its leader Y": a role among the group's.
 */
const INCLUDING_ITS_ROLE = pattern(
  /, including (?:its|their) /,
  `(?:${mk("O")}(?:[’']s)? (?:top |senior )?(?:leaders|leadership|commanders|officials|figures)|\\b(?:members|fighters|militants) of (?:the )?${mk("O")}(?: (?:group|movement|militia))?),? including (?:its|their) ${ROLE},? ${TITLE}${mk("P")}`,
  "g",
);

/** "the ELN's leadership, headed by X": who heads a group's leadership leads the group. */
const LEADERSHIP_LED_BY = pattern(
  /\bleadership,? (?:headed|led) by /,
  `${mk("O")}[’']s (?:top |senior |central )?leadership,? (?:headed|led) by ${TITLE}${LOWER_TITLE}${mk("P")}`,
  "g",
);

/** The head of a role told without a name ("a senior Hezbollah commander"), which "the commander" points back to. */
const UNNAMED_ROLE_NOUN = "(?:commander|leader|official|chief|member|operative|officer)";

/** "The military identified the commander as X", "named him as X": a person the sentence before told of by role. */
const IDENTIFIED_AS = pattern(
  /\b(?:identified|named) (?:the|him|her)\b/,
  `\\b(?:identified|named) (?:the (?:[\\w-]+ )?(${UNNAMED_ROLE_NOUN})|him|her) as (?:[a-z]+ )?${TITLE}${mk("P")}`,
  "g",
);

/** "…killed a senior commander of X. The commander, Y, was in charge of…": the person the role told before names. */
const THE_ROLE_NAMED = pattern(
  /\b[Tt]he (?:[a-z]+ )?[a-z]+, ⟦P/,
  `\\b[Tt]he (?:slain |dead |killed )?(${ROLES_OF_THE_NAMED_DEAD.join("|")}), ${mk("P")},`,
  "g",
);

/**
 * "killed a senior commander of Hezbollah", "A senior Hezbollah commander was killed": a role in a group, told without
 * a name.
 */
const UNNAMED_ROLE = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he|[Oo]ne) ${ROLE} (?:of|in|with) (?:the )?(?:[\\w-]+ )?${mk("O")}|\\b(?:[Aa]n?|[Tt]he|[Oo]ne) ((?:[a-z-]+ ){0,2}?)${mk("O")} ((?:[a-z-]+ )?${UNNAMED_ROLE_NOUN})\\b`,
  "g",
);

/** The role and group the sentence before told without a name, whose head is `noun` when it is given. */
function unnamedRoleBefore(history: MarkedSentence[], noun: string | undefined) {
  const before = history.at(-1);
  if (!before) return undefined;
  for (const m of before.text.matchAll(UNNAMED_ROLE)) {
    const role = m[1] ?? `${m[3]}${m[5]}`;
    if (noun && !role.endsWith(noun)) continue;
    return { role, org: before.refs[Number(m[2] ?? m[4])]!.entity };
  }
  return undefined;
}

const OBJECT_OF_CLAUSE = /\b(?:that|which|who) [a-z]+ (?:the )?$/;

const HONORIFIC_SET = new Set(HONORIFICS);

const PERSON_TITLE_SET = new Set(PERSON_TITLES);

/** Offices that stand before a rank: "ISPR Director General Lt Gen X". */
const OFFICE_BEFORE_RANK = /^(?:Director[- ]General|Director|Chief|Commander|Head|Spokes(?:man|woman|person))$/;

/** Titles a portfolio or a province comes before: "Information Minister", "Borno Governor". */
const TITLE_OF_A_PORTFOLIO = /^(?:Minister|Governor|Secretary|Commissioner|Ambassador|Envoy|Adviser|Advisor)$/;

/**
 * The office told before a person's title where the name finder kept only the title: "Sudan's Information Minister
 * X" (the minister of information), "ISPR Director General Lt Gen X" (the director general, of the rank of a general).
 */
function officeBefore(title: string, p: Ref | undefined): string | undefined {
  const own = p?.mention.title;
  if (!own) return undefined;
  // "Director General Lt Gen X": the name finder keeps the first title; a rank follows it.
  if (title.startsWith(`${own} `) && PERSON_TITLE_SET.has(title.slice(own.length + 1))) return own;
  if (!title.endsWith(` ${own}`)) return undefined;
  const before = title.slice(0, -own.length - 1);
  if (OFFICE_BEFORE_RANK.test(before)) return before;
  return TITLE_OF_A_PORTFOLIO.test(own) && /^[A-Z][a-z]+$/.test(before) ? title : undefined;
}

/** "Supreme Leader Ayatollah": the office is what comes before the rank; a rank alone is no office. */
const CLERICAL_RANK_AFTER = new RegExp(`(?:^| )(?:${CLERICAL_RANKS.join("|")})$`);

const COMMUNITY =
  /\b(?:Shi['’]?ite|Shia|Sunni|Kurdish|Druze|Christian|Yazidi|tribal|religious|opposition|militia|rebel|Islamist)\b/i;

/** A sentence that opens with a state's own forces: "Myanmar's military, …". */
const STATE_FORCES_OPEN = /^⟦S(\d+)⟧[’']s (?:military|army|armed forces|junta|government)\b/;

function linkedRole(told: string): string {
  if (/\bwho (?:[a-z]+ )?command/.test(told)) return "commander";
  return /\bwho (?:[a-z]+ )?(?:head|lead|led)/.test(told) ? "leader" : "member";
}

/** Affiliation: "P, secretary-general of O", "P, a leading commander of the pro-Iran O". */
export function affiliationsIn(r: FactReading) {
  const { ctx, ms, t, R, history, namesPerson } = r;
  if (namesPerson) {
    /** The role held in the group told after the first: "a member of A and B". */
    const andAnother = (m: RegExpMatchArray, person: string, role: string) => {
      const also = AND_ANOTHER_GROUP.exec(t.slice(m.index! + m[0].length));
      if (also) add(ctx, "AFFILIATED_WITH", R(person), R(also[1]), 0.8, role);
    };
    each(ROLE_OF_APPOSITIVE, t, (m) => {
      add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[4]), 0.9, m[3]);
      andAnother(m, m[1]!, m[3]!);
    });
    each(AND_ROLE_OF_APPOSITIVE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[4]), 0.85, m[3]));
    // "P, a Pentagon spokesperson", "P, a PMF field commander".
    each(ROLE_MODIFIER_APPOSITIVE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[3] ?? m[4]), 0.85, m[5]));
    // "P, ... linked to O", "P, a member of O".
    each(OF_THE_PARTY, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.75, "member"));
    each(LINKED_TO_APPOSITIVE, t, (m) => {
      add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[3]), 0.8, linkedRole(m[0]));
      andAnother(m, m[1]!, linkedRole(m[0]));
    });
    // "Head of the O P", "the commander of O militia, P", "Head of the O, of the CF, P".
    each(ROLE_OF_BEFORE_NAME, t, (m) => {
      add(ctx, "AFFILIATED_WITH", R(m[4]), R(m[2]), 0.85, m[1]);
      // "three senior commanders of X, A, B and C": each one a plural role names.
      if (/s$/.test(m[1]!))
        for (const p of t
          .slice(m.index! + m[0].length)
          .match(NAMES_GOING_ON)?.[0]
          .matchAll(/⟦P(\d+)⟧/g) ?? [])
          add(ctx, "AFFILIATED_WITH", R(p[1]), R(m[2]), 0.8, m[1]);
    });
    each(ROLE_FOR_BEFORE_NAME, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[2]), 0.85, m[1]));
    // "Member of the bloc MP P": the group named just before.
    each(ROLE_OF_GROUP_NOUN, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[3]), previousOrg(history, m[2]), 0.6, m[1]));
    // "Kataib Hezbollah leaders P and P", "Hamas Political Bureau chief P", "US President P" (title).
    each(GROUP_ROLE_NAME, t, (m) => {
      // "Iraqi Shi'ite leader Muqtada al-Sadr" leads Shiites in Iraq, not the Iraqi state.
      if (R(m[1])?.label === "State" && COMMUNITY.test(m[0])) return;
      add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[1]), 0.8, m[2]);
      if (m[5]) add(ctx, "AFFILIATED_WITH", R(m[5]), R(m[1]), 0.75, m[2]);
    });
    each(POSSESSIVE_ROLE_NAME, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[1]), 0.85, m[2]));
    each(AS_ROLE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.8, m[3]));
    each(GROUP_NAMED_AS, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.8, m[3]));
    each(THE_GROUP_P_LED, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.75, roleOfLeading(m[3]!)));
    each(GROUP_OF_PERSON, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.7, "leader"));
    // "sanctions on Hezbollah under President X" tells when, not who leads: only a commander's word says so.
    each(FORCE_UNDER, t, (m) => {
      const role = m[2]!.trim().replace(/^(?:former|veteran|the) /, "");
      if (role) add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[1]), 0.7, role);
    });
    each(LED_BY, t, (m) => {
      // "The militia that opposes X is led by Y": X is the object of a clause about the group Y leads.
      if (/ (?:is|was) [a-z]+ by /.test(m[0]) && OBJECT_OF_CLAUSE.test(t.slice(0, m.index))) return;
      add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.8, roleOfLeading(m[0]));
    });
    each(RULERS_LED_BY, t, (m) =>
      add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[1] ?? m[2]), 0.8, rulerRole(ref(ms, m[3]), m[0])),
    );
    each(GOVERNMENT_OF, t, (m) => {
      if (m[2] !== undefined && !NAMES_GOVERNMENT.test(written(ms, ref(ms, m[2])!))) return;
      add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[1] ?? m[2]), 0.8, rulerRole(ref(ms, m[3]), "led"));
    });
    each(INCLUDING_ITS_ROLE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[4]), R(m[1] ?? m[2]), 0.8, m[3]));
    each(LEADERSHIP_LED_BY, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.8, "leader"));
    for (const named of [IDENTIFIED_AS, THE_ROLE_NAMED])
      each(named, t, (m) => {
        const told = unnamedRoleBefore(history, m[1]);
        if (told) add(ctx, "AFFILIATED_WITH", R(m[2]), told.org, 0.7, told.role);
      });
    each(THE_GROUP_LED_BY, t, (m) =>
      add(ctx, "AFFILIATED_WITH", R(m[2]), previousOrg(history, m[1]), 0.7, roleOfLeading(m[0])),
    );
    each(ITS_ROLE_NAME, t, (m) => {
      // "Myanmar's military, which seized power…, has fought rebels. Its spokesman, X": the state's forces speak.
      const before = history.at(-1);
      const state = before ? STATE_FORCES_OPEN.exec(before.text) : null;
      const org = state ? before!.refs[Number(state[1])]?.entity : previousOrg(history);
      add(ctx, "AFFILIATED_WITH", R(m[2]), org, 0.7, m[1]);
    });
    each(SUBJECT_ITS_ROLE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[1]), 0.7, m[2]));
    each(ITS_ROLE_APPOSITIVE, t, (m) => {
      // A state named as where ("in Somalia's northeast") is not what "its" points back to.
      const last = [...t.slice(0, m.index).matchAll(/(?<!\b(?:in|near|at|from) )⟦([OS])(\d+)⟧/g)].pop();
      if (last?.[1] === "O") add(ctx, "AFFILIATED_WITH", R(m[2]), R(last[2]), 0.7, m[1]);
    });
    each(GROUPS_ROLE_APPOSITIVE, t, (m) => {
      add(ctx, "AFFILIATED_WITH", R(m[1]), groupBefore(t, m.index!, R, history), 0.7, m[2] ?? m[3]);
    });
    each(ONE_OF_THE_GROUPS_ROLES, t, (m) =>
      add(ctx, "AFFILIATED_WITH", R(m[2]), groupBefore(t, m.index!, R, history), 0.7, m[1]),
    );
    each(WHOSE_ROLE_NAME, t, (m) =>
      add(ctx, "AFFILIATED_WITH", R(m[4]), m[1] !== undefined ? R(m[1]) : previousOrg(history, m[2]), 0.85, m[3]),
    );
    each(WHOSE_GROUP, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.7));
    each(LEADS_PREDICATE, t, (m) => {
      const role = roleOfLeading(m[0]);
      add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[3]), 0.8, m[2] ? `${m[2]} ${role}` : role);
    });
    each(FACTION_LED_BY, t, (m) =>
      add(ctx, "AFFILIATED_WITH", R(m[3]), R(m[2]), 0.75, `${m[1]!.toLowerCase()} ${roleOfLeading(m[0])}`),
    );
    each(WHO_NOW_LEADS, t, (m) => {
      add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.75, roleOfLeading(m[0]));
    });
    each(PERSON_OF_GROUP, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.65));
    each(GROUP_NOUN_ROLE_NAME, t, (m) =>
      add(ctx, "AFFILIATED_WITH", R(m[4]), previousOrg(history, (m[1] ?? m[2])!.toLowerCase()), 0.7, m[3]),
    );
    each(GROUP_TITLE_NAME, t, (m) => {
      const p = ref(ms, m[3]);
      const title = m[2]!.trim();
      const office = p?.mention.title === title ? title.replace(CLERICAL_RANK_AFTER, "") : officeBefore(title, p);
      if (title && office && !HONORIFIC_SET.has(title.replace(/\.$/, ""))) {
        add(ctx, "AFFILIATED_WITH", p!.entity, R(m[1]), 0.8, office);
      }
    });
  }
  // "he was a leader of O", "P was a senior commander of the Iran-backed militia" (the group named before).
  each(ROLE_PREDICATE, t, (m) => {
    const person = m[1] !== undefined ? R(m[1]) : ctx.lastPerson();
    const org = m[3] !== undefined ? R(m[3]) : m[4] ? previousOrg(history, m[4]) : undefined;
    add(ctx, "AFFILIATED_WITH", person, org, m[1] !== undefined ? 0.8 : 0.6, m[2]);
  });

  each(GROUP_ROLE_PREDICATE, t, (m) => {
    const person = m[1] !== undefined ? R(m[1]) : ctx.lastPerson();
    add(ctx, "AFFILIATED_WITH", person, R(m[2]), m[1] !== undefined ? 0.8 : 0.6, m[3]);
  });
}
