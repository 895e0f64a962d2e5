/**
 * Membership facts (Organization PART_OF Organization): "O1 is part of O2", "O1, one of the PMF's factions",
 * "a coalition that includes A and B", "its armed wing, O", "a front for O".
 */
import type { Entity } from "../resolve/types.ts";
import { gap, mk } from "./marked.ts";
import {
  type Ctx,
  type FactReading,
  ORG_LIST,
  add,
  groupBefore,
  listOrgs,
  previousGroup,
  previousOrg,
  ref,
} from "./context.ts";
import {
  BASED,
  BRANCH,
  COLLECTIVE,
  DEFINED,
  DET,
  GROUP_WORD,
  HAS_BRANCH,
  NAMED_BRANCH,
  NOT_THE_SPEAKER,
  PART_NOUN,
  RELATIVE_CLAUSE,
  STANDING,
  W,
  each,
  pattern,
} from "./patterns.ts";

/**
 * "The BLA said its Majeed Brigade and the Fateh Squad had carried out the attack": units of the group the sentence
 * opens with, "its elite Radwan Force" too (told by a unit's name: "its ally Hezbollah" is no part of it).
 */
const SUBJECT_ITS_UNIT = pattern(
  / its (?:elite |special |main )?⟦O/,
  `^(?:The )?(?:[a-z-]+ ){0,2}${mk("O")}(?:(?!⟦[OS])[^.;])*? its (?:elite |special |main )?${mk("O")}(?: and (?:the |its )?${mk("O")})?`,
  "g",
);

/**
 * "Asaib Ahl al-Haq is part of the framework", "The 400 Mawozo gang, one of the coalition's members": a member of the
 * collective named before.
 */
const PART_OF_COLLECTIVE = pattern(
  /part of the|a member of the|, one of the /i,
  `${mk("O")}(?: (?:group|movement|militia|party|bloc|gang))?(?: (?:is|are|was|were) (?:also )?(?:part of|a member of) the (${COLLECTIVE}|framework)\\b(?! ⟦)|, one of the (${COLLECTIVE})[’']s (?:[\\w-]+ )?(?:members|factions|groups|gangs|militias|components)\\b)`,
  "g",
);

/** "X is part of Y", "X, one of the Iran-aligned factions that make up Y", "X forms the backbone of Y". */
export const PART_OF_PREDICATE = pattern(
  /part of|member|faction|group|militia|component|constituent|backbone|core of|bulk of|front|cover|fa[cç]ade/,
  `(?<!, (?:the|an?) (?:[\\w-]+ ){0,3}of (?:the )?)${mk("O")}(?:, (?:also )?known as ⟦O\\d+⟧)?${RELATIVE_CLAUSE}(?:, (?:another|an?) (?:[\\w-]+ |⟦S\\d+⟧-[\\w-]+ ){0,3}(?:faction|group|militia|movement)(?= that | which ))?,? (?:[a-z]+s [^⟦,.;]{1,50}? and )?(?:which |that )?(?:is |are |was |were |remains |remain )?(?:also )?(?:(?:believed|thought|said|widely seen) to be )?(?:part of|a member of|members of|a faction (?:of|within)|one of the (?:(?:[\\w-]+|⟦S\\d+⟧-[\\w-]+) ){0,3}?(?:factions|groups|militias) (?:of|in|within|(?:that|which) (?:make up|form))|a component of|a constituent of|a (?:front|cover|facade|façade) (?:for|of)|(?:forms?|formed|is|was) the (?:backbone|core|bulk) of) ${DET}${W(2)}(?:⟦S\\d+⟧(?:[’']s|-\\w+) )?(?:so-called |self-(?:described|styled|proclaimed) )?["“]?(?:⟦S\\d+⟧ )?${mk("O")}`,
  "g",
);

/** "The SDF, whose backbone is the Kurdish YPG": the group that forms the backbone is part of it. */
const BACKBONE = "(?:backbone|core|main component) (?:is|are)";

const WHOSE_BACKBONE = pattern(
  new RegExp(`whose ${BACKBONE}`),
  `${mk("O")}, whose ${BACKBONE} ${DET}${W(2)}${mk("O")}`,
  "g",
);

/** "The SDF, spearheaded by the Kurdish YPG,": the group that leads an alliance is one of its parts. */
const LED_BY_GROUP = pattern(
  /(?:led|spearheaded|dominated|headed) by /,
  `${mk("O")}${DEFINED}, (?:which is )?(?:(?:largely|mainly|mostly|chiefly) )?(?:led|spearheaded|dominated|headed) by ${DET}(?:⟦S\\d+⟧ |[A-Z][a-z]+ )?${mk("O")}(?![-–]\\w)`,
  "g",
);

