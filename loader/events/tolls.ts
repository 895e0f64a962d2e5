/**
 * The figures of dead and wounded a frame reports; not the attackers' own dead, nor a toll counted over time.
 */
import { COUNT, COUNT_WORD, countOf, numberOf } from "../text/numbers.ts";
import { ARMED_MEN } from "../mentions/lexicon.ts";
import type { Frame } from "./frame.ts";
import { type SentenceReading, type TriggerSpan, startsPeriod } from "./sentence.ts";
import {
  COUNTED_OVER_A_YEAR,
  DONE_TO_DEATH,
  HOW_BADLY,
  NEAR,
  OF_A_STATES_FORCES,
  ONE_OF_THE_DEAD,
  ONE_OR_MANY,
  ONE_PERSON,
  OVER_A_PERIOD,
  SHOT_DEAD,
  TITLED_PERSON,
  TOLL_BEFORE_KILLED,
  TOLL_MODIFIERS,
  VICTIMS,
  WERE_WOUNDED,
} from "./words.ts";

/** "killing three women, two men and four children", "killing six people and a policeman": parts, which add up. */
const PARTS =
  "(?:women|men|children|boys|girls|soldiers|civilians|fighters|members|policemen|officers|guards|people|worshippers|villagers|passengers|nationals|engineers|drivers|woman|man|child|boy|girl|sons|daughters|son|daughter|grandchildren|grandsons|granddaughters|brothers|sisters|relatives|soldier|civilian|fighter|member|policeman|officer|guard|person|driver|rangers|ranger|workers|worker|students|student|teachers|teacher|journalists|journalist|gendarmes|gendarme|peacekeepers|peacekeeper|farmers|farmer|volunteers|volunteer|personnel|troops|militiamen|general|generals|colonel|colonels|captain|commander|commanders|service members|contractors|contractor|imams|imam|priests|priest|pastors|pastor|militants|militant|insurgents|insurgent)";

/**
 * One part: "three women", "her two children", "five Chinese nationals", "their Pakistani driver", "an Orthodox
 * priest" (a capitalised word only after "a" or "one"), "five police officers", "two members of parliament", "four
 * other people", "three senior commanders of the X militant group", "at least ten civilians", "36 Syrian soldiers" (a
 * state's men, one mention); not "a civilian militia" or "a local volunteer group", which tell who a group is.
 */
const PART = `(?:(?:at least )?(?:(?:his|her|their) )?(?:\\w+ )?(?:other )?(?:senior |top |high-ranking |local |foreign )?(?:⟦[SO]\\d+⟧ |(?<=\\b(?:an?|one) )[A-Z][a-z]+ )?(?:police |army |security )?(?:brigadier |major |lieutenant )?${PARTS}(?! (?:militias?|groups?|movement|forces|unit|network|association)\\b)(?: of parliament| of (?:the )?⟦[SO]\\d+⟧(?: (?:[a-z]+ )?(?:group|militia|movement))?)?|(?:at least )?\\w+ ⟦S\\d+⟧(?![\\w-]))`;

/**
 * "killing three women, two men and four children", "killed a woman and her two children", "shot dead an imam and his
 * son"; not "killing six soldiers, an officer said".
 */
const TOLL_PARTS = new RegExp(
  `^(?:killed|killing|kills|${SHOT_DEAD}|gunned down)\\s+(?:at least\\s+)?(${PART}(?:(?:,| and|, and) ${PART})+)(?!\\w)(?!\\s+(?:said|says|told|added|stated|confirmed)\\b)`,
  "i",
);

/** "wounding five US service members and two contractors": parts of the wounded, which add up. */
const WOUNDED_PARTS = new RegExp(
  `\\b(?:wounding|injuring|wounded|injured)\\s+(?:at least\\s+)?(${PART}(?:(?:,| and|, and) ${PART})+)(?!\\w)(?!\\s+(?:said|says|told|added|stated|confirmed)\\b)`,
  "i",
);

/** What parts of a toll add up to ("three women, two men and four children"), if each part is counted. */
function partsSum(list: string): number | null {
  let total = 0;
  for (const p of list.split(/,? and |, /)) {
    // "their Pakistani driver": one, told by whose he was.
    const own = p
      .replace(/^at least /, "")
      .replace(/^(?:his|her|their) /, "")
      .replace(/⟦S\d+⟧ /, "");
    const n = /^(?:his|her|their) /.test(p) && !own.includes(" ") ? 1 : countOf(own.split(" ")[0]!);
    if (n === null) return null;
    total += n;
  }
  return total;
}

/**
 * Tolls told without a kill verb: "left five people dead", "leaving two Peshmerga fighters dead", "left 26 hostages
 * dead", "claimed the lives of three", "the death toll rose to 12", "said the death toll was 43".
 */
const TOLL_OTHERWISE =
  /\b(?:left|leaving) (?:at least )?(\w+) (?:⟦[SO]\d+⟧ )?(?:[a-z-]+ ){0,2}?dead\b|\bclaimed the lives of (?:at least )?(\w+)|\btoll\b[^.;]{0,80}?\b(?:rose|risen|climbed|increased|jumped|reached|stood|stands|was|is) (?:to |at )?(?:at least )?(\w+)/gi;

/** "killed three", "killing at least 12 people", "killed a family of five": the count told after the kill word. */
const TOLL_AFTER = new RegExp(
  `\\b(?:killed|killing|kills|beheaded|beheading|executed|${SHOT_DEAD}|gunned down|neutrali[sz]ed|massacre of|toll (?:of|at)|putting it at|put (?:the (?:death )?toll|it) at|reported)\\s+["“]?(?:(?:a|an entire|a whole) family of\\s+)?(?:at least\\s+|some\\s+|more than\\s+|nearly\\s+|almost\\s+|about\\s+|around\\s+|all\\s+)?(\\d[\\d,]*\\d|\\w+(?:-(?:one|two|three|four|five|six|seven|eight|nine)\\b)?)(?!\\s+(?:days?|weeks?|hours?|months?|years?|minutes?)\\b)(?:\\s+(?:${VICTIMS}))?`,
  "gi",
);

/** "another member", "one other Islamic State operative", "Another X operative was also killed": one more of the dead. */
const ONE_MORE = `(?:[Aa]nother|[Oo]ne other) (?:[\\w-]+ |⟦[SO]\\d+⟧ ){0,2}?${ONE_OF_THE_DEAD}`;

