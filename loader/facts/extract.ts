/**
 * Facts about actors from the sentence patterns analysts rely on: appositive roles ("X, secretary-general
 * of Y"), role modifiers ("Hamas chief X"), membership ("X is part of Y", "a coalition that includes A and B"),
 * sponsorship ("Iran-backed X", "affiliated with the IRGC") and alliance ("allied with Y").
 * Each fact keeps its sentence as evidence and a confidence from how directly it is stated.
 */
import type { FactType } from "../../ontology/model.ts";
import type { Registry } from "../mentions/registry.ts";
import type { Entity } from "../resolve/types.ts";
import type { AnalysedArticle } from "../pipeline.ts";
import { CLERICAL_RANKS, HONORIFICS, PERSON_TITLES } from "../mentions/lexicon.ts";
import { gap, mk, type MarkedSentence, type Ref } from "./marked.ts";
import type { Fact } from "./types.ts";

const MOD =
  "(?:(?:deputy|senior|leading|top|former|military|political|field|local|chief|official|acting|founding|late|assistant|high-ranking|prominent|veteran|key|general|overall|supreme|second|interim|jailed|imprisoned|exiled|detained|slain) )";
const ROLE_WORDS =
  "secretary-general|secretary general|Secretary-General|Secretary General|commander-in-chief|co-leaders?|co-chair(?:man|woman)?|leaders?|co-founder|founder|head|chief|deputy|commanders?|spokesperson|spokesman|spokeswoman|members?|official|fellow|director|president|prime minister|minister|chairman|coordinator|emir|legislator|lawmaker|MP|representative|envoy|ambassador|adviser|advisor";
const ROLE = `(${MOD}{0,3}(?:${ROLE_WORDS})(?: of staff| of operations(?: for \\w+)?| of the political bureau| of the [A-Z]\\w+ (?:Political )?Bureau)?)`;
const AKA = `(?:, (?:also |better )?known as ${mk("P")})?`;
const DET = "(?:the |a |an |its |his |her |their )?";
/** Titles stay outside person markers ("Prime Minister ⟦P1⟧"). */
const TITLE = "(?:[A-Z][\\w.-]* (?:of (?=[A-Z]))?){0,3}";
/** The case-blind role patterns read any word as a title: not "and" of a list that goes on ("…, and Gen. Z"). */
const NOT_A_LIST_GOING_ON = "(?!and |or |but |while )";
/** The actor a role is held in: the possessed, not the possessor ("Iraq’s Joint Operations Command"). */
/** What a group named after another is of it: "the al-Qaeda affiliate Hurras al-Din". */
const NAMED_BRANCH = "(?:affiliate|offshoot|branch|franchise)";
const TARGET = `(?:⟦[SO]\\d+⟧(?:[’']s? ${"(?:[\\w'’-]+ ){0,1}?"}| ${NAMED_BRANCH} ))?${"⟦[OS](\\d+)⟧"}(?![-–]\\w)`;
const W = (n: number) => `(?:[\\w'’-]+ ){0,${n}}?`;
const SPONSOR_VERB = "(?:backed|aligned|allied|linked|sponsored|supported|funded|armed|affiliated)";
const COLLECTIVE =
  "(?:coalition|alliance|network|umbrella(?: organi[sz]ation| group)?|formation|grouping|bloc|front|axis|framework|branch)";

/** ", which was founded in Iran," between a group and what is said of it. */
const RELATIVE_CLAUSE = `(?:, (?:which|who|whose) (?:[^⟦]|⟦[SLP]\\d+⟧){0,90}?,)?`;
/** What one group is of another: "the armed wing of Hamas", "al-Qaeda's branch". */
const BRANCH = "(?:wing|arm|branch|offshoot|affiliate|franchise|backbone)";
const ALLY = "(?:allied with|an ally of|allies of|in alliance with)";

/**
 * A fact pattern with what a sentence must contain for it to match: most sentences fail the cheap test,
 * and the full pattern (with its lazy gaps and alternations) never runs on them.
 */
interface Pattern {
  needs: RegExp;
  re: RegExp;
}
const pattern = (needs: RegExp, source: string, flags = "g"): Pattern => ({ needs, re: new RegExp(source, flags) });
const HAS_ROLE = new RegExp(ROLE_WORDS, "i");
const HAS_BRANCH = new RegExp(BRANCH);
const HAS_ALLY = new RegExp(ALLY);

/** A short name or acronym defined in parentheses after a group: "Kataib Hezbollah (KH)". */
const DEFINED = "(?:\\s\\([^()⟦]{1,12}\\)|\\s\\(⟦O\\d+⟧\\))?";

/* The patterns, compiled once: each reads like the sentences it matches (see the comments at their use). */
/** "Qaani, met leaders of…": a clause after a name, not an appositive that gives a role. */
const NOT_A_VERB =
  "(?!(?:met|meets|said|says|told|urged|called|visited|added|warned|vowed|accused|denied|announced|threatened|attended|praised|condemned|ordered|stressed|asked|led|leads|joined|replaced|succeeded)\\b)";
/** "Arouri, 57, was…": an age between a name and what is said of it. */
const AGE = "(?:, \\d{1,3},)?";
const ROLE_OF_APPOSITIVE = pattern(
  HAS_ROLE,
  `${mk("P")}${AGE}${AKA}, (?:who (?:is|was) )?${NOT_A_VERB}${DET}${W(2)}${ROLE} (?:of|for|at|in|with) ${DET}${gap(40)}${TARGET}`,
  "g",
);
/** "X, a PMF field commander", "Abu Fadak al-Mohammadawi, the PMF's chief of staff". */
const ROLE_MODIFIER_APPOSITIVE = pattern(
  HAS_ROLE,
  `${mk("P")}${AKA}, (?:a|an|the) ${W(1)}${mk("OS")}(?:[’']s)? ${ROLE}\\b`,
  "g",
);
const LINKED =
  "(?:linked to|affiliated with|loyal to|a member of|who (?:also |now |still )?(?:heads|leads|led|founded))";
const LINKED_TO_APPOSITIVE = pattern(new RegExp(LINKED), `${mk("P")}${AKA},${gap(60)}${LINKED} ${DET}${mk("OS")}`, "g");
/** "the commander of Y, X". */
const ROLE_OF_BEFORE_NAME = pattern(
  HAS_ROLE,
  `\\b${ROLE} (?:of|in) ${DET}${W(2)}(?:⟦[SO]\\d+⟧[’']s )?${mk("OS")}(?: (?:militia|group|movement|forces|coalition|alliance|bloc|party))?(?:, (?:also )?of ${DET}${W(1)}${mk("O")},)?,? ${NOT_A_LIST_GOING_ON}(?:former )?${TITLE}${mk("P")}`,
  "gi",
);
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
const GROUP_WORD = "(?:group|militia|movement|faction|organi[sz]ation)";
/** "the rebels", "the militants": a group named by its fighters. */
const THE_GROUP_OR_ITS_FIGHTERS = `the (?:${GROUP_WORD}|rebels|insurgents|militants|jihadists)\\b`;
/**
 * "Kadhim al-Fartousi, the group's political bureau chief", "Abdul Malik al-Houthi, the leader of the rebels": the
 * group the text is speaking of.
 */