/** "Its backbone is the YPG": of the group the sentence before told of. */
const ITS_BACKBONE = pattern(new RegExp(`^Its ${BACKBONE}`), `^Its ${BACKBONE} ${DET}${W(2)}${mk("O")}`, "g");

/**
 * "the SDF's main component, the YPG", "The armed wing of Hamas, the Qassam Brigades", "the armed wing of Hamas known as
 * the Qassam Brigades", "A faction of the Hafiz Gul Bahadur group, Jaish al-Fursan,": a group told as another's part
 * before it is named.
 */
const PART_NAMED_AFTER = pattern(
  /(?:component|backbone|wing|arm|branch|affiliate|faction|group),? /,
  `(?:${mk("O")}[’']s (?:main |key |largest |principal |armed |military |political )?(?:component|backbone|wing|arm|branch|affiliate)|\\b(?:[Tt]he|[Aa]n?) (?:[\\w-]+ )?(?:wing|arm|branch|affiliate|faction) of ${DET}${mk("O")}(?: ${GROUP_WORD})?)(?:,|(?= known as| called))(?: (?:also |better )?(?:known as|called))? ${DET}${mk("O")}${NOT_THE_SPEAKER}`,
  "g",
);

/** "the Nusra Front, al-Qaeda's branch in Syria". */
const POSSESSIVE_WING = pattern(HAS_BRANCH, `${mk("O")}, ${DET}${mk("O")}[’']s ${W(2)}${BRANCH}\\b`, "g");

/**
 * "Hamas's armed wing, the Izz al-Din al-Qassam Brigades", "the Islamic State's Afghan affiliate, X", "the Islamic
 * State's regional affiliate, known as X", "Islamic State's Sinai affiliate, Wilayat Sinai": the wing named after it.
 */
const WING_NAMED_AFTER = pattern(
  HAS_BRANCH,
  `${mk("O")}[’']s (?:[\\w'’-]+ |⟦[SLO]\\d+⟧ ){0,2}?${BRANCH}, (?:(?:also |better )?known as )?${DET}${mk("O")}${NOT_THE_SPEAKER}`,
  "g",
);

/**
 * "The X said Y was a commander of its armed wing, the Z", "X is led by Y, while its central Mali branch, the Z, …": the
 * wing of the group the sentence opens with.
 */
const SUBJECT_ITS_WING = pattern(
  /\bits (?:[\w-]+ |⟦[SL]\d+⟧ ){0,2}(?:wing|arm|branch|unit)\b/,
  `^(?:The )?${mk("O")}(?:[^⟦.;]|⟦[SLOP]\\d+⟧){0,160}?\\bits (?:[\\w-]+ |⟦[SL]\\d+⟧ ){0,2}${BRANCH}, ${DET}${mk("O")}${NOT_THE_SPEAKER}`,
  "g",
);

/** "Its political wing, the Sadiqoun bloc, …": the wing of the group the text spoke of. */
const ITS_WING = pattern(/^(?:Its|Their) /, `^(?:Its|Their) ${W(2)}${BRANCH}, ${DET}${mk("O")}${NOT_THE_SPEAKER}`, "g");

/**
 * "The SPLM-N, which controls parts of X, joined the RSF-led Tasis alliance": the group that joined a named one, and the
 * group that leads it.
 */
const JOINED_LED = pattern(
  /\bjoined (?:the )?(?:⟦[SO]\d+⟧-led )?⟦O/,
  `${mk("O")}(?:, (?:[^,⟦]|⟦[SL]\\d+⟧){1,80},)? (?:has |had |formally |officially )*joined (?:the )?(?:${mk("O")}-led |⟦S\\d+⟧-led )?${mk("O")}(?: (?:alliance|coalition|bloc|front|umbrella))?\\b`,
  "g",
);

/** "The PMF, of which Kataib Hezbollah is a part": the part told in the clause. */
const OF_WHICH_PART = pattern(
  /, of which /,
  `${mk("O")}, of which ${DET}${mk("O")} (?:is|was|are|were) (?:also )?(?:a |one )?(?:part|member|component|faction)\\b`,
  "g",
);

/**
 * "Badr, which was founded in Iran, is the largest faction in the Popular Mobilisation Forces";
 * "Harakat al-Nujaba, another faction of the Islamic Resistance in Iraq"; "the EMC, a dissident faction of the former
 * FARC guerrilla"; not "X, a faction of the FARC dissident group", of the dissidents, not the FARC, nor "ISWAP, a rival
 * faction of Boko Haram", which fights it.
 */