/**
 * "killed commander X and five other people", "killed X and five others", "killing X and another member", "killed X,
 * the group's minister for refugees, and at least ten other people", "killing X and six other IRGC officers", "killed
 * A, B and C, along with ten civilians": the named dead and the others.
 */
const NAMED_AND_OTHERS = new RegExp(
  `^\\S+ (?:[^.;⟦]|⟦[OS]\\d+⟧){0,40}?(?:⟦P\\d+⟧(?:(?:,| and|, and) ⟦P\\d+⟧)*|\\b(?<him>him|her))(?:, (?:[^,.;⟦]|⟦[SOL]\\d+⟧){1,80}(?=, and ))?,? (?:and|(?:along|together) with) (?:(?:at least |some |about )?(?<count>\\w+) (?:other (?:⟦[SO]\\d+⟧ |[a-z-]+ )?(?:${VICTIMS})|others|(?<=\\b(?:along|together) with (?:at least |some |about )?\\w+ )(?:[a-z-]+ )?(?:${VICTIMS}))|${ONE_MORE})\\b`,
  "i",
);

/** "Five other people were also killed", "Six other people, including two commanders of X, were killed". */
const OTHERS_ALSO_KILLED = new RegExp(
  `\\b(?<![\\d,.])${COUNT} other (?:${VICTIMS})(?:,[^,;⟦]{1,40}(?:⟦[SO]\\d+⟧[^,;⟦]{0,40})*(?:, (?:the )?⟦[SO]\\d+⟧)?,)?\\s+(?:were|had been|have been)\\s+(?:also\\s+)?$`,
  "i",
);

const ANOTHER_KILLED = new RegExp(`^killed ${ONE_MORE}\\b`);

/** Those a named dead had with him: "his driver", "her two sons", "four of his bodyguards", "his relatives". */
const ONES_WITH_HIM = String.raw`(?:drivers?|bodyguards?|guards?|companions?|aides?|assistants?|escorts?|sons?|daughters?|brothers?|wife|husband|children|relatives|family members)`;

/** One told as the subject of "… was also killed", opening the sentence or what someone said. */
const ALSO_KILLED_SUBJECT = (subject: string) =>
  new RegExp(`(?:^|[.;]\\s*|\\b(?:said|added) )(?:${subject})\\b[^.;⟦]{0,60}? (?:was|had been) also $`);

/**
 * "A second person in the car, his driver, was also killed", "His assistant was also killed", "A bodyguard was also
 * killed", "The lawmaker's driver was also killed": one more dead.
 */
const ONE_MORE_WAS_ALSO_KILLED = ALSO_KILLED_SUBJECT(
  `${ONE_MORE}|[Aa] (?:second|third) (?:[\\w-]+ )?${ONE_OF_THE_DEAD}|(?:[Hh]is|[Hh]er|[Aa]n?|[Tt]he [\\w-]+['’]s) ${ONES_WITH_HIM}`,
);

/** "A civilian was also killed in the crossfire": one more dead, beside the count told. */
const A_BYSTANDER_ALSO = ALSO_KILLED_SUBJECT(
  "[Aa] (?:civilian|passer-?by|bystander|child|woman|man|boy|girl|villager|resident)",
);

const DEATHS_OF = new RegExp(
  `\\bdeaths? of (?:at least |more than )?${COUNT} (?:[\\w-]+ )?(?:${ONE_OR_MANY})\\b[^.;⟦]{0,40}$`,
  "i",
);

/**
 * "Twenty-one hostages and four paramilitary soldiers were killed", "Eight policemen and their civilian driver were
 * killed", "Twenty Nigerien soldiers and a civilian were killed": a toll told in two parts before the kill word.
 */
const TOLL_PARTS_BEFORE = new RegExp(
  `(?:\\b(?<![\\d,.])(?:at least\\s+)?(?!(?:the|their|his|her|its)\\s)${COUNT}\\s+(?:(?:⟦[SO]\\d+⟧\\s+)?${TOLL_MODIFIERS}(?:${ONE_OR_MANY}|personnel|[a-z]+s)(?:${OF_A_STATES_FORCES}|\\s+of (?:the\\s+)?⟦[SO]\\d+⟧(?:\\s*\\(⟦[SO]\\d+⟧\\))?)?|⟦S\\d+⟧)|\\b(?:the|their|his|her|its)\\s+(?:[\\w-]+['’]s\\s+)?${ONE_PERSON})\\s+and\\s+(?:at least\\s+)?(${COUNT}|their|his|her|its)\\s+(?:⟦[SO]\\d+⟧\\s+)?${TOLL_MODIFIERS}(?:${ONE_OR_MANY}|hostages)\\s+(?:were|had been|have been)\\s+(?<also>also\\s+)?$`,
  "i",
);

/** "among at least 17 inmates": the count of the dead one named victim was among. */
const AMONG_THE_DEAD = new RegExp(
  `\\bamong (?:the )?(?:at least\\s+|more than\\s+|some\\s+)?(${COUNT})\\s+${TOLL_MODIFIERS}(?:${ONE_OR_MANY})\\s+$`,
  "i",
);

/** "offloaded seven passengers from Punjab and shot them dead": those told before "them". */
const KILLED_THEM = new RegExp(
  `\\b(?:at least\\s+)?(${COUNT_WORD})\\s+(?:[\\w-]+\\s+)?(?:${VICTIMS})\\b[^.;]{0,100}?\\s(?:and|then|before)\\s+(?:then\\s+|later\\s+)?$`,
  "i",
);

/** "…died in the ", "…were dead in an ": those who died in the attack the next trigger tells. */
const DIED_IN_THE = String.raw`\s+(?:were\s+)?(?:died|dead)\s+in\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?$`;

const TOLL_DIED_IN = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?${COUNT}\\s+(?:of (?:its|their|our)\\s+)?(?:${VICTIMS})${DIED_IN_THE}`,
  "i",
);

/** "at least 11 soldiers and 23 militants died in the battle": parts of the dead, which add up. */
const TOLL_PARTS_DIED_IN = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?(${PART}(?:(?:,| and|, and) ${PART})+)${DIED_IN_THE}`,
  "i",
);