const GROUPS_ROLE_APPOSITIVE = pattern(
  new RegExp(`the ${GROUP_WORD}['’]s |of ${THE_GROUP_OR_ITS_FIGHTERS}`),
  `${mk("P")}${AGE}, (?:(?:the|a) ${GROUP_WORD}['’]s ${W(2)}${ROLE}\\b|the ${W(1)}${ROLE} of ${THE_GROUP_OR_ITS_FIGHTERS})`,
  "g",
);
/** "The PKK announced it would dissolve, following a call by its jailed founder X": the group the sentence opens with. */
const SUBJECT_ITS_ROLE = pattern(
  / its /,
  `^(?:The )?${mk("O")}(?:(?!⟦[OS])[^.;])*? its (?:jailed |imprisoned |exiled |detained |slain )?${ROLE},? ${TITLE}${mk("P")}`,
  "g",
);
/** "Its founder, Abu Mahdi al-Muhandis, …", "Its current secretary-general is X": the organisation the text was speaking of. */
const ITS_ROLE_NAME = pattern(
  /^(?:Its|Their) /,
  `^(?:Its|Their) (?:current |new )?${ROLE},? (?:is |was )?${TITLE}${mk("P")}`,
  "g",
);
/** "…a strike against the Islamic State group, targeting its leader, X": the group named last before "its". */
const ITS_ROLE_APPOSITIVE = pattern(
  /, (?:[a-z]+ )?its [^,]{1,40}, /,
  `, (?:[a-z]+ )?its ${ROLE}, ${TITLE}${mk("P")}`,
  "g",
);
/**
 * "The BLA said its Majeed Brigade and the Fateh Squad had carried out the attack": units of the group the sentence
 * opens with (told by a unit's name: "its ally Hezbollah" is no part of it).
 */