const FACTION_PREDICATE = pattern(
  /faction|member|component|group|militia|party/,
  `${mk("O")}(?: ${GROUP_WORD})?${RELATIVE_CLAUSE}(?:,| (?:is|was|remains)) (?:the|a|an|another) (?!(?:[\\w-]+ )?rival )(?:⟦S\\d+⟧ )?${W(2)}(?:faction|member|component|group|militia|party) (?:of|in|within) ${DET}${STANDING}${BASED}${mk("O")}(?! dissident)`,
  "g",
);

/**
 * "the Sultan Murad Division, a Turkish-backed Syrian National Army faction": a faction told by the whole it is in
 * (the word "faction" after a name is read apart, see GROUP_AFTER_NAME, and checked on the sentence as written).
 */
const FACTION_OF_A_NAMED_WHOLE = pattern(
  /⟧, (?:a|an|one) /,
  `${mk("O")}, (?:a|an|one) (?:[\\w-]+ |⟦S\\d+⟧-[\\w-]+ ){0,3}?${mk("O")}(?=[,.;]| in\\b)`,
  "g",
);

/** "the Hafiz Gul Bahadur faction of the Pakistani Taliban": a faction named after its leader, of the group after it. */
const NAMED_FACTION_OF = pattern(/⟧ of /, `${mk("O")} of ${DET}(?:⟦S\\d+⟧ )?${mk("O")}(?![’']s)`, "g");

/** The markers of a sentence written with a part's word after them: "⟦O3⟧ faction", "the ⟦O2⟧ affiliate". */
function partWordAfter(text: string): Set<string> {
  return new Set([...text.matchAll(/⟦O(\d+)⟧ (?:faction|unit|brigade|affiliate)\b/g)].map((m) => m[1]!));
}

/**
 * "the Qassam Brigades, the armed wing of Hamas", "X, the Somali affiliate of Y", "X, a unit of the al-Qaeda-affiliated
 * Y" (Y's, not al-Qaeda's), "The PDF groups, the armed wing of Y"; not a group named inside
 * another's appositive ("the YPG, the backbone of the SDF, an offshoot of the PKK").
 */
const WING_OF = pattern(
  HAS_BRANCH,
  `(?<!\\b${BRANCH} of (?:the )?)${mk("O")}(?: ${GROUP_WORD}s?)?,? (?:is |was |are |were )?(?:the|a|an) (?:⟦S\\d+⟧ )?${W(2)}${BRANCH} of ${DET}${STANDING}${BASED}(?:⟦[SO]\\d+⟧-[\\w-]+ )?${mk("O")}(?![-–]\\w)`,
  "g",
);