/** "…said nine people died", "…that at least 30 soldiers had died": a count of dead the clause ends on. */
const DIED_ALONE = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+|more than\\s+|nearly\\s+|about\\s+)?(${COUNT_WORD})\\s+(?:[\\w-]+\\s+)?(?:${VICTIMS})\\s+(?:had\\s+|have\\s+)?$`,
  "i",
);

/** Those a man killed had with him, counted: "four of his bodyguards", "two of her sons", "members of his family". */
const HIS_OWN_COUNTED = String.raw`(${COUNT_WORD})\s+(?:members of (?:his|her) family|(?:of\s+)?(?:his|her)\s+(?:[\w-]+\s+)?${ONES_WITH_HIM})\b`;

/** "killed a commander of X and four members of his family", "and two of his guards": he and those with him. */
const WITH_HIS_FAMILY = new RegExp(
  String.raw`^(?:killed|killing)\s+(?:an?|the)\s+[^.;]{1,120}?\s+and\s+${HIS_OWN_COUNTED}`,
  "i",
);

/** "The strike also killed four of his bodyguards": those who were with the one the attack named. */
const ALSO_KILLED_HIS_OWN = new RegExp(String.raw`^killed\s+${HIS_OWN_COUNTED}`, "i");

/** A figure of dead or wounded, once per frame: "three", "16". */
function addCount(figures: number[], word: string) {
  const n = numberOf(word);
  if (n !== null && n < 10_000 && !figures.includes(n)) figures.push(n);
}

/**
 * "wounding three American service members", "wounded 25 others", "wounding more than 40 others", "wounding two UN
 * contractors", "three others wounded", "18 were injured", "wounding three Pakistani soldiers" (the state's forces, one
 * name).
 */
const WOUNDED_AFTER = new RegExp(
  `\\b(?:wounded|wounding|injured|injuring|hurt|hurting)\\s+(?:(?:at least|some|more than|over|nearly|about|around)\\s+)?${COUNT}(?=\\s+(?:(?:[\\w-]+|⟦[SO]\\d+⟧)\\s+){0,2}?(?:${VICTIMS}|service ?members|servicemen|personnel|troops|soldiers?|people|person|civilians?)\\b|\\s+⟦S\\d+⟧)`,
  "gi",
);

/**
 * "killing 25 people and wounding 63", "killed 34 soldiers and wounded 14 in an attack", "and wounded 62 on Saturday": a
 * bare count of wounded.
 */
const WOUNDED_BARE = new RegExp(
  String.raw`\b(?:wounding|injuring|wounded|injured)\s+(?:(?:at least|some|more than|over|nearly|about|around)\s+)?(${COUNT_WORD})(?=\s*(?:[,.;]|$)|\s+(?:in|during|when|on|at|near)\b)`,
  "g",
);

const WOUNDED_BEFORE = new RegExp(
  `\\b(?<![\\d,.])(?<!\\bno\\s)(?:at least\\s+)?${COUNT}(?:\\s+(?:other\\s+)?(?:⟦S\\d+⟧\\s+)?(?:service\\s+)?(?:${VICTIMS}|more|people)|\\s+⟦S\\d+⟧)?\\s+(?:were\\s+|was\\s+|had been\\s+|have been\\s+)?(?:also\\s+)?${HOW_BADLY}(?:wounded|injured|hurt)\\b`,
  "gi",
);

const WITH_DEAD = new RegExp(`\\bwith (\\w+) (?:of (?:its|their) )?(?:[a-z-]+ )?(?:${VICTIMS}) $`, "i");

/** A role in a group a victim is told by: "a senior commander of X". */
const GROUP_ROLE_WORDS = "commander|leader|official|member|operative|militant";

const GROUP_ROLE = `(?:\\w+-)?(?:${GROUP_ROLE_WORDS})`;

const ROLE_TOLD = new RegExp(`(${GROUP_ROLE_WORDS})s?\\b`, "gi");

const INCLUDING_ONE = new RegExp(
  `^(?:killed|killing) [^.;]{0,80}?, including (?:an? |one )(?:[\\w-]+ ){0,2}?${GROUP_ROLE}\\b`,
  "i",
);

/**
 * The role a victim told by it had, the last told: "commander" of "killed a senior commander of X" and of "killed three
 * members of X, including a senior commander".
 */
const roleOf = (told: string) => [...told.matchAll(ROLE_TOLD)].pop()![1]!.toLowerCase();

/**
 * "killing a 50-year-old man", "killing the driver", "targeted a motorcycle, killing its rider", "shot dead the
 * Taliban's district governor": one dead.
 */
const ONE_VICTIM = new RegExp(
  `^(?:killed|killing|${SHOT_DEAD}|gunned down|${DONE_TO_DEATH}) (?:(?:an?|one|the) (?:[\\w-]+ |⟦S\\d+⟧(?:-⟦S\\d+⟧)? |⟦[SO]\\d+⟧[’']s ){0,3}?(?:${ONE_PERSON}|member(?= of\\b))|(?:its|the) (?:rider|driver|occupant|pilot))\\b(?!['’]s| and (?:\\d|an?\\b|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens))`,
  "i",
);

/**
 * "A Zambian peacekeeper serving with the UN mission in X was killed", "A senior officer of the X forces was killed",
 * "A mayoral candidate in the Mexican state of X was shot dead": one, told before the kill word.
 */
const ONE_WAS_KILLED = new RegExp(
  `(?:^|[,;]\\s|\\b(?:when|after|as)\\s)(?:An?|One) (?:[\\w-]+ |⟦S\\d+⟧ ){0,2}?${ONE_PERSON}\\b(?: (?:(?:serving|working|deployed) (?:with|for|in)|of|in|from) (?:[^.;,⟦]|⟦[SOL]\\d+⟧|\\(⟦O\\d+⟧\\)){1,80}?)?,? (?:was|had been|has been) $`,
  "i",
);

/** "killed an officer and 10 soldiers", "shot dead a polio worker and a policeman": one, and those told after him. */
const ONE_AND_OTHERS = new RegExp(
  `^(?:killed|killing|${SHOT_DEAD}|gunned down) (?:an?|one) (?:[\\w-]+ ){0,2}?(?:commander|${ONE_PERSON}) and (?:(\\w+) (?:other )?(?:[\\w-]+ )?(?:soldiers|troops|policemen|officers|civilians|people|others|members|fighters|children)|(an?) (?:[\\w-]+ ){0,2}?${ONE_PERSON})\\b`,
  "i",
);

/**
 * "killed a senior commander of X", "killing a sub-leader of the X": a victim told by his role in a group. Not a
 * toll: such a victim is often the one named among others ("killed a commander and two of his guards").
 */
const ROLE_VICTIM = new RegExp(
  `^(?:killed|killing) (?:an? |one )(?:[\\w-]+ ){0,2}?${GROUP_ROLE}s? (?:of|in|from) (?:the )?(?:⟦S\\d+⟧ (?:militia|group|faction) |⟦[SO]\\d+⟧-[\\w-]+ )?⟦O(\\d+)⟧(?!-)`,
  "i",
);

/**
 * "A senior commander of the banned X was shot dead", "A senior X commander was killed": such a victim, the subject of
 * the kill word, and his group.
 */
const ROLE_VICTIM_BEFORE = new RegExp(
  `\\b(?:[Aa]n?|[Oo]ne) (?:[\\w-]+ ){0,2}?(?:${GROUP_ROLE} (?:of|in|from) (?:the )?(?:[\\w-]+ )?⟦O(\\d+)⟧(?:\\s*\\(⟦O\\d+⟧\\))?|⟦O(\\d+)⟧ (?:[\\w-]+ )?${GROUP_ROLE}) (?:was|has been|had been) $`,
);

/** "Dozens of soldiers and auxiliaries were killed": many dead, told before the kill word with no number. */
const MANY_WERE = new RegExp(
  `\\b(?:[Dd]ozens|[Ss]cores|[Hh]undreds) of (?:[\\w-]+ ){0,2}?(?:${VICTIMS})\\b[^.;⟦]{0,40}? (?:were|had been|have been) $`,
);

/** "killed dozens of Malian soldiers": a state's forces, counted in no number. */
const MANY_FORCES_OF = /^(?:killed|killing) (?:dozens|scores|hundreds) of (⟦S(\d+)⟧(?: [a-z]+){0,2})/i;

/** "Eighteen militants were also killed": dead told as armed men. */
const ARMED_DEAD =
  /\b(?:militants|attackers|assailants|gunmen|insurgents|rebels|fighters|jihadists|terrorists|bandits)\b/i;

/** "Two members of the security forces were also killed": dead told as a state's forces. */
const FORCES_DEAD = /\b(?:soldiers|troops|security forces|police(?:men)?|officers|servicemen|personnel)\b/i;

/** One of a state's forces, as "an Israeli soldier" names him. */
const FORCE_MEMBERS = [
  "soldier",
  "serviceman",
  "service member",
  "policeman",
  "police officer",
  "officer",
  "guard",
  "sailor",
  "marine",
];

const ONE_OF_THE_FORCES = new RegExp(`\\b(?:${FORCE_MEMBERS.join("|")})\\b`);

/** "Colombian soldiers", "Pakistani troops": a state's forces. */
const FORCES = new RegExp(
  `\\b(?:${FORCE_MEMBERS.map((w) => (w.endsWith("man") ? `${w.slice(0, -3)}men` : `${w}s`)).join("|")}|troops|personnel)\\b`,
);

/** "his driver", "her two sons", "one of his bodyguards" (after "his" or "her", or with it after the count). */
const COMPANIONS = String.raw`(?:(one|two|three|four)\s+(?:of\s+(?:his|her)\s+)?)?(?:(?:adult|teenage|young|elder|eldest)\s+)?(${ONES_WITH_HIM})\b`;

/**
 * "killed a commander of X and his driver", "shot dead the chief of the village of Y and his son", "killed Mayor X of Y
 * in Z state and her bodyguard": one and his own.
 */
const WITH_THEIR_OWN = new RegExp(
  String.raw`^(?:killed|killing|${SHOT_DEAD}|gunned down)\s+(?:(?:(?:mayor|governor|general|colonel|sheikh|imam|father|pastor|judge|senator|lawmaker) )?${TITLED_PERSON}(?: (?:of|from) (?:[^,;.⟦]|⟦[LS]\d+⟧){1,60}?(?= and))?|an? (?:[\w-]+ |⟦[SO]\d+⟧ ){0,3}?(?:commander|leader|official|member|officer)(?: of (?:the )?⟦[SO]\d+⟧(?: \(⟦[SO]\d+⟧\))?)?|the (?:[\w-]+ )?(?:chief|head|leader|imam|elder|mayor)(?: of (?:the )?(?:(?:village|town|district) of )?⟦[LSO]\d+⟧)?|(?:an? |the )?(?:village|town|district|local) (?:chief|head|headman|leader|imam|elder|mayor))(?:,[^,;]{1,90},)?\s+(?:and|,?\s*(?:along|together) with)\s+(?:(?:his|her)\s+|(?=one|two|three|four))${COMPANIONS}(\s+and\s+(?:his\s+|her\s+)?${COMPANIONS})?`,
  "i",
);

/**
 * "killed a field commander of X on Friday, along with two passers-by", "killed a sub-leader of X and two of his
 * followers", "killed bandit leader X and 12 of his fighters", "killed correspondent X and four of his colleagues": one
 * and those with him.
 */
const WITH_OTHERS_OF_HIS = new RegExp(
  String.raw`^(?:killed|killing) (?:an? (?:[\w-]+ |⟦[SO]\d+⟧ ){0,3}?(?:\w+-)?(?:commander|leader|official|member|officer|fighter|soldier)\b|${TITLED_PERSON})[^.;]{0,120}?(?:,? (?:along|together) with (\w+) (?:of (?:his|her|their) )?(?:others?\b|other \w+|passers-by|civilians|people|bodyguards|guards|companions|aides)| and (\w+) of (?:his|her|their) (?:[\w-]+ )?(?:followers|fighters|men|bodyguards|guards|companions|aides|deputies|associates|colleagues|comrades|sons|daughters|children|brothers|relatives)\b)`,
  "i",
);

/** "The strike on a building in X also ": the attack told before, opening the sentence that adds to its dead. */
const THE_ATTACK_ALSO =
  /^[Tt]he (?:(?:[\w-]+ )?(?:strike|airstrike|attack|bombing|raid|blast|explosion|shelling))\b[^.;]{0,80}?\balso\s+$/;

/** "X was killed on Wednesday in a ": the attack one was killed in, told next. */
const KILLED_IN_BEFORE = /\bwas killed\b[^.;⟦]{0,40}?\b(?:in|during|by) (?:an?|the) (?:[\w-]+ )?$/;

const COUNT_ALONG_WITH_OTHERS = new RegExp(
  `^(?:killed|killing) (?:at least )?${COUNT} [^.;]{0,100}?,? (?:along|together) with (?:at least |some |about )?${COUNT} other\\b`,
  "i",
);

/** How many "his two bodyguards", "his son" or "his bodyguards" are: a plural with no number is the fewest it can be. */
function companions(count: string | undefined, who: string | undefined): number {
  if (who === undefined) return 0;
  if (count) return numberOf(count)!;
  return /(?:s|children)$/i.test(who) ? 2 : 1;
}

/** The state whose forces a count of the dead names ("Seven Colombian soldiers"), if any. */
function stateWhoseForces(r: SentenceReading, counted: string, forces = FORCES): string | undefined {
  const state = /⟦S(\d+)⟧/.exec(counted);
  return state && forces.test(r.spelled(counted.slice(state.index))) ? r.label(state[1]!).id : undefined;
}

/** How many the attack killed, as the frame tells it; none for the attackers' own dead or a toll over time. */
export function addTolls(f: Frame, r: SentenceReading, s: TriggerSpan) {
  const { t, sentenceDates, label } = r;
  const { trig, word, start, before, scope, near, kills } = s;
  // Death toll: "killed three", "killing four people", "killed “two members", "putting it at one".
  const parts = TOLL_PARTS.exec(scope);
  const sum = parts ? partsSum(parts[1]!) : null;
  if (sum !== null) addCount(f.tolls, String(sum));
  else for (const m of scope.matchAll(TOLL_AFTER)) addCount(f.tolls, m[1]!);
  if (/\bkilling him and another\b/i.test(scope)) f.tolls.push(2);
  const aroundTrigger = before.slice(-NEAR) + scope;
  if (/\b(?:left|leaving|lives|toll)\b/.test(aroundTrigger))
    for (const m of aroundTrigger.matchAll(TOLL_OTHERWISE)) addCount(f.tolls, (m[1] ?? m[2] ?? m[3])!);
  // "killing X, a commander, and his driver", "killed a senior commander of X and his two bodyguards", "killed X, a
  // commander, along with his son and daughter": the dead and those with them.
  const withThem = WITH_THEIR_OWN.exec(scope);
  const withCount = withThem
    ? companions(withThem[1], withThem[2]) + (withThem[3] ? companions(withThem[4], withThem[5]) : 0)
    : 0;
  if (withCount > 0) addCount(f.tolls, String(1 + withCount));
  // "He was killed along with three other operatives": the dead are one more than the others; so are those killed
  // with one told by name or rank.
  // "He was killed on Wednesday in a suicide bombing in Kabul, along with five other people": the attack he was killed
  // in, then where, between.
  const along =
    /^killed,? (?:along|together) with (\w+) other/i.exec(scope) ??
    (KILLED_IN_BEFORE.test(t.slice(Math.max(0, start - 80), start))
      ? /^[^,.;]{0,80}, (?:along|together) with (\w+) other/i.exec(scope)
      : null) ??
    WITH_OTHERS_OF_HIS.exec(scope);
  const withHim = along ? numberOf((along[1] ?? along[2])!) : null;
  if (withHim !== null) addCount(f.tolls, String(withHim + 1));
  // "killed three senior commanders of X in Gaza, along with at least 10 other people": the count and the others.
  const countAlong = kills || word === "killing" ? COUNT_ALONG_WITH_OTHERS.exec(scope) : null;
  const [counted1, others1] = countAlong ? [numberOf(countAlong[1]!), numberOf(countAlong[2]!)] : [null, null];
  if (counted1 !== null && others1 !== null) {
    // The count alone was read as a toll above; with the others it is one figure.
    const without = f.tolls.filter((n) => n !== counted1);
    f.tolls.length = 0;
    f.tolls.push(...without);
    addCount(f.tolls, String(counted1 + others1));
  }
  // "killed commander X and five other people", "killing X and another member of the group": the named dead
  // and the others.
  // "The strike hit his car, killing him and two other people": the one "him" stands for, named before or not.
  const others =
    (kills || word === "killing") && / (?:(?:an)?others?|along with|together with)\b/.test(scope)
      ? NAMED_AND_OTHERS.exec(scope)
      : null;
  const named = others?.groups?.him !== undefined ? 1 : f.killed.size;
  const otherCount =
    others && named > 0 ? (others.groups?.count === undefined ? 1 : numberOf(others.groups.count)) : null;
  if (otherCount !== null) {
    // "killed three senior commanders of X, A, B and C, along with ten civilians": the count of the named is part of
    // the whole.
    if (f.tolls.includes(named)) f.tolls.splice(f.tolls.indexOf(named), 1);
    addCount(f.tolls, String(otherCount + named));
  }
  // "five people were killed", "one soldier was killed": the count comes before the kill word.
  // "Twenty-one hostages and four soldiers were killed": parts, which add up.
  const partsBefore = kills ? TOLL_PARTS_BEFORE.exec(before.slice(-120)) : null;
  const counted = kills && !partsBefore ? TOLL_BEFORE_KILLED.exec(before.slice(-120)) : null;
  // "A civilian and a police officer were killed": each "a" is one.
  // "Eight policemen and their driver were killed", "Five Chinese engineers and their Pakistani driver…": "their driver"
  // is one more.
  const [first, second] = partsBefore
    ? [
        // "The train's driver and six soldiers were killed": one told by what he was.
        partsBefore[1] === undefined ? 1 : countOf(partsBefore[1]),
        /^(?:their|his|her|its)$/i.test(partsBefore[2]!) ? 1 : countOf(partsBefore[2]!),
      ]
    : [null, null];
  // "Two children and a woman were also killed": more dead, beside those the attack named.
  if (first !== null && second !== null) {
    if (partsBefore!.groups?.also !== undefined && f.killed.size === 0) f.othersKilled = first + second;
    else addCount(f.tolls, String(first + second));
    // "Twenty Nigerien soldiers and a civilian were killed": the state whose forces died was the target.
    // "Ten personnel of the District Reserve Guard and a civilian driver were killed": so was the force they served.
    const whose = /\bof (?:the\s+)?⟦[SO](\d+)⟧/.exec(partsBefore![0]);
    const target = whose ? label(whose[1]!).id : stateWhoseForces(r, partsBefore![0]);
    if (target) f.targets.add(target);
  }
  // "The strikes also hit a convoy of civilians…, killing two people": more dead than the attack told; not "X had also
  // shelled the market, killing five", another attack.
  if (
    word === "killing" &&
    f.tolls.length === 1 &&
    /\b[Tt]he (?:strikes?|attacks?|drones?|missiles?|shelling|bombing|raids?|jets|warplanes)\s+(?:had\s+|have\s+)?also\s+(?:hit|struck|targeted|attacked|shelled)\b[^.;]*,\s*$/.test(
      t.slice(0, start),
    )
  ) {
    f.moreDead = f.tolls[0];
    f.tolls.length = 0;
  }
  // "A gang leader was among at least 17 inmates killed in clashes": the dead the one named was among.
  const among = kills ? AMONG_THE_DEAD.exec(before.slice(-60)) : null;
  if (among) addCount(f.tolls, among[1]!);
  if (counted) {
    // "Four government soldiers were also killed": dead besides those the attack told.
    if (counted.groups?.also !== undefined) {
      f.alsoDead = numberOf(counted[1]!) ?? undefined;
      f.alsoDeadOf = ARMED_DEAD.test(counted[0])
        ? "armed"
        : FORCES_DEAD.test(r.spelled(counted[0]))
          ? "forces"
          : undefined;
    } else addCount(f.tolls, counted[1]!);
    // "Two members of the PMF were killed": their group was the target.
    if (counted[2] !== undefined) f.targets.add(label(counted[2]).id);
    // "Kataib Hezbollah announced that two of its members were killed": the group speaking was the target.
    else if (/\bof (?:its|their)\b/i.test(counted[0])) {
      const owner = [...before.matchAll(/⟦O(\d+)⟧/g)].pop();
      if (owner) f.targets.add(label(owner[1]!).id);
    } else {
      // "Seven Colombian soldiers were killed": the state whose forces died was the target.
      const state = stateWhoseForces(r, counted[0]);
      if (state) f.targets.add(state);
    }
  }
  // "…and killed 12 attackers, with four of its soldiers killed": the defenders' dead, told after "with".
  const withDead = word === "killed" ? WITH_DEAD.exec(before.slice(-60)) : null;
  if (withDead) addCount(f.tolls, withDead[1]!);
  // "Five other people were also killed": the named dead of this sentence and the others, or the others alone
  // until the frame joins the attack that names its dead.
  const othersToo = kills ? OTHERS_ALSO_KILLED.exec(before.slice(-140)) : null;
  if (othersToo && numberOf(othersToo[1]!) !== null) {
    if (f.killed.size > 0) addCount(f.tolls, String(numberOf(othersToo[1]!)! + f.killed.size));
    else f.othersKilled = numberOf(othersToo[1]!)!;
  }
  // "killed a senior commander of X, the armed wing of Y, and four members of his family", "The strike also killed
  // four of his bodyguards": those with the one it killed, and he.
  const hisOwn =
    (kills || word === "killing" ? WITH_HIS_FAMILY.exec(scope) : null) ??
    (word === "killed" && s.also && f.killed.size === 0 ? ALSO_KILLED_HIS_OWN.exec(scope) : null);
  const withHisOwn = hisOwn ? numberOf(hisOwn[1]!) : null;
  if (withHisOwn !== null) f.tolls.splice(0, f.tolls.length, withHisOwn + 1);
  // "The strike also killed another Islamic State operative": one more than the dead told before.
  // "A second person in the car, his driver, was also killed": so is one more told as the subject.
  if (
    word === "killed" &&
    f.killed.size === 0 &&
    (ANOTHER_KILLED.test(scope) || ONE_MORE_WAS_ALSO_KILLED.test(before.slice(-100)))
  )
    f.othersKilled = 1;
  else if (kills && f.tolls.length === 0 && A_BYSTANDER_ALSO.test(before.slice(-100))) f.alsoDead = 1;
  // "The strike on a building in X also killed two children and a woman": more dead, beside those the attack named.
  if (
    word === "killed" &&
    s.also &&
    f.othersKilled === undefined &&
    f.killed.size === 0 &&
    withHisOwn === null &&
    (f.tolls.length === 1 || (f.tolls.length === 0 && ONE_VICTIM.test(scope))) &&
    THE_ATTACK_ALSO.test(t.slice(0, start))
  ) {
    // "The strike also killed a Syrian passerby": one more.
    f.othersKilled = f.tolls[0] ?? 1;
    f.tolls.length = 0;
  }
  // "The army confirmed the deaths of two soldiers in the ambush": a toll told as deaths.
  const deathsOf = before.includes("death") ? DEATHS_OF.exec(before.slice(-80)) : null;
  if (deathsOf) addCount(f.tolls, deathsOf[1]!);
  // "Three people died in the strike", "11 soldiers and 23 militants died in the attack": the count of those who died
  // in the attack this trigger tells.
  const diedParts = /died|dead/.test(before) ? TOLL_PARTS_DIED_IN.exec(before.slice(-120)) : null;
  const diedSum = diedParts ? partsSum(diedParts[1]!) : null;
  const died = diedSum === null && /died|dead/.test(before) ? TOLL_DIED_IN.exec(before.slice(-70)) : null;
  if (diedSum !== null) addCount(f.tolls, String(diedSum));
  if (died) addCount(f.tolls, died[1]!);
  // "…but said nine people died.": the count the sentence ends on; not "…, while eight resistance fighters died", the
  // other side's dead.
  const diedAlone = word === "died" ? DIED_ALONE.exec(before.slice(-60)) : null;
  if (diedAlone && !/\b(?:while|whereas)\s+$/i.test(diedAlone.input.slice(0, diedAlone.index)))
    addCount(f.tolls, diedAlone[1]!);
  const them = /^shot them dead$/i.test(word) ? KILLED_THEM.exec(before.slice(-160)) : null;
  if (them) addCount(f.tolls, them[1]!);
  // "killing a 50-year-old man", "killing the driver": one dead, told without a number.
  if (f.tolls.length === 0 && f.killed.size === 0 && f.othersKilled === undefined && ONE_VICTIM.test(scope))
    f.tolls.push(1);
  // "A peacekeeper serving with X was killed": one dead, told before the kill word.
  // "The attackers first killed 17 villagers on their farms and then attacked the fishermen": the dead of one step.
  if (kills && /\b(?:first|initially)\s+$/.test(before)) f.stepDead = true;
  // "An Israeli soldier was killed during the operation": one of the forces of the state told.
  const oneKilled = f.tolls.length === 0 && kills ? ONE_WAS_KILLED.exec(before.slice(-200)) : null;
  if (oneKilled) {
    f.tolls.push(1);
    f.deadOf = stateWhoseForces(r, oneKilled[0], ONE_OF_THE_FORCES);
  }
  const oneAndOthers = f.tolls.length === 0 ? ONE_AND_OTHERS.exec(scope) : null;
  const othersWithOne = oneAndOthers ? (oneAndOthers[2] ? 1 : numberOf(oneAndOthers[1]!)) : null;
  if (othersWithOne !== null) addCount(f.tolls, String(othersWithOne + 1));
  // "killed dozens of civilians and members of the VDP": many died, told without a number.
  // "killed a senior commander of the Iraqi militia X": one of X's, and X the target.
  const roleVictim = ROLE_VICTIM.exec(scope);
  if (roleVictim) {
    f.targets.add(label(roleVictim[1]!).id);
    f.victim = roleOf(roleVictim[0]);
  } else if (
    /^(?:killed|killing) (?:dozens|scores|hundreds) of\b/i.test(scope) ||
    (kills && MANY_WERE.test(before.slice(-80)))
  )
    f.victim = "many";
  // "killed three members of the PKK, including a senior commander": one of the dead, told by his role, which names
  // him better than the others'.
  const includingOne = INCLUDING_ONE.exec(scope);
  if (includingOne) f.victim = roleOf(includingOne[0]);
  // "killed dozens of Malian soldiers": the state whose forces died, however many.
  const manyForces = MANY_FORCES_OF.exec(scope);
  if (manyForces && FORCES.test(r.spelled(manyForces[1]!))) f.targets.add(label(manyForces[2]!).id);
  const victimBefore = kills ? ROLE_VICTIM_BEFORE.exec(before.slice(-120)) : null;
  if (victimBefore) {
    // "A commander … was shot dead": one, the subject of the sentence.
    f.victim = roleOf(victimBefore[0]);
    f.targets.add(label((victimBefore[1] ?? victimBefore[2])!).id);
    if (f.tolls.length === 0) f.tolls.push(1);
  }
  // "…engaged by the troops, who killed six of them", "one attacker blew himself up and five others were killed by
  // security forces": the attackers' dead, whom those defending killed, are not the attack's toll.
  const aroundKill = t.slice(Math.max(0, start - 120), start) + scope.slice(0, 80);
  if (
    (/ who | by /.test(aroundKill) && KILLED_ATTACKERS.test(aroundKill)) ||
    // "one attacker was captured and five others were killed": the rest of the attackers.
    ONE_CAUGHT_OTHERS_KILLED.test(aroundKill) ||
    (ATTACKERS_KILLED.test(scope) &&
      !(BARE_GUNMEN.test(scope) && !r.attackTold && !/\b(?:gunmen|attack)/i.test(t.slice(0, start)))) ||
    // "…had arrested several members of the cell in a raid, killing two of them": suspects, not victims.
    (/\b(?:arrested|detained|captured)\b/.test(t.slice(Math.max(0, start - 120), start)) &&
      /^[^.;]{0,60}?\bkilling (?:\w+) of them\b/.test(scope)) ||
    // "…repelled a Houthi attack on their positions south of Marib on Sunday, killing 15 Houthi fighters": the repelling
    // may lie before the attack word the killing follows.
    (word === "killing" && REPELLED_KILLING.test(t.slice(Math.max(0, start - 120), start))) ||
    // "The army said it had repelled the attack and killed 53 militants".
    (word === "killed" &&
      /\band\s+(?:had\s+)?$/.test(before) &&
      REPELLED_KILLING.test(t.slice(Math.max(0, start - 80), start))) ||
    // "The army said it had repelled the attack and that 41 militants were killed".
    REPELLED_AND_KILLED.test(aroundKill) ||
    // "The army said it had pursued the attackers and killed three of them".
    PURSUED_AND_KILLED.test(aroundKill) ||
    // "eight militants were killed in the ensuing exchange of fire": the attackers, killed by those they attacked.
    (kills && ATTACKERS_BEFORE_KILLED.test(before.slice(-80)) && IN_THE_ENSUING_FIGHT.test(scope)) ||
    // "Militants stormed a military post, killing seven soldiers. … six militants were killed in the operation": the
    // men the attack was told by.
    (kills &&
      r.attackersWere !== undefined &&
      COUNTED_MEN_WERE.exec(before.slice(-80))?.[1]?.toLowerCase() === r.attackersWere &&
      IN_THE_FIGHT.test(scope))
  ) {
    f.tolls.length = 0;
    f.attackersKilled = true;
  }
  // "more than 350 people had been killed in four days": a count over a stretch of time, not one attack's.
  // "…since May 2023, in which more than 250 people have been killed", "have killed more than 40,000 people in the
  // northeast since 2009": a toll of a war or a wave, told in the perfect with the period it counts from.
  const periodToll =
    kills &&
    /\b(?:have|has|had)(?: been)?\s+$/.test(near) &&
    // Fighting "since Thursday" is the event itself; a war counted since a month or a year is not.
    (sentenceDates.some((d) => startsPeriod(t, d) && d.precision !== "day") || OVER_A_PERIOD.test(t));
  if (
    periodToll ||
    (kills && KILLED_OVER_A_PERIOD.test(scope.slice(trig[0].length, trig[0].length + 40))) ||
    (kills && COUNTED_OVER_A_YEAR.test(before.slice(-60) + scope))
  ) {
    f.tolls.length = 0;
    f.generic = true;
  }
}

/** How many the attack wounded. */
export function addWounded(f: Frame, s: TriggerSpan) {
  const { word, before, scope } = s;
  // The wounded the frame tells of: "killed 16 people and wounded 25 others", "wounding three service members".
  // "At least 21 others were wounded.": the count told before the words that make the frame.
  if (WOUNDED_WORD.test(word))
    for (const m of (before.slice(-60) + word).matchAll(WOUNDED_BEFORE)) addCount(f.wounded, m[1]!);
  // "Four soldiers were wounded in the attack": the wounded of the attack the article told.
  const woundedIn = WOUNDED_IN.exec(before);
  if (woundedIn) for (const m of woundedIn[1]!.matchAll(WOUNDED_BEFORE)) addCount(f.wounded, m[1]!);
  // "Two soldiers were wounded when explosives dropped from a drone hit a base": the wounded of the deed the clause tells.
  const woundedWhen = WOUNDED_WHEN.exec(before);
  if (woundedWhen) for (const m of woundedWhen[1]!.matchAll(WOUNDED_BEFORE)) addCount(f.wounded, m[1]!);
  if (/wound|injur|hurt/i.test(scope)) {
    const parts = WOUNDED_PARTS.exec(scope);
    const sum = parts ? partsSum(parts[1]!) : null;
    if (sum !== null) addCount(f.wounded, String(sum));
    for (const m of scope.matchAll(WOUNDED_AFTER))
      if (sum === null || m.index !== parts!.index) addCount(f.wounded, m[1]!);
    for (const m of scope.matchAll(WOUNDED_BEFORE)) addCount(f.wounded, m[1]!);
    for (const m of scope.matchAll(WOUNDED_BARE)) addCount(f.wounded, m[1]!);
  }
}

/** "Two soldiers were wounded when …": the wounded counted before a clause that tells the deed. */
const WOUNDED_WHEN = new RegExp(`((?:\\S+\\s+){1,5}${WERE_WOUNDED} )when (?:[^.;⟦]|⟦[SOL]\\d+⟧){0,100}$`, "i");

/** "were wounded", "were seriously injured": the words that make a frame of the wounded, and nothing else. */
const WOUNDED_WORD = new RegExp(`^${WERE_WOUNDED}$`);

/** "Four soldiers were wounded in the ": the wounded of the attack told next. */
const WOUNDED_IN = new RegExp(`((?:\\S+\\s+){1,5}${WERE_WOUNDED} in (?:the|that|this) )$`, "i");

const DEFENDERS = "(?:troops|security forces|forces|soldiers|police(?:men)?|army|guards)";

/** Those who attacked, one or many: "one attacker blew himself up and five others…". */
const ATTACKERS = `(?:${[...ARMED_MEN, "attacker", "assailant", "terrorists"].join("|")})`;

/** "eight militants were", "all six attackers were": the attackers, counted, before the kill word. */
const ATTACKERS_BEFORE_KILLED =
  /\b(?:\d+|\w+) (?:of the )?(?:militants|attackers|assailants|gunmen|insurgents|terrorists|jihadists)\s+(?:were|had been|have been)\s+$/i;

/** Words for a fight: "the exchange of fire", "the gunfight". */
const FIGHT = "exchange of fire|gunfight|gun battle|firefight|clash(?:es)?|shootout|fighting";

/** "…killed in the ensuing exchange of fire", "in the subsequent gunfight". */
const IN_THE_ENSUING_FIGHT = new RegExp(
  `^\\S+\\s+(?:in|during) the (?:ensuing|subsequent|following|resulting) (?:${FIGHT})\\b`,
  "i",
);

/** "six militants were ": men counted, killed next. */
const COUNTED_MEN_WERE = /\b(?:\d+|\w+) ([a-z]+)\s+(?:were|had been|have been)\s+$/i;

/** "…killed in the operation", "in the fighting": in the fight the attack told before was. */
const IN_THE_FIGHT = new RegExp(`^\\S+\\s+(?:in|during) the (?:operation|${FIGHT})\\b`, "i");

/** The kill word that opens a frame's scope, before whom it killed. */
const KILLING = String.raw`^(?:killed|killing|kills|${SHOT_DEAD})\s+`;

/**
 * "killing 33 attackers", "killed five of the gunmen": those who attacked, whatever the subject; not "killed when gunmen
 * attacked". "Troops killed five gunmen" speaks of attackers only where an attack was told before (BARE_GUNMEN).
 */
const ATTACKERS_KILLED = new RegExp(
  String.raw`${KILLING}(?:all\s+(?:${COUNT_WORD}\s+)?(?:of\s+)?(?:the\s+)?|(?:at least\s+)?${COUNT_WORD}\s+(?:of\s+the\s+)?)(?:attackers|assailants|gunmen)\b`,
  "i",
);

/** "Israeli troops killed five gunmen in a raid": armed men, who attacked only if the article told their attack. */
const BARE_GUNMEN = new RegExp(String.raw`${KILLING}(?:at least\s+)?${COUNT_WORD}\s+gunmen\b`, "i");

/** "killed in four days", "killed over the past two weeks": a count over a stretch of time, told after the kill word. */
const KILLED_OVER_A_PERIOD =
  /^\s+(?:in|over|during|within) (?:the )?(?:past |last |first )?(?:\w+ )?(?:days|weeks|months|years)\b/i;

/** What those defending did to an attack. */
const REPELLED = "(?:repelled|repulsed|thwarted|foiled|pushed back)";

/** "said it had repelled the incursion, killing 234 militants": the attackers' dead, whom those defending killed. */
const REPELLED_KILLING = new RegExp(`\\b${REPELLED}\\b[^.;]{0,90}$`, "i");

/** "…had repelled the attack and that 41 militants were killed": the attackers' dead, told after the repelling. */
const REPELLED_AND_KILLED = new RegExp(
  `\\b${REPELLED}\\b[^.;]{0,60}?\\b${ATTACKERS}\\s+(?:were|had been|have been) killed\\b`,
  "i",
);

/** "…had pursued the attackers and killed three of them": the attackers' dead, whom those pursuing killed. */
const PURSUED_AND_KILLED = new RegExp(
  `\\b(?:pursued|chased|tracked down|hunted down)\\s+(?:the\\s+)?${ATTACKERS}\\s+and\\s+(?:had\\s+)?killed\\s+\\w+(?:\\s+of\\s+them)?\\b`,
  "i",
);

/** "one attacker was captured and five others were killed": the attackers' dead, counted after one caught. */
const ONE_CAUGHT_OTHERS_KILLED = new RegExp(
  `\\b(?:one|an?) (?:attacker|assailant|gunman|militant|bomber) (?:was|had been) (?:captured|arrested|detained|caught) and (?:\\w+ )?others (?:were|had been) (?:killed|shot dead)`,
  "i",
);

const KILLED_ATTACKERS = new RegExp(
  `\\b${DEFENDERS},? who (?:later )?(?:killed|shot dead) (?:\\w+ (?:of them|${ATTACKERS})|all of them)|\\b${ATTACKERS}\\b[^.;]{0,60}\\b(?:others|of them) (?:were|was) (?:killed|shot dead) by (?:the )?${DEFENDERS}`,
  "i",
);