const SUBJECT_ITS_UNIT = pattern(
  / its ⟦O/,
  `^(?:The )?(?:[a-z-]+ ){0,2}${mk("O")}(?:(?!⟦[OS])[^.;])*? its ${mk("O")}(?: and (?:the |its )?${mk("O")})?`,
  "g",
);
/** "Qais al-Khazali, whose Asaib Ahl al-Haq group is part of the framework": his group. */
const WHOSE_GROUP = pattern(
  /\bwhose (?:[\w-]+ ){0,2}⟦O/,
  `${mk("P")}, whose (?:(?:[\\w-]+ )?${GROUP_WORD} )?${mk("O")}`,
  "g",
);
/** "Hadi al-Ameri of the Badr Organisation", "Nouri al-Maliki's State of Law coalition": a person's group. */
const PERSON_OF_GROUP = pattern(/⟧ of |⟧[’']s ⟦O/, `${mk("P")}(?: of (?:the )?|[’']s )${mk("O")}(?![’']s|-)`, "g");
/** "Asaib Ahl al-Haq is part of the framework": a member of the collective named before. */
const PART_OF_COLLECTIVE = pattern(
  /part of the|a member of the/i,
  `${mk("O")}(?: (?:group|movement|militia|party|bloc))? (?:is|are|was|were) (?:also )?(?:part of|a member of) the (${COLLECTIVE}|framework)\\b(?! ⟦)`,
  "g",
);
/** "Abdallah, known by the nom de guerre Abu Taleb, commanded Hezbollah's Nasr Unit". */
const LEADS = "(?:commanded|commands|led|leads|headed|heads|founded)";
const LEADS_PREDICATE = pattern(
  new RegExp(`\\b${LEADS} `),
  `${mk("P")}(?:, (?:[^⟦]|⟦[PSL]\\d+⟧){1,80},)?,? (?:has |had )?${LEADS} (?:the )?(?:⟦[SO]\\d+⟧[’']s )?${mk("O")}`,
  "g",
);
/** "Shibl al-Zaydi, a former commander in the Mahdi Army who now leads Kataib al-Imam Ali". */
const WHO_NOW_LEADS = pattern(
  / who (?:now |currently |also )?(?:leads|heads|commands) /,
  `${mk("P")}, (?:[^⟦,]|⟦[SOL]\\d+⟧){1,80}? who (?:now |currently |also )?(?:leads|heads|commands) (?:the )?(?:⟦[SO]\\d+⟧[’']s )?${mk("O")}`,
  "g",
);
/** "Kataib Hezbollah, whose founder Abu Mahdi al-Muhandis was killed…". */
/** "Hezbollah, whose secretary-general X…", "The group, whose secretary-general X took over": the group named, or told before. */
const WHOSE_ROLE_NAME = pattern(
  /\bwhose /,
  `(?:${mk("O")}|^(?:The|This) (group|movement|militia|faction|organi[sz]ation|party)),? whose ${W(1)}${ROLE},? (?:is |was )?${TITLE}${mk("P")}`,
  "g",
);
/**
 * "The group's secretary-general, Ahmed al-Hamidawi", "The force's chief of staff, X": the role in the group the
 * text was speaking of.
 */
const GROUP_NOUN = "(group|movement|militia|faction|organi[sz]ation|party|bloc|coalition|force)";
const GROUP_NOUN_ROLE_NAME = pattern(
  new RegExp(`\\bthe ${GROUP_NOUN}['’]s `, "i"),
  `\\bthe ${GROUP_NOUN}['’]s ${ROLE},? ${NOT_A_LIST_GOING_ON}${TITLE}${mk("P")}`,
  "gi",
);
/**
 * "Lebanon's caretaker prime minister, Najib Mikati", "Hezbollah's top commander Fuad Shukr", "Hezbollah's
 * secretary-general, X", "the Houthis' chief of staff, X".
 */
const POSSESSIVE_ROLE_NAME = pattern(HAS_ROLE, `${mk("OS")}[’']s? ${W(2)}${ROLE},? ${TITLE}${mk("P")}`, "g");
/** "Abu Fadak, who replaced Muhandis as the PMF's chief of staff", "X was named as Hezbollah's spokesman". */
const AS_ROLE = pattern(
  /\bas (?:the )?⟦[OS]\d+⟧[’']s /,
  `${mk("P")}(?:,? (?:who )?(?:[\\w-]+|⟦P\\d+⟧)(?: (?:[\\w-]+|⟦P\\d+⟧)){0,3}?)? as (?:the )?${mk("OS")}[’']s ${W(2)}${ROLE}\\b`,
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
const ROLE_PREDICATE = pattern(
  COPULA,
  `(?:\\b(?:he|she)|${mk("P")}${AGE}) (?:was|is|had been|has been|became) (?:a|an|the) ${W(2)}${ROLE} (?:of|in|with|for) ${DET}(?:${mk("OS")}(?![-–]\\w)|${W(2)}(militia|group|movement|organi[sz]ation)\\b)`,
  "gi",
);
/** "…, and said he was a local Hezbollah official": a role told with its group before it. */
const GROUP_ROLE_PREDICATE = pattern(
  COPULA,
  `(?:\\b(?:he|she)|${mk("P")}${AGE}) (?:was|is|had been|has been|became) (?:a|an|the) ${W(2)}${mk("O")} ${ROLE}\\b`,
  "g",
);
/** "X is part of Y", "X, one of the Iran-aligned factions that make up Y", "X forms the backbone of Y". */
const PART_OF_PREDICATE = pattern(
  /part of|member|faction|group|militia|component|constituent|backbone|core of|bulk of|front|cover|fa[cç]ade/,
  `${mk("O")}(?:, (?:also )?known as ⟦O\\d+⟧)?${RELATIVE_CLAUSE}(?:, (?:another|an?) (?:[\\w-]+ |⟦S\\d+⟧-[\\w-]+ ){0,3}(?:faction|group|militia|movement)(?= that | which ))?,? (?:[a-z]+s [^⟦,.;]{1,50}? and )?(?:which |that )?(?:is |are |was |were |remains |remain )?(?:also )?(?:(?:believed|thought|said|widely seen) to be )?(?:part of|a member of|members of|a faction (?:of|within)|one of the (?:(?:[\\w-]+|⟦S\\d+⟧-[\\w-]+) ){0,3}?(?:factions|groups|militias) (?:of|(?:that|which) (?:make up|form))|a component of|a constituent of|a (?:front|cover|facade|façade) (?:for|of)|(?:forms?|formed|is|was) the (?:backbone|core|bulk) of) ${DET}${W(2)}(?:⟦S\\d+⟧(?:[’']s|-\\w+) )?(?:so-called )?["“]?(?:⟦S\\d+⟧ )?${mk("O")}`,
  "g",
);
/** "The SDF, whose backbone is the Kurdish YPG": the group that forms the backbone is part of it. */
const BACKBONE = "(?:backbone|core|main component) (?:is|are)";
const WHOSE_BACKBONE = pattern(
  new RegExp(`whose ${BACKBONE}`),
  `${mk("O")}, whose ${BACKBONE} ${DET}${W(2)}${mk("O")}`,
  "g",
);
/** "Its backbone is the YPG": of the group the sentence before told of. */
const ITS_BACKBONE = pattern(new RegExp(`^Its ${BACKBONE}`), `^Its ${BACKBONE} ${DET}${W(2)}${mk("O")}`, "g");
/** "the Nusra Front, al-Qaeda's branch in Syria". */
const POSSESSIVE_WING = pattern(HAS_BRANCH, `${mk("O")}, ${DET}${mk("O")}[’']s ${W(2)}${BRANCH}\\b`, "g");
/** "Hamas's armed wing, the Izz al-Din al-Qassam Brigades": the wing named after it. */
const WING_NAMED_AFTER = pattern(HAS_BRANCH, `${mk("O")}[’']s ${W(2)}${BRANCH}, ${DET}${mk("O")}`, "g");
/** "Its political wing, the Sadiqoun bloc, …": the wing of the group the text spoke of. */
const ITS_WING = pattern(/^(?:Its|Their) /, `^(?:Its|Their) ${W(2)}${BRANCH}, ${DET}${mk("O")}`, "g");
/** "The PMF, of which Kataib Hezbollah is a part": the part told in the clause. */
const OF_WHICH_PART = pattern(
  /, of which /,
  `${mk("O")}, of which ${DET}${mk("O")} (?:is|was|are|were) (?:also )?(?:a |one )?(?:part|member|component|faction)\\b`,
  "g",
);
/** "HTS, led by Abu Mohammed al-Julani". */
const LED = "(?:led|headed|commanded|founded) by";
/**
 * "led by lawmaker Hussein Mounes", "headed by former commander X", "founded by Russian nationalist X": what the leader
 * is, told in lower case.
 */
const LOWER_TITLE =
  "(?:(?:former |veteran |the )?(?:⟦S\\d+⟧ )?(?:police |army |intelligence |gang |militia )?(?:lawmaker|cleric|commander|politician|businessman|leader|officer|warlord|nationalist|activist|dissident|militant|jihadist) )?";
/** An office told in lower case before a name: "the coalition of former prime minister X". */
const LOWER_OFFICE = "(?:prime minister |president |cleric )?";
/** The noun after a group's name ("the State of Law coalition", "the Dawa bloc", "the G9 federation"). */
const COLLECTIVE_NOUN = "(?:coalition|bloc|alliance|party|movement|list|federation|gang|militia|group|faction)";
/** "the State of Law coalition of former Prime Minister Nouri al-Maliki": the leader the group is known by. */
const GROUP_OF_PERSON = pattern(
  / of [^⟦.;]{0,40}⟦P/,
  `${mk("O")}(?: ${COLLECTIVE_NOUN})? of (?:former |the late )?${LOWER_OFFICE}${TITLE}${mk("P")}`,
  "g",
);
/**
 * "The militia, an offshoot of the Mahdi Army, is led by Y", "The group, led by Gen. Y, has fought…": the group the
 * article told of before; not "The group, which calls itself the Popular Forces, is led by Y", which names the group
 * it speaks of.
 */
const THE_GROUP_LED_BY = pattern(
  new RegExp(LED),
  `^(?:The|This) (?:paramilitary |armed |rebel |militant |jihadist )?(militia|group|faction|movement|organi[sz]ation|party|coalition|alliance|bloc)(?:, (?!which calls itself |calling itself |(?:also )?known as |called |named )(?:[^⟦,]|⟦[SOL]\\d+⟧){1,80},)?(?: (?:is|was|has been)|,(?: now| currently)?) ${LED} ${TITLE}${mk("P")}`,
  "g",
);
/**
 * "X is led by Y", "X, the dissident group led by Y", "X is led by former President Y"; not "The militia, an offshoot
 * of the Mahdi Army, is led by Y", where the group leads nothing.
 */
const LED_BY = pattern(
  new RegExp(LED),
  `(?<!\\bof (?:the )?)${mk("O")}${DEFINED}(?: (?:gang |armed |rebel |militia )?${COLLECTIVE_NOUN}|, (?:the|an?) (?:⟦S\\d+⟧-[\\w-]+ )?${W(2)}${COLLECTIVE_NOUN}(?=,? ${LED}))?,? (?:which is |is |was )?${LED} (?:former |the late )?${TITLE}${LOWER_TITLE}${mk("P")}`,
  "g",
);
const OBJECT_OF_CLAUSE = /\b(?:that|which|who) [a-z]+ (?:the )?$/;
/**
 * "Badr, which was founded in Iran, is the largest faction in the Popular Mobilisation Forces";
 * "Harakat al-Nujaba, another faction of the Islamic Resistance in Iraq".
 */
const FACTION_PREDICATE = pattern(
  /faction|member|component|group|militia|party/,
  `${mk("O")}${RELATIVE_CLAUSE}(?:,| (?:is|was|remains)) (?:the|a|an|another) ${W(2)}(?:faction|member|component|group|militia|party) (?:of|in|within) ${DET}${mk("O")}`,
  "g",
);
/**
 * "the Qassam Brigades, the armed wing of Hamas", "X, the Somali affiliate of Y"; not a group named inside
 * another's appositive ("the YPG, the backbone of the SDF, an offshoot of the PKK").
 */
const WING_OF = pattern(
  HAS_BRANCH,
  `(?<!\\b${BRANCH} of (?:the )?)${mk("O")},? (?:is |was )?(?:the|a|an) (?:⟦S\\d+⟧ )?${W(2)}${BRANCH} of ${DET}${mk("O")}`,
  "g",
);
const ONE_OF_ITS_FACTIONS = pattern(
  /, one of /,
  `${mk("O")}, one of ${DET}${mk("O")}[’']s? ${W(2)}(?:factions|groups|members|militias|components|units)`,
  "g",
);
/** "Hezbollah said he led the Aziz Unit, one of its three regional divisions": "its" is the sentence's subject. */
const ONE_OF_THE_SUBJECTS = pattern(
  /, one of (?:its|their) /,
  `^(?:The )?${mk("O")} (?:[^⟦.;]|⟦[SLP]\\d+⟧)*?${mk("O")}, one of (?:its|their) ${W(3)}(?:factions|groups|militias|components|units|divisions|brigades|battalions|wings)\\b`,
  "g",
);
const ONE_OF_THE_GROUPS_UNDER = pattern(
  /one of /,
  `${mk("O")}(?:, (?:also )?known as ${mk("O")},)?,? (?:is )?one of ${W(3)}(?:groups|factions|militias|members|components)${gap(60)}(?:of|under|within|in) ${DET}${W(3)}${mk("O")}`,
  "g",
);
/** "The bloc, whose members include A's State of Law coalition, B and C": the bloc named before, or by name. */
const WHOSE_MEMBERS = pattern(
  /whose (?:members|factions|parties|components) (?:include|are)/,
  `(?:${mk("O")}|^(?:The|This) (${COLLECTIVE})), whose (?:members|factions|parties|components) (?:include|are) (.*)$`,
  "g",
);
/** "The group, which includes A, B and C": the group told before is made of them. */
const THE_GROUP_INCLUDES = pattern(
  /^(?:The|This) \w+, (?:which|that) (?:also )?(?:includes?|comprises?|brings together)/,
  `^(?:The|This) (?:${COLLECTIVE}|group), (?:which|that) (?:also )?(?:includes?|comprises?|brings together) (.*)$`,
  "g",
);
/** "The group is one of the most powerful members of the Islamic Resistance in Iraq". */
const THE_GROUP_ONE_OF = pattern(
  /^(?:The|This) (?:group|militia|faction|movement) (?:is|was) (?:also )?one of/,
  `^(?:The|This) (?:group|militia|faction|movement) (?:is|was) (?:also )?one of ${W(4)}(?:groups|factions|militias|members|components) (?:of|in|within) ${DET}${mk("O")}`,
  "g",
);
const COLLECTIVE_PART_OF = pattern(
  /part of/i,
  `^(?:The|This) ${COLLECTIVE} (?:is|was) (?:also )?part of ${DET}${gap(40)}${mk("O")}`,
  "gi",
);
/**
 * "The Islamic Resistance in Iraq, which includes Kataib Hezbollah and Harakat al-Nujaba, …", "…, which groups
 * several factions including Kataib Hezbollah and al-Nujaba".
 */
const WHICH_INCLUDES = "(?:which|that) (?:also )?(?:includes?|comprises?|brings together|groups|unites)";
const INCLUDES_RELATIVE = pattern(
  new RegExp(`\\b${WHICH_INCLUDES}\\b`),
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?, ${WHICH_INCLUDES} (?:[\\w-]+ ){0,3}?(?:including |such as |like )?(⟦O\\d+⟧.*)$`,
  "g",
);
const COALITION_INCLUDES = pattern(
  /includ|compris|groups|brings together/i,
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?,${gap(90)}\\b${COLLECTIVE}\\b${gap(90)}\\b(?:that|which) (?:officially )?(?:includes?|comprises?|groups|brings together)\\s(.*)$`,
  "gi",
);
/** "The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions including A and B, …". */
const COLLECTIVE_INCLUDING = pattern(
  /including/,
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?, (?:an?|the) ${gap(40)}\\b${COLLECTIVE}\\b${gap(60)}\\bincluding (⟦O\\d+⟧.*)$`,
  "g",
);
/**
 * "A, B and C"; an item may say who leads it ("the Fatah Alliance led by Hadi al-Amiri and the State of Law
 * coalition", "Nouri al-Maliki's State of Law coalition").
 */
const LIST_ITEM = `(?:the )?(?:⟦[PS]\\d+⟧[’']s )?⟦O\\d+⟧(?: ${COLLECTIVE_NOUN})?(?:,? (?:led by|headed by|of) (?:former )?${LOWER_OFFICE}${TITLE}⟦P\\d+⟧)?`;
const ORG_LIST = `${LIST_ITEM}(?:(?:,| and|, and) ${LIST_ITEM})*`;
const LIST_OF_ORGS = new RegExp(`^${ORG_LIST}`);
/** "Officials said the group was a front for the Islamic State": the group told before. */
const THE_GROUP_IS_A_FRONT = pattern(
  /\bthe \w+ (?:is|was) (?:an? |the )?(?:front|cover|offshoot|affiliate|branch|wing) /,
  `\\bthe (group|movement|militia|faction|organi[sz]ation) (?:is|was) (?:an? |the )?(?:[\\w-]+ )?(?:front|cover|offshoot|affiliate|branch|wing) (?:for|of) ${DET}${mk("O")}`,
  "g",
);
const KNOWN_AS_AFTER =
  /^ (?:[\w-]+ ){0,2}(?:group|faction|movement|militia|coalition),? (?:known as|called) (?:the )?⟦O(\d+)⟧/;
/** "The Resistance Front (TRF), which security agencies describe as a proxy of the Pakistan-based Lashkar-e-Taiba". */
const DESCRIBED_AS_PROXY = pattern(
  / as (?:a|an|the) (?:proxy|front|offshoot|affiliate|wing) /,
  `${mk("O")}(?:\\s*\\(⟦O\\d+⟧\\))?, (?:which|whom) [^⟦,]{0,40}? (?:describe|describes|described|call|calls|called|consider|considers|see|sees) as (?:a|an|the) (?:proxy|front|offshoot|affiliate|wing) (?:of|for) ${DET}(?:(?:⟦S\\d+⟧-)?[\\w-]+ ){0,2}?${mk("O")}`,
  "g",
);
/** "The group, along with A and B, is a member of C": the group told before, and those along with it. */
const THE_GROUP_ALONG_WITH = pattern(
  /^(?:The|This) \w+, (?:along|together) with /,
  `^(?:The|This) (group|movement|militia|faction|organi[sz]ation), (?:along|together) with (${ORG_LIST}), (?:is|are|was|were) (?:also )?(?:a member|members|part|one of the (?:factions|groups|members)) of ${DET}${mk("O")}`,
  "g",
);
/** "The Sultan Suleiman Shah Brigade … and the Hamza Division, both factions of the SNA". */
const BOTH_FACTIONS_OF = pattern(
  /, both (?:factions|members|part|units) of /,
  `⟦O(\\d+)⟧(?:(?!⟦O)[^.;])*? and (?:the )?${mk("O")}, both (?:factions|members|part|units) of ${DET}${mk("O")}`,
  "g",
);
/** "the al-Qaeda affiliate Hurras al-Din": the group named after what it is of the other. */
const BRANCH_NAMED = pattern(new RegExp(`⟧ ${NAMED_BRANCH} ⟦`), `${mk("O")} ${NAMED_BRANCH} ${mk("O")}`, "g");
/** "The ADF, which pledged allegiance to the Islamic State in 2019": a group that swore itself to another. */
const PLEDGED_TO = pattern(
  /pledged (?:its )?allegiance to/,
  `${mk("O")}(?:, (?:[^,⟦]|⟦[SL]\\d+⟧){1,80},)?,? (?:which |that )?(?:has |had )?pledged (?:its )?allegiance to ${DET}${mk("O")}`,
  "g",
);
/** "The Framework includes the State of Law coalition, the Badr Organisation and the Sadiqoun bloc". */
const GROUP_INCLUDES = pattern(
  /⟧ (?:includes|comprises|brings together) /,
  `^(?:The )?${mk("O")} (?:includes|comprises|brings together) (${ORG_LIST})`,
  "g",
);
/** "The militias, which include A, B and C, are part of the Islamic Resistance": each of them is. */
const LISTED_PART_OF = pattern(
  / part of | members of /,
  `(?:which|that) (?:include|includes|comprise|are) (${ORG_LIST}), (?:are|were) (?:all )?(?:part|members) of ${DET}${mk("O")}`,
  "g",
);
/** "SNA factions, including the Sultan Murad Division and the Hamza Division": the factions named are the group's. */
const FACTIONS_INCLUDING = pattern(
  /including|such as/,
  `${mk("O")}(?:[’']s)? (?:factions|militias|member groups|affiliates|brigades),? (?:including|such as) ((?:the )?⟦O\\d+⟧.*)$`,
  "g",
);
/** "Iran-aligned groups in the region, including Yemen's Houthis and Iraq's Kataib Hezbollah": the groups the state backs. */
const BACKED_GROUPS_INCLUDING = pattern(
  /-(?:backed|aligned|allied|supported|sponsored) /,
  `${mk("S")}-(?:backed|aligned|allied|supported|sponsored) (?:[\\w-]+ )?(?:groups|militias|factions|proxies|allies|forces)(?: in the region| across the region)?,? (?:including|such as) ((?:the )?(?:⟦S\\d+⟧[’']s )?⟦O\\d+⟧.*)$`,
  "g",
);
const OF_APPOSITIVE = pattern(/, (?:also )?of /, `${mk("O")}, (?:also )?of ${DET}(?:pro-\\w+ )?${mk("O")}`, "g");
const UNDER = "(?:affiliated with|linked to|under the umbrella of|operating under)";
const AFFILIATED_APPOSITIVE = pattern(
  new RegExp(UNDER),
  `${mk("O")}, (?:a|an|the) ${gap(80)}${UNDER} ${DET}${mk("OS")}`,
  "g",
);
/** "The 47th Brigade is affiliated with Kataib Hezbollah": as the appositive says it. */
const AFFILIATED_PREDICATE = pattern(
  /\b(?:is|are|was|were|remains) (?:also )?(?:closely )?(?:affiliated with|under the umbrella of)/,
  `${mk("O")} (?:is|are|was|were|remains) (?:also )?(?:closely )?(?:affiliated with|under the umbrella of) ${DET}${mk("OS")}`,
  "g",
);
const X_BACKED = pattern(/⟧-/, `${mk("SL")}-${SPONSOR_VERB} ${gap(40)}${mk("O")}`, "g");
const PRO_X = pattern(/pro-/, `\\bpro-([A-Z][a-z]+) ${gap(30)}${mk("O")}`, "g");
const X_BACKED_APPOSITIVE = pattern(
  /⟧-/,
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?, (?:a|an|the|another|one of the) ${W(5)}${mk("SL")}-${SPONSOR_VERB}\\b`,
  "g",
);
/** "…tied to the IRGC Quds Force, which provides it with funding, training and weapons". */
const PROVIDES = "(?:provides?|provided|supplies|supplied|gives|gave)";
const SUPPLIES = "(?:funding|money|weapons|arms|training|support)";
const PROVIDES_IT = pattern(
  new RegExp(`\\b${PROVIDES} (?:it|them) with\\b`),
  `${mk("O")}${DEFINED}(?:[^⟦]|⟦[SLP]\\d+⟧){0,100}?${mk("OS")}, which ${PROVIDES} (?:it|them) with ${SUPPLIES}`,
  "g",
);
/** "Iran provides Kataib Hezbollah with funding and weapons". */
const PROVIDES_GROUP = pattern(
  new RegExp(`\\b${PROVIDES} ⟦O`),
  `${mk("OS")} ${PROVIDES} ${mk("O")} with ${SUPPLIES}`,
  "g",
);
const SPONSORED_BY = "(?:backed|funded|financed|armed|trained|recruited|sponsored|supported) by";
const BACKED_BY_PASSIVE = pattern(
  new RegExp(SPONSORED_BY),
  `${mk("O")},? ${gap(60)}\\b${SPONSORED_BY} ${DET}${mk("OS")}`,
  "g",
);
/** "Amal, Hezbollah's closest ally, withdrew its ministers". */
const POSSESSIVE_ALLY = pattern(
  /[’']s (?:[\w'’]+ )?ally\b/,
  `${mk("O")}, ${mk("O")}[’']s (?:closest |main |key |staunchest |longtime |long-time |chief |principal |(?:Shi['’]?ite|Shia|Sunni|Kurdish|Christian|Druze) )?ally\\b`,
  "g",
);
/** "The Nujaba movement is allied with Kataeb Hezbollah". */
const ALLIED_PREDICATE = pattern(
  HAS_ALLY,
  `${mk("O")} (?:is|are|was|were|remains|has been) (?:also |closely )?${ALLY} ${DET}${mk("O")}`,
  "g",
);
/** "Harakat al-Nujaba and Kataib Hezbollah, the two most hardline factions, are close allies". */
const ALLIES_PAIR = pattern(
  /\ballies\b/,
  `${mk("O")} and ${mk("O")}(?:, [^,⟦]{1,60},)? (?:are|were|remain|have long been|have been) (?:close |key |longtime |staunch |firm )?allies\\b`,
  "g",
);
/** "Saraya al-Salam, which is loyal to cleric Moqtada al-Sadr": the leader a group follows. */
const LOYAL_TO_PERSON = pattern(
  /loyal to/,
  `${mk("O")},? (?:which|that) (?:is|are|was|were|remains) loyal to (?:[\\w-]+ ){0,2}?${mk("P")}`,
  "g",
);
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
/**
 * "Hezbollah's elite Radwan Force", "the Popular Mobilization Forces' 12th Brigade" (a plural's bare apostrophe):
 * a unit named as the group's own.
 */
const POSSESSIVE_UNIT = pattern(/⟧[’'](?:s)? /, `${mk("O")}[’'](?:s)? (?:[a-z-]+ ){0,2}${mk("O")}`, "g");
const UNIT_NAME =
  /\b(?:Force|Forces|Unit|Units|Brigade|Brigades|Battalion|Battalions|Squad|Squads|Regiment|Division|Wing|Command|Corps)$/;
/** "Hezbollah … in support of its ally Hamas": the sentence's subject and the ally it names. */
const ITS_ALLY = pattern(
  /\b(?:its|their) (?:\w+ )?all(?:y|ies)\b/,
  `^(?:The )?${mk("O")}${gap(120)}\\b(?:its|their) (?:\\w+ )?(?:ally|allies) ${mk("O")}`,
  "g",
);
/** "X, an armed group allied with the opposition Y": a word may say what Y is. */
const ALLIED_WITH_APPOSITIVE = pattern(
  HAS_ALLY,
  `${mk("O")},${gap(60)}\\b${ALLY} ${DET}(?:(?:opposition|exiled|ruling|rival|former) )?${mk("O")}`,
  "g",
);
/** A sentence that opens with a state's own forces: "Myanmar's military, …". */
const STATE_FORCES_OPEN = /^⟦S(\d+)⟧[’']s (?:military|army|armed forces|junta|government)\b/;

interface Ctx {
  ms: MarkedSentence;
  article: string;
  registry: Registry;
  out: Fact[];
  lastOrg: () => Entity | undefined;
  lastPerson: () => Entity | undefined;
}

const ref = (ms: MarkedSentence, i: string | undefined): Ref | undefined =>
  i === undefined ? undefined : ms.refs[Number(i)];

function add(
  ctx: Ctx,
  type: FactType,
  from: Entity | undefined,
  to: Entity | undefined,
  confidence: number,
  role?: string,
) {
  if (!from || !to || from.id === to.id) return;
  const okFrom = type === "AFFILIATED_WITH" ? from.label === "Person" : from.label === "Organization";
  const okTo =
    type === "AFFILIATED_WITH" || type === "BACKED_BY"
      ? to.label === "Organization" || to.label === "State"
      : to.label === "Organization";
  if (!okFrom || !okTo) return;
  ctx.out.push({
    type,
    from: from.id,
    to: to.id,
    roles: role ? [role.toLowerCase().replace(/\s+/g, " ").trim()] : [],
    sources: [ctx.article],
    evidence: [ctx.ms.sentence.text],
    evidenceSources: [ctx.article],
    confidence,
  });
}

/** A group that opens the sentence, then an aside between commas, then its verb. */
const SUBJECT_ASIDE =
  /^((?:The |the )?⟦O\d+⟧)(?: group| movement| militia| faction)?, (?:[^,⟦]|⟦[SOLP]\d+⟧){1,100}, (?=(?:is|are|was|were|remains|has been) )/;

/** A group "affiliated with" another: a state sponsor backs it, an umbrella contains it. */
function affiliated(ctx: Ctx, from: Entity | undefined, to: Entity | undefined) {
  const sponsor = to?.label === "State" || (to && ctx.registry.org(to.name)?.sponsor);
  add(ctx, sponsor ? "BACKED_BY" : "PART_OF", from, to, 0.8);
}

/** The predicates of the sentence's subject group: what it is part of, affiliated with, allied with or backed by. */
function predicatesOf(ctx: Ctx, R: (i: string | undefined) => Entity | undefined, t: string) {
  each(PART_OF_PREDICATE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
  each(AFFILIATED_PREDICATE, t, (m) => affiliated(ctx, R(m[1]), R(m[2])));
  each(ALLIED_PREDICATE, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.8));
  each(BACKED_BY_PASSIVE, t, (m) => add(ctx, "BACKED_BY", R(m[1]), R(m[2]), 0.8));
}

/** A capital named where a state acts ("Tehran-backed") stands for the state. */
function asActor(r: Ref | undefined): Entity | undefined {
  if (!r) return undefined;
  if (r.entity.label !== "Place") return r.entity;
  return undefined;
}

function each(p: Pattern, text: string, fn: (m: RegExpExecArray) => void) {
  if (!p.needs.test(text)) return;
  for (const m of text.matchAll(p.re)) fn(m as RegExpExecArray);
}

/** Orgs in a list "A, B and C" starting at the beginning of `s`. */
function listOrgs(ms: MarkedSentence, s: string): Entity[] {
  const m = LIST_OF_ORGS.exec(s);
  if (!m) return [];
  return [...m[0].matchAll(/⟦O(\d+)⟧/g)].map((x) => ms.refs[Number(x[1])]!.entity);
}

/**
 * The entity marker `i` of the sentence stands for. A function made per sentence by this one rather than a
 * closure declared in the loop: tsx names each declared closure as it is made, a cost paid per sentence.
 */
function entityOf(ms: MarkedSentence): (i: string | undefined) => Entity | undefined {
  return (i) => ref(ms, i)?.entity;
}

/** The first organisation or person the sentence names, else the last of the two sentences before it. */
function lastNamed(ms: MarkedSentence, history: MarkedSentence[], label: "Organization" | "Person") {
  return (): Entity | undefined => {
    for (const h of [ms, ...history.slice(-2).reverse()]) {
      const refs = h.refs.filter((r) => r.entity.label === label);
      if (refs.length) return refs[h === ms ? 0 : refs.length - 1]!.entity;
    }
    return undefined;
  };
}

function stateByWord(registry: Registry, word: string): Entity["name"] | undefined {
  const hit = registry.lookup(word);
  return hit?.label === "State" ? hit.name : undefined;
}

export function extractFacts(
  a: AnalysedArticle,
  marked: MarkedSentence[],
  entities: Map<string, Entity>,
  registry: Registry,
): Fact[] {
  const out: Fact[] = [];
  const history: MarkedSentence[] = [];
  const stateEntity = (name: string | undefined) =>
    name ? [...entities.values()].find((e) => e.label === "State" && e.name === name) : undefined;
  /** The sponsor in "X-backed": a state, or a capital ("Tehran-backed") standing for its state. */
  const sponsorOf = (r: Ref | undefined) =>
    r?.entity.label === "Place" ? stateEntity(stateByWord(registry, r.mention.surface)) : asActor(r);

  for (const ms of marked) {
    if (ms.refs.length === 0) {
      history.push(ms);
      continue;
    }
    const ctx: Ctx = {
      ms,
      article: a.article.id,
      registry,
      out,
      lastOrg: lastNamed(ms, history, "Organization"),
      lastPerson: lastNamed(ms, history, "Person"),
    };
    const t = ms.text;
    const R = entityOf(ms);

    // Cheap gates first: most sentences name no person, or a single actor, and cannot match most patterns.
    const namesPerson = t.includes("⟦P");
    const namesTwo = ms.refs.length >= 2;

    // Affiliation: "P, secretary-general of O", "P, a leading commander of the pro-Iran O".
    if (namesPerson) {
      each(ROLE_OF_APPOSITIVE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[4]), 0.9, m[3]));
      // "P, a Pentagon spokesperson", "P, a PMF field commander".
      each(ROLE_MODIFIER_APPOSITIVE, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[3]), 0.85, m[4]));
      // "P, ... linked to O", "P, a member of O".
      each(LINKED_TO_APPOSITIVE, t, (m) =>
        add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[3]), 0.8, /heads|leads|led/.test(m[0]) ? "leader" : "member"),
      );
      // "Head of the O P", "the commander of O militia, P", "Head of the O, of the CF, P".
      each(ROLE_OF_BEFORE_NAME, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[4]), R(m[2]), 0.85, m[1]));
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
      each(GROUP_OF_PERSON, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.7, "leader"));
      each(LED_BY, t, (m) => {
        // "The militia that opposes X is led by Y": X is the object of a clause about the group Y leads.
        if (/ (?:is|was) [a-z]+ by /.test(m[0]) && OBJECT_OF_CLAUSE.test(t.slice(0, m.index))) return;
        add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.8, /founded/.test(m[0]) ? "founder" : "leader");
      });
      each(THE_GROUP_LED_BY, t, (m) =>
        add(
          ctx,
          "AFFILIATED_WITH",
          R(m[2]),
          previousOrg(history, m[1]),
          0.7,
          /founded/.test(m[0]) ? "founder" : "leader",
        ),
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
        const named = [...t.slice(0, m.index).matchAll(/⟦O(\d+)⟧/g)].pop();
        add(ctx, "AFFILIATED_WITH", R(m[1]), named ? R(named[1]) : previousOrg(history), 0.7, m[2] ?? m[3]);
      });
      each(WHOSE_ROLE_NAME, t, (m) =>
        add(ctx, "AFFILIATED_WITH", R(m[4]), m[1] !== undefined ? R(m[1]) : previousOrg(history, m[2]), 0.85, m[3]),
      );
      each(WHOSE_GROUP, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.7));
      each(LEADS_PREDICATE, t, (m) => {
        const verb = /commanded|commands/.test(m[0]) ? "commander" : /founded/.test(m[0]) ? "founder" : "leader";
        add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.8, verb);
      });
      each(WHO_NOW_LEADS, t, (m) => {
        add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.75, /commands/.test(m[0]) ? "commander" : "leader");
      });
      each(PERSON_OF_GROUP, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[1]), R(m[2]), 0.65));
      each(GROUP_NOUN_ROLE_NAME, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[3]), previousOrg(history, m[1]), 0.7, m[2]));
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
    // Membership: "O1 is part of O2", "O1, also a member of O2", "O1, one of the PMF's factions".
    // A pronoun's group is in the sentences before: one name in this one is enough.
    each(ITS_BACKBONE, t, (m) => add(ctx, "PART_OF", R(m[1]), previousOrg(history), 0.75));
    each(THE_GROUP_IS_A_FRONT, t, (m) => add(ctx, "PART_OF", previousOrg(history, m[1]), R(m[2]), 0.65));
    each(ITS_WING, t, (m) => add(ctx, "PART_OF", R(m[1]), previousOrg(history), 0.75));
    if (namesTwo) {
      each(SUBJECT_ITS_UNIT, t, (m) => {
        for (const unit of [m[2], m[3]])
          if (unit !== undefined && UNIT_NAME.test(R(unit)?.name ?? "")) add(ctx, "PART_OF", R(unit), R(m[1]), 0.75);
      });
      each(THE_GROUP_ALONG_WITH, t, (m) => {
        const whole = R(m[3]);
        add(ctx, "PART_OF", previousOrg(history, m[1]), whole, 0.75);
        for (const o of listOrgs(ms, m[2]!)) add(ctx, "PART_OF", o, whole, 0.85);
      });
      each(PART_OF_PREDICATE, t, (m) => {
        // "a faction of the FARC dissident group known as the EMC": the group the name after it gives.
        const knownAs = KNOWN_AS_AFTER.exec(t.slice(m.index! + m[0].length));
        add(ctx, "PART_OF", R(m[1]), R(knownAs ? knownAs[1] : m[2]), 0.9);
        // "The Houthis, part of Iran's Axis of Resistance along with Hezbollah and Hamas", "X is part of the Three
        // Brotherhood Alliance with the MNDAA and the TNLA": they are too.
        const along = /^,? (?:(?:along|together) )?with (.*)$/.exec(t.slice(m.index! + m[0].length));
        if (along) for (const o of listOrgs(ms, along[1]!)) add(ctx, "PART_OF", o, R(m[2]), 0.8);
      });
      each(ONE_OF_ITS_FACTIONS, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.9));
      each(WHOSE_BACKBONE, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
      each(ONE_OF_THE_SUBJECTS, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.8));
      each(WING_OF, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
      each(FACTION_PREDICATE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
      each(POSSESSIVE_WING, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
      each(WING_NAMED_AFTER, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
      each(OF_WHICH_PART, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
      each(DESCRIBED_AS_PROXY, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.7));
      each(POSSESSIVE_UNIT, t, (m) => {
        const unit = R(m[2]);
        if (unit && UNIT_NAME.test(unit.name)) add(ctx, "PART_OF", unit, R(m[1]), 0.8);
      });
      each(ONE_OF_THE_GROUPS_UNDER, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[3]), 0.85));
    }
    // "The coalition is part of the broader Axis of Resistance": the collective named just before.
    each(PART_OF_COLLECTIVE, t, (m) => add(ctx, "PART_OF", R(m[1]), previousOrg(history, m[2]), 0.65));
    each(THE_GROUP_ONE_OF, t, (m) => add(ctx, "PART_OF", previousGroup(history), R(m[1]), 0.7));
    each(COLLECTIVE_PART_OF, t, (m) => {
      const containers = new Set(out.filter((f) => f.type === "PART_OF").map((f) => f.to));
      add(ctx, "PART_OF", previousOrg(history, m[0].split(" ")[1], containers), R(m[1]), 0.65);
    });
    if (namesTwo) {
      // "O2, a loose coalition of ... militias that includes A and B"; "O2, ... that officially includes ..., including A and B".
      each(INCLUDES_RELATIVE, t, (m) => {
        for (const o of listOrgs(ms, m[3]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
      });
      each(COALITION_INCLUDES, t, (m) => {
        const rest = m[3]!;
        const inc = /including (.*)$/.exec(rest);
        for (const o of [...listOrgs(ms, rest), ...(inc ? listOrgs(ms, inc[1]!) : [])])
          add(ctx, "PART_OF", o, R(m[1]), 0.85);
      });
      each(THE_GROUP_INCLUDES, t, (m) => {
        const whole = previousGroup(history);
        for (const o of listOrgs(ms, m[1]!)) add(ctx, "PART_OF", o, whole, 0.75);
      });
      each(WHOSE_MEMBERS, t, (m) => {
        const whole = m[1] !== undefined ? R(m[1]) : previousOrg(history, m[2]);
        for (const o of listOrgs(ms, m[3]!)) add(ctx, "PART_OF", o, whole, 0.8);
      });
      each(COLLECTIVE_INCLUDING, t, (m) => {
        for (const o of listOrgs(ms, m[3]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
      });
      each(BRANCH_NAMED, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.8));
      each(PLEDGED_TO, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.8));
      each(BOTH_FACTIONS_OF, t, (m) => {
        add(ctx, "PART_OF", R(m[1]), R(m[3]), 0.8);
        add(ctx, "PART_OF", R(m[2]), R(m[3]), 0.8);
      });
      each(GROUP_INCLUDES, t, (m) => {
        for (const o of listOrgs(ms, m[2]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
      });
      each(LISTED_PART_OF, t, (m) => {
        for (const o of listOrgs(ms, m[1]!)) add(ctx, "PART_OF", o, R(m[2]), 0.85);
      });
      each(BACKED_GROUPS_INCLUDING, t, (m) => {
        for (const o of listOrgs(ms, m[2]!)) add(ctx, "BACKED_BY", o, R(m[1]), 0.7);
      });
      each(FACTIONS_INCLUDING, t, (m) => {
        for (const o of listOrgs(ms, m[2]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
      });
      // "The Sadiqoun bloc, of the Asaib Ahl al-Haq movement", "Badr Organization, of the pro-Iran Coordination Framework".
      each(OF_APPOSITIVE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.8));
      // "O1, a network of ... groups affiliated with the O2": a state sponsor backs, an umbrella contains.
      for (const p of [AFFILIATED_APPOSITIVE, AFFILIATED_PREDICATE])
        each(p, t, (m) => affiliated(ctx, R(m[1]), R(m[2])));
    }

    // Sponsorship: "the pro-Iran O", "Iran-backed O", "Tehran-backed O".
    each(PRO_X, t, (m) => add(ctx, "BACKED_BY", R(m[2]), stateEntity(stateByWord(registry, m[1]!)), 0.8));
    if (namesTwo) {
      each(X_BACKED, t, (m) => {
        const state = sponsorOf(ref(ms, m[1]));
        // "an Iran-backed faction that is part of the PMF": the backed faction is the one the clause is about.
        if (!/(?:militias|groups|factions)\b|\b(?:that|which|who) /.test(m[0].slice(0, -6)))
          add(ctx, "BACKED_BY", R(m[2]), state, 0.85);
      });
      // "O, an Iran-backed militia allied with O2"; "O, the biggest group of Iran-backed militias".
      each(X_BACKED_APPOSITIVE, t, (m) => {
        add(ctx, "BACKED_BY", R(m[1]), sponsorOf(ref(ms, m[3])), 0.8);
      });
      each(BACKED_BY_PASSIVE, t, (m) => add(ctx, "BACKED_BY", R(m[1]), R(m[2]), 0.85));
      each(PROVIDES_IT, t, (m) => add(ctx, "BACKED_BY", R(m[1]), R(m[2]), 0.8));
      each(PROVIDES_GROUP, t, (m) => add(ctx, "BACKED_BY", R(m[2]), R(m[1]), 0.85));
      // Alliance: "O1, an Iran-backed militia allied with O2".
      each(ALLIED_WITH_APPOSITIVE, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
      each(ALLIED_PREDICATE, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
      each(POSSESSIVE_ALLY, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
      // "The SDF, led by Mazloum Abdi, is backed by the United States", "The YBS, a Yazidi militia formed in 2014 to
      // fight the Islamic State, is affiliated with the PKK": what is said of the group once the aside is read past.
      // "…, is affiliated with the PKK and is part of the PMF": each predicate of the subject.
      const lean = SUBJECT_ASIDE.exec(t);
      if (lean)
        for (const said of t.slice(lean[0].length).split(/ and (?=(?:is|are|was|were|remains|has been) )/))
          predicatesOf(ctx, R, `${lean[1]} ${said}`);
      each(ALLIES_PAIR, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
      each(LOYAL_TO_PERSON, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.7, "leader"));
      each(ITS_ALLY, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.7));
    }

    history.push(ms);
  }
  return out;
}

/**
 * The organisation a definite description ("the bloc", "the militia") points back to: one named with
 * that noun in the last two sentences (for a collective noun, one already known to have members),
 * else the first organisation (usually the subject) of the last
 * sentence that names one.
 */
const NOT_ARMED_GROUPS = ["state forces", "government body", "international body"];
const armedGroup = (e: Entity) => !NOT_ARMED_GROUPS.includes(e.actorType ?? "");
/** The armed group or coalition "the group" speaks of: the first such named in the last three sentences, not a state's forces. */
function previousGroup(history: MarkedSentence[]): Entity | undefined {
  return firstOrgOf(history, 3, armedGroup);
}

/**
 * The group "the group's leader" speaks of, in the last two sentences: "They are part of the Axis of Resistance, an
 * alliance that includes Hezbollah and Hamas. The group's leader, X" speaks of neither the alliance nor its members.
 */
function firstGroupOf(history: MarkedSentence[]): Entity | undefined {
  return firstOrgOf(history, 2, (e, i, h) => armedGroup(e) && e.actorType !== "coalition" && !listedMember(h, i));
}

/** Whether the sentence's marker `i` stands in a list of members ("an alliance that includes A and B"). */
function listedMember(h: MarkedSentence, i: number): boolean {
  const listed = LISTED_MEMBERS.exec(h.text);
  return listed !== null && h.text.indexOf(`⟦O${i}⟧`) > listed.index;
}
const LISTED_MEMBERS = /\b(?:includes?|including|such as)\b/;

/** The first organisation `accept`s, named in the last `count` sentences, the latest first. */
function firstOrgOf(
  history: MarkedSentence[],
  count: number,
  accept: (e: Entity, marker: number, h: MarkedSentence) => boolean = () => true,
) {
  for (const h of [...history].reverse().slice(0, count)) {
    const org = h.refs.find((r, i) => r.entity.label === "Organization" && accept(r.entity, i, h));
    if (org) return org.entity;
  }
  return undefined;
}

function previousOrg(history: MarkedSentence[], noun?: string, containers?: Set<string>): Entity | undefined {
  const recent = [...history].reverse().slice(0, 2);
  if (containers) {
    for (const h of recent) {
      const c = h.refs.find((r) => containers.has(r.entity.id));
      if (c) return c.entity;
    }
  }
  // "The force's chief of staff" after "the Popular Mobilisation Forces": a name with the noun in it, or its plural.
  const named = noun ? firstOrgOf(history, 2, (e) => new RegExp(`\\b${noun}s?\\b`, "i").test(e.name)) : undefined;
  // "U.N. experts say the group is supported by Rwanda. The group's leader, X": "the group" or "the militia" is
  // an armed group, never the UN or a ministry named since; "the organisation's" may be either.
  const armed = noun && /^(?:group|movement|militia|faction)$/i.test(noun);
  // "The party's chief, X": a party the article named, never the armed group named since.
  if (noun && /^party$/i.test(noun))
    return named ?? firstOrgOf(history, 3, (e) => /\bparty\b/i.test(e.name) || e.actorType === "political party");
  return named ?? (armed ? firstGroupOf(history) : firstOrgOf(history, 2));
}