/** "X, one of the PMF's factions", "the Aziz Unit, one of Hezbollah's three regional divisions". */
const ONE_OF_ITS_FACTIONS = pattern(
  /, one of /,
  `${mk("O")}, one of ${DET}${mk("O")}[’']s? ${W(2)}(?:factions|groups|members|militias|components|units|divisions|brigades|battalions|wings)`,
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

/**
 * "The group, which includes A, B and C", "The alliance also includes A and B", "The group, an umbrella of Iran-backed
 * factions including A and B": the group told before is made of them.
 */
const THE_GROUP_INCLUDES = pattern(
  /^(?:The|This) \w+(?: \w+)?,? .*?\b(?:includes?|including|comprises?|brings together)\b/,
  `^(?:The|This) (${COLLECTIVE}|group)(?:(?:, (?:which|that))? (?:also )?(?:includes?|comprises?|brings together)|, (?:an?|the) ${gap(40)}\\b${COLLECTIVE}\\b${gap(60)}(?:,? (?:which|that) (?:also )?(?:includes?|comprises?|brings together)| including)) (.*)$`,
  "g",
);

/** "Both factions were part of the Turkish-backed Syrian National Army": the two groups the sentence before named. */
const BOTH_PART_OF = pattern(
  /^(?:Both|The two) /,
  `^(?:Both|The two) (?:factions|groups|militias|movements|organi[sz]ations) (?:were|are|had been|have been) (?:also )?(?:part|members) of ${DET}(?:⟦S\\d+⟧-[\\w-]+ )?${mk("O")}`,
  "g",
);

/**
 * "Among its most powerful factions is X", "Among its members are X, Y, led by Z, and the W": groups of the collective
 * the sentence before spoke of.
 */
const AMONG_ITS_FACTIONS = pattern(
  /^Among its /,
  `^Among its ${W(3)}(?:factions|groups|militias|members|components) (?:is|are|was|were) (${ORG_LIST})`,
  "g",
);

/**
 * "The rebels, who are part of the Congo River Alliance", "It is part of the Three Brotherhood Alliance with the MNDAA
 * and the TNLA": the group the sentences before spoke of is part of it, and so are the groups it is part of it with.
 */
const THE_GROUP_PART_OF = pattern(
  /^(?:(?:The|This) (?:[a-z]+ ){0,2}[a-z]+,? (?:who |which )?|It )(?:is|are|was|were) (?:also )?part of /,
  `^(?:(?:The|This) (?:(?:ethnic|armed|rebel|militant|jihadist|Islamist|insurgent|paramilitary|separatist) ){0,2}(?:group|militia|faction|movement|rebels|fighters|militants|insurgents),? (?:who |which )?|It )(?:is|are|was|were) (?:also )?part of ${DET}${mk("O")}(?![’']s)(?:\\s*\\(⟦O\\d+⟧\\))?(?: with ${DET}${mk("O")}(?:\\s*\\(⟦O\\d+⟧\\))?(?:,? and ${DET}${mk("O")})?)?`,
  "g",
);

/** "Officials said the group was affiliated with the X faction": the group the sentences before spoke of. */
const THE_GROUP_AFFILIATED = pattern(
  /\b[Tt]he (?:group|militia|movement|faction),? (?:which |that )?(?:is|was|has been|remains) (?:also )?(?:closely )?(?:affiliated with|under the umbrella of) /,
  `\\b[Tt]he (group|militia|movement|faction),? (?:which |that )?(?:is|was|has been|remains) (?:also )?(?:closely )?(?:affiliated with|under the umbrella of) ${DET}${mk("OS")}`,
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
 * "The Islamic Resistance in Iraq, which includes Kataib Hezbollah and Harakat al-Nujaba, …", 'the "Axis of
 * Resistance", which also includes Hezbollah', "…, which groups several factions including Kataib Hezbollah and
 * al-Nujaba".
 */
const WHICH_INCLUDES = "(?:which|that) (?:also )?(?:includes?|comprises?|brings together|groups|unites)";

const INCLUDES_RELATIVE = pattern(
  new RegExp(`\\b${WHICH_INCLUDES}\\b`),
  `${mk("O")}["”]?(?:\\s\\(${mk("O")}\\))?, ${WHICH_INCLUDES} (?:[\\w-]+ ){0,3}?(?:including |such as |like )?(⟦O\\d+⟧.*)$`,
  "g",
);

/** "X, a loose coalition of militias that includes A and B", "the X coalition, an alliance of gangs that includes A and B". */
const COALITION_INCLUDES = pattern(
  /includ|compris|groups|brings together/i,
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?(?: (?:${COLLECTIVE}|group))?,${gap(90)}\\b${COLLECTIVE}\\b${gap(90)}\\b(?:that|which) (?:officially )?(?:includes?|comprises?|groups|brings together)\\s(.*)$`,
  "gi",
);

/** "The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions including A and B, …". */
const COLLECTIVE_INCLUDING = pattern(
  /including/,
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?, (?:an?|the) ${gap(40)}\\b${COLLECTIVE}\\b${gap(60)}\\bincluding (⟦O\\d+⟧.*)$`,
  "g",
);

/**
 * "Officials said the group was a front for the Islamic State", "…is a front for the Pakistan-based X": the group told
 * before.
 */
const THE_GROUP_IS_A_FRONT = pattern(
  /\bthe \w+ (?:is|was) (?:an? |the )?(?:front|cover|offshoot|affiliate|branch|wing) /,
  `\\bthe (group|movement|militia|faction|organi[sz]ation) (?:is|was) (?:an? |the )?(?:[\\w-]+ )?(?:front|cover|offshoot|affiliate|branch|wing) (?:for|of) ${DET}(?:(?:⟦S\\d+⟧-)?[\\w-]+ ){0,2}?${mk("O")}`,
  "g",
);

/** "…of the FARC dissident group known as the EMC", "…of the FARC dissident group EMC": the group the name after it gives. */
const KNOWN_AS_AFTER =
  /^ (?:[\w-]+ ){0,2}(?:group|faction|movement|militia|coalition),? (?:known as|called) (?:the )?⟦O(\d+)⟧|^ (?:dissident|splinter|breakaway) (?:group|faction) ⟦O(\d+)⟧/;

/**
 * "The Resistance Front (TRF), which security agencies describe as a proxy of the Pakistan-based Lashkar-e-Taiba", "The
 * Kashmir Tigers, a group the police say is a front for X".
 */
const DESCRIBED_AS_PROXY = pattern(
  / (?:as|is) (?:a|an|the) (?:proxy|front|offshoot|affiliate|wing) /,
  `${mk("O")}(?:\\s*\\(⟦O\\d+⟧\\))?, (?:which|whom|(?:a|an) (?:[\\w-]+ )?(?:group|outfit|militia|faction|organi[sz]ation)(?: that| which)?) (?:[^⟦,]|⟦S\\d+⟧){0,40}? (?:(?:describe|describes|described|call|calls|called|consider|considers|see|sees) as|(?:say|says|said) is) (?:a|an|the) (?:proxy|front|offshoot|affiliate|wing) (?:of|for) ${DET}(?:(?:⟦S\\d+⟧-)?[\\w-]+ ){0,2}?${mk("O")}`,
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

/** "The Hafiz Gul Bahadur faction of the Pakistani Taliban": a part named before the whole it is of. */
const NAMED_PART_OF = pattern(
  new RegExp(`⟧ ${PART_NOUN} of `),
  `${mk("O")} ${PART_NOUN} of ${DET}${BASED}${mk("O")}`,
  "g",
);

/** "the al-Qaeda-affiliated Group for the Support of Islam and Muslims": a group told as another's affiliate. */
const AFFILIATED_BEFORE = pattern(/⟧-affiliated /, `${mk("O")}-affiliated ${W(3)}${mk("O")}`, "g");

/** "The al-Qaeda-affiliated group had launched an offensive": the group the article told of, and whose affiliate it is. */
const THE_X_AFFILIATED_GROUP = pattern(
  /⟧-affiliated (?:group|militia|movement|faction)\b/,
  `\\b[Tt]he ${mk("O")}-affiliated (group|militia|movement|faction)\\b(?! ⟦|,? (?:called|known as|named)\\b)`,
  "g",
);

/**
 * "ISKP, the group's regional affiliate, …", "Islamic State Khorasan Province (ISIS-K), the group's Afghan branch", "two
 * commanders of the group's armed wing, the Qassam Brigades", "The group's armed wing, the Al-Quds Brigades, vowed
 * revenge": a branch of the group the text is speaking of.
 */
const THE_GROUPS_BRANCH = pattern(
  new RegExp(`[Tt]he ${GROUP_WORD}[’']s (?:[\\w-]+ |⟦S\\d+⟧ )?${BRANCH}\\b`),
  `${mk("O")}(?:\\s*\\(⟦O\\d+⟧\\))?,? (?:is |was )?the ${GROUP_WORD}[’']s (?:[\\w-]+ |⟦S\\d+⟧ )?${NAMED_BRANCH}\\b|\\b[Tt]he ${GROUP_WORD}[’']s (?:[\\w-]+ )?${BRANCH}, ${DET}${mk("O")}${NOT_THE_SPEAKER}`,
  "g",
);

/** "Al-Shabaab, a separate al-Qaeda affiliate": a group told as another's branch, by the other's name. */
const BRANCH_APPOSITIVE = pattern(
  new RegExp(`⟧(?:[’']s)? (?:[\\w-]+ )?${NAMED_BRANCH}\\b`),
  `${mk("O")},? (?:is |was )?(?:the|a|an) (?:[\\w-]+ ){0,2}?${mk("O")}(?:[’']s)? (?:[\\w-]+ )?${NAMED_BRANCH}\\b`,
  "g",
);

/**
 * "The ADF, which pledged allegiance to the Islamic State in 2019", "the ADF, an armed group that has pledged allegiance
 * to the Islamic State": a group that swore itself to another; not in "leads a faction of the X that has pledged
 * allegiance to Y", where only the faction did.
 */
const PLEDGED_TO = pattern(
  /pledged (?:its )?allegiance to/,
  `(?<!\\b(?:faction|wing|splinter group|branch|cell|unit)s? of (?:the )?)${mk("O")}(?:\\s*\\(⟦O\\d+⟧\\))?(?:, (?:[^,⟦]|⟦[SL]\\d+⟧){1,80},|, (?:an?|the) (?:[\\w-]+ ){0,3}?(?:group|militia|movement|faction|rebels))?,? (?:which |that )?(?:has |had )?pledged (?:its )?allegiance to ${DET}${mk("O")}`,
  "g",
);

/**
 * "The Three Brotherhood Alliance, made up of the Arakan Army, the MNDAA and the TNLA, launched…", "X is composed of A
 * and B": each of them is part of it.
 */
const MADE_UP_OF = pattern(
  /\b(?:made up of|composed of|comprising|consisting of)\b/,
  `${mk("O")}(?:\\s\\(⟦O\\d+⟧\\))?(?: ${COLLECTIVE})?(?:,| (?:is|was|are|were)) (?:(?:which|that) (?:is|was) )?(?:made up of|composed of|comprising|consisting of) (${ORG_LIST})`,
  "g",
);

/**
 * "The Framework includes the State of Law coalition, the Badr Organisation and the Sadiqoun bloc", "X, led by former
 * police officer Y, known as Z, includes the A and B gangs".
 */
const GROUP_INCLUDES = pattern(
  /(?:⟧|,) (?:includes|comprises|brings together) /,
  `^(?:The )?${mk("O")}(?: ${COLLECTIVE})?(?:(?:, (?:[^,⟦]|⟦[PSL]\\d+⟧){1,80}){1,2},)? (?:includes|comprises|brings together) (${ORG_LIST})`,
  "g",
);

/** "The militias, which include A, B and C, are part of the Islamic Resistance": each of them is. */
const LISTED_PART_OF = pattern(
  / part of | members of /,
  `(?:which|that) (?:include|includes|comprise|are) (${ORG_LIST}), (?:are|were) (?:all )?(?:part|members) of ${DET}${mk("O")}`,
  "g",
);

/**
 * "Several militias, including A, B and C, have formed an umbrella group called the X", "A and B formed the X
 * coalition": each of them is part of what they formed.
 */
const LISTED_FORMED = pattern(
  /\b(?:formed|founded|created|set up|established)\b/,
  `(?:^|\\b(?:including|such as) )(${ORG_LIST}),? (?:have |has |had )?(?:jointly )?(?:formed|founded|created|set up|established) (?:(?:an? |the )?(?:new )?(?:[\\w-]+ )?(?:${COLLECTIVE}|group)(?:,? (?:called|named|known as))? )?${DET}${mk("O")}`,
  "g",
);

/** "SNA factions, including the Sultan Murad Division and the Hamza Division": the factions named are the group's. */
const FACTIONS_INCLUDING = pattern(
  /including|such as/,
  `${mk("O")}(?:[’']s)? (?:factions|militias|member groups|affiliates|brigades),? (?:including|such as) ((?:the )?⟦O\\d+⟧.*)$`,
  "g",
);

/**
 * "Iran-aligned groups in the region, including Yemen's Houthis and Iraq's Kataib Hezbollah", "Several Iran-aligned
 * Iraqi militias, including A and B": the groups the state backs.
 */
const BACKED_GROUPS_INCLUDING = pattern(
  /-(?:backed|aligned|allied|supported|sponsored) /,
  `${mk("S")}-(?:backed|aligned|allied|supported|sponsored) (?:[\\w-]+ |⟦S\\d+⟧ )?(?:groups|militias|factions|proxies|allies|forces)(?: in the region| across the region)?,? (?:including|such as) ((?:the )?(?:⟦S\\d+⟧[’']s )?⟦O\\d+⟧.*)$`,
  "g",
);

const OF_APPOSITIVE = pattern(/, (?:also )?of /, `${mk("O")}, (?:also )?of ${DET}(?:pro-\\w+ )?${mk("O")}`, "g");

const UNDER = "(?:affiliated with|linked to|under the umbrella of|operating under)";

const AFFILIATED_APPOSITIVE = pattern(
  new RegExp(UNDER),
  `${mk("O")}, (?:a|an|the) ${gap(80)}${UNDER} ${DET}${mk("OS")}`,
  "g",
);

/**
 * "The 47th Brigade is affiliated with Kataib Hezbollah", "Al-Shabaab, which is affiliated with al-Qaeda", "fighters
 * of the GSIM, which is affiliated with al-Qaeda": as the appositive says it; not "the brigades of the PMF, which are
 * affiliated with X", said of the brigades.
 */
export const AFFILIATED_PREDICATE = pattern(
  /\b(?:is|are|was|were|remains) (?:also )?(?:closely )?(?:affiliated with|under the umbrella of)/,
  `${mk("O")}${DEFINED}(?:(?<!\\b(?<!\\b(?:members|fighters|militants|gunmen) )of (?:the )?⟦O\\d+⟧${DEFINED}), (?:which|who)(?= (?:is|was|remains) ))? (?:is|are|was|were|remains) (?:also )?(?:closely )?(?:affiliated with|under the umbrella of) ${DET}${mk("OS")}`,
  "g",
);

/**
 * "Hezbollah's elite Radwan Force", "the Popular Mobilization Forces' 12th Brigade" (a plural's bare apostrophe):
 * a unit named as the group's own.
 */
const POSSESSIVE_UNIT = pattern(/⟧[’'](?:s)? /, `${mk("O")}[’'](?:s)? (?:[a-z-]+ ){0,2}${mk("O")}`, "g");

/**
 * "The UN mission in Congo, MONUSCO,", "the UN mission in the Central African Republic (MINUSCA)", "the African Union
 * mission AUSSOM": a mission is a body of the organisation that sent it. Not "the Aspides mission, the EU said", who
 * speaks.
 */
const MISSION_OF = pattern(
  /⟧ (?:[\w-]+ )?mission\b/,
  `${mk("O")} (?:[\\w-]+ )?mission(?: in (?:the )?⟦[SL]\\d+⟧)?(?:, (?:known as )?(?=${DET}⟦O\\d+⟧(?! (?:said|says|told|added|announced|reported)\\b))| \\(| )${DET}${mk("O")}`,
  "g",
);

/** "the Quds Force of the IRGC", "the Radwan Force of Hezbollah": a unit told by the group it is of. */
const UNIT_OF_GROUP = pattern(/⟧ of /, `${mk("O")} of (?:the )?${mk("O")}(?![’']s)`, "g");

const UNIT_NAME =
  /\b(?:Force|Forces|Unit|Units|Brigade|Brigades|Battalion|Battalions|Squad|Squads|Regiment|Division|Wing|Command|Corps|[Ff]ront|[Cc]olumn|Province|Branch)$/;

/** A group "affiliated with" another: a state sponsor backs it, an umbrella contains it. */
export function affiliated(ctx: Ctx, from: Entity | undefined, to: Entity | undefined) {
  const sponsor = to?.label === "State" || (to && ctx.registry.org(to.name)?.sponsor);
  add(ctx, sponsor ? "BACKED_BY" : "PART_OF", from, to, 0.8);
}

/** Membership: "O1 is part of O2", "O1, also a member of O2", "O1, one of the PMF's factions". */
export function membershipsIn(r: FactReading) {
  const { ctx, ms, t, R, history, namesTwo } = r;
  // A pronoun's group is in the sentences before: one name in this one is enough.
  each(ITS_BACKBONE, t, (m) => add(ctx, "PART_OF", R(m[1]), previousOrg(history), 0.75));
  each(THE_GROUP_IS_A_FRONT, t, (m) => add(ctx, "PART_OF", previousOrg(history, m[1]), R(m[2]), 0.65));
  each(ITS_WING, t, (m) => add(ctx, "PART_OF", R(m[1]), previousOrg(history), 0.75));
  each(SUBJECT_ITS_WING, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.75));
  each(THE_GROUP_AFFILIATED, t, (m) => affiliated(ctx, previousOrg(history, m[1]), R(m[2])));
  each(THE_X_AFFILIATED_GROUP, t, (m) => add(ctx, "PART_OF", previousOrg(history, m[2]), R(m[1]), 0.6));
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
      const knownAs = KNOWN_AS_AFTER.exec(t.slice(m.index! + m[0].length));
      add(ctx, "PART_OF", R(m[1]), R(knownAs ? (knownAs[1] ?? knownAs[2]) : m[2]), 0.9);
      // "The Houthis, part of Iran's Axis of Resistance along with Hezbollah and Hamas", "X is part of the Three
      // Brotherhood Alliance with the MNDAA and the TNLA": they are too.
      const along = /^,? (?:(?:along|together) )?with (.*)$/.exec(t.slice(m.index! + m[0].length));
      if (along) for (const o of listOrgs(ms, along[1]!)) add(ctx, "PART_OF", o, R(m[2]), 0.8);
    });
    each(ONE_OF_ITS_FACTIONS, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.9));
    each(WHOSE_BACKBONE, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
    each(LED_BY_GROUP, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.8));
    each(ONE_OF_THE_SUBJECTS, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.8));
    each(WING_OF, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
    each(FACTION_PREDICATE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
    each(FACTION_OF_A_NAMED_WHOLE, t, (m) => {
      if (partWordAfter(ms.text).has(m[2]!)) add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85);
    });
    each(NAMED_FACTION_OF, t, (m) => {
      if (/ faction$/.test(ref(ms, m[1])?.mention.surface ?? "")) add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85);
    });
    each(PART_NAMED_AFTER, t, (m) => add(ctx, "PART_OF", R(m[3]), R(m[1] ?? m[2]), 0.85));
    each(POSSESSIVE_WING, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
    each(WING_NAMED_AFTER, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
    each(OF_WHICH_PART, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
    each(JOINED_LED, t, (m) => {
      add(ctx, "PART_OF", R(m[1]), R(m[3]), 0.8);
      if (m[2] !== undefined) add(ctx, "PART_OF", R(m[2]), R(m[3]), 0.75);
    });
    each(DESCRIBED_AS_PROXY, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.7));
    each(POSSESSIVE_UNIT, t, (m) => {
      const unit = R(m[2]);
      // "the European Union's Aspides mission": a name told as a mission's is a unit's too.
      const told = /^ (?:mission|naval mission|task force)\b/.test(t.slice(m.index! + m[0].length));
      if (unit && (UNIT_NAME.test(unit.name) || told)) add(ctx, "PART_OF", unit, R(m[1]), 0.8);
    });
    each(UNIT_OF_GROUP, t, (m) => {
      const unit = R(m[1]);
      if (unit && UNIT_NAME.test(unit.name)) add(ctx, "PART_OF", unit, R(m[2]), 0.8);
    });
    each(ONE_OF_THE_GROUPS_UNDER, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[3]), 0.85));
    each(MISSION_OF, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.85));
  }
  // "The coalition is part of the broader Axis of Resistance": the collective named just before.
  each(PART_OF_COLLECTIVE, t, (m) => add(ctx, "PART_OF", R(m[1]), previousOrg(history, m[2] ?? m[3]), 0.65));
  each(THE_GROUP_ONE_OF, t, (m) => add(ctx, "PART_OF", previousGroup(history), R(m[1]), 0.7));
  each(THE_GROUP_PART_OF, t, (m) => {
    add(ctx, "PART_OF", previousGroup(history), R(m[1]), 0.7);
    for (const other of [m[2], m[3]]) if (other !== undefined) add(ctx, "PART_OF", R(other), R(m[1]), 0.7);
  });
  each(THE_GROUPS_BRANCH, t, (m) => add(ctx, "PART_OF", R(m[1] ?? m[2]), groupBefore(t, m.index!, R, history), 0.7));
  each(BOTH_PART_OF, t, (m) => {
    const whole = R(m[1]);
    const told = [...new Set(history.at(-1)?.refs.map((r) => r.entity) ?? [])];
    const two = told.filter((e) => e.label === "Organization" && e !== whole);
    if (two.length === 2) for (const o of two) add(ctx, "PART_OF", o, whole, 0.7);
  });
  each(AMONG_ITS_FACTIONS, t, (m) => {
    for (const o of listOrgs(ms, m[1]!)) add(ctx, "PART_OF", o, previousOrg(history), 0.7);
  });
  // "The coalition …", "The alliance also includes…": the collective told before (one that already holds members first),
  // not the member last named.
  const collectiveBefore = (noun: string | undefined) =>
    previousOrg(history, noun, new Set(ctx.out.filter((f) => f.type === "PART_OF").map((f) => f.to)));
  each(COLLECTIVE_PART_OF, t, (m) => add(ctx, "PART_OF", collectiveBefore(m[0].split(" ")[1]), R(m[1]), 0.65));
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
      const noun = m[1]!.split(" ").pop()!;
      const whole = noun === "group" ? previousGroup(history) : collectiveBefore(noun);
      for (const o of listOrgs(ms, m[2]!)) add(ctx, "PART_OF", o, whole, 0.75);
    });
    each(WHOSE_MEMBERS, t, (m) => {
      const whole = m[1] !== undefined ? R(m[1]) : previousOrg(history, m[2]);
      for (const o of listOrgs(ms, m[3]!)) add(ctx, "PART_OF", o, whole, 0.8);
    });
    each(COLLECTIVE_INCLUDING, t, (m) => {
      for (const o of listOrgs(ms, m[3]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
    });
    each(BRANCH_NAMED, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.8));
    each(NAMED_PART_OF, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
    each(AFFILIATED_BEFORE, t, (m) => add(ctx, "PART_OF", R(m[2]), R(m[1]), 0.75));
    each(BRANCH_APPOSITIVE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.8));
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
    each(MADE_UP_OF, t, (m) => {
      for (const o of listOrgs(ms, m[2]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
    });
    each(LISTED_FORMED, t, (m) => {
      for (const o of listOrgs(ms, m[1]!)) add(ctx, "PART_OF", o, R(m[2]), 0.8);
    });
    each(FACTIONS_INCLUDING, t, (m) => {
      for (const o of listOrgs(ms, m[2]!)) add(ctx, "PART_OF", o, R(m[1]), 0.85);
    });
    // "The Sadiqoun bloc, of the Asaib Ahl al-Haq movement", "Badr Organization, of the pro-Iran Coordination Framework".
    each(OF_APPOSITIVE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.8));
    // "O1, a network of ... groups affiliated with the O2": a state sponsor backs, an umbrella contains.
    for (const p of [AFFILIATED_APPOSITIVE, AFFILIATED_PREDICATE]) each(p, t, (m) => affiliated(ctx, R(m[1]), R(m[2])));
  }
}
