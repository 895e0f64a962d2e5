/**
 * Attacks from the text: strikes, drone and rocket attacks, assassinations. Each trigger word opens a
 * frame (perpetrator, targets, killed, place, date, toll) over the marked sentence; frames of one
 * article that describe the same event merge (same person killed, same day, or an anaphoric "the strike"),
 * then events reported by several articles merge across articles. Generic talk of attacks in the plural
 * ("more than 165 rocket and drone attacks") is not an event.
 */
import { addEvidence } from "../provenance/evidence.ts";
import type { Attribution, DatePrecision, EventType } from "../../ontology/model.ts";
import type { AnalysedArticle } from "../pipeline.ts";
import { written, type MarkedSentence } from "../facts/marked.ts";
import type { Fact } from "../facts/types.ts";
import { slug } from "../resolve/names.ts";
import { COUNT, COUNT_WORD, countOf, numberOf } from "../text/numbers.ts";
import type { Entity } from "../resolve/types.ts";
import type { Registry } from "../mentions/registry.ts";
import { ARMED_MEN, DIRECTIONS } from "../mentions/lexicon.ts";
import { anniversaryDate, findDates, hasCalendarDate, toldFromAnother, type ResolvedDate } from "./dates.ts";
import type { Attack, FigureReport, Participant } from "./types.ts";
import { compatibleDates, dayDiff, daysBetween, sameAttack, type AttackSummary } from "./same.ts";

/** Words that tell an attack. Look-behinds come after the word they qualify, so they run only where it occurs. */
const TRIGGER =
  /\b(?:(?:air|drone|missile|rocket|mortar)[ -]?strikes?|airstrikes?|strikes?|(?:drone|rocket|missile|mortar|bomb) attacks?|attacks?|assaults?|raids?(?= (?:in|on|near|at|against|by|took|was|were|killed)\b)|assassinat(?:ion|ed)|killing|killed|kills|beheaded|massacres?(?= of| in| at)|executed(?= (?:about |at least |more than |some |nearly |around )?(?:\d[\d,]*|dozens|hundreds|scores)\b)|eliminated|eliminating|neutrali[sz]ed|slaying|clash(?:es|ed)?|fighting(?= between| (?:erupted|broke out)\b)|shot dead|gunned down|opened fire|suicide (?:bombings?|attacks?)|blew (?:himself|herself|themselves) up|death(?<=['’]s death)|bombing|shelling|struck|bombed|shelled|attacked|overr(?:an|un)(?= (?:an?|the|their|its) )|rammed(?= (?:an?|the|their|its|two) )|raided(?= (?:an?|the|their|its) |\s+⟦)|claim(?:ed|s) responsibility(?! for)|ambush(?:ed)?|stormed(?<=(?:\b(?:gunmen|fighters|militants|attackers|assailants|insurgents|jihadists|rebels|bandits|troops|forces|soldiers|group|militia|faction|members)|⟦[SO]\d+⟧) stormed)|pounded(?<=(?:\b(?:jets|warplanes|aircraft|drones|artillery|forces|troops)|⟦[SO]\d+⟧) pounded)|mourned(?= (?:the|its|a) (?:[\w-]+ ){0,2}?(?:commander|fighter|member|leader|official),? ⟦P\d+⟧)|(?:attackers|assailants|gunmen)(?=,? (?:who (?:are|were) )?(?:believed|thought|suspected) to (?:be|belong|have been))|targeted(?<=\b(?:it|they|had|has|have|was|were|been|drones?|rockets?|missiles?|jets|warplanes|aircraft) targeted)|targets?(?<=\b(?:drones?|rockets?|missiles?|jets|warplanes|aircraft) targets?)|(?:drones?|rockets?|missiles?)(?<=\b(?:behind|for) the (?:drones?|rockets?|missiles?))|hit(?<=\b(?:jets|warplanes|aircraft|drones?|missiles?|rockets?|submarines?|strikes?) hit)|(?:landed|fell|exploded)(?<=\b(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?|bombs?)(?: (?:fired|launched) by [^.;]{1,40}?)? (?:landed|fell|exploded))|exploded(?<=\b(?:pagers?|devices?|walkie-talkies|radios|cars?|vehicles?|motorcycles?|explosives)\b[^.;⟦]{0,40}(?:⟦[SO]\d+⟧[^.;⟦]{0,20})?exploded)|went off(?<=\b(?:bombs?|devices?|explosives?|mines?|IEDs?)\b[^.;⟦]{0,40}went off)|responsible(?<=\bheld (?:the )?⟦[SO]\d+⟧ (?:fully |directly |entirely )?responsible)|blasts?|explosions?|(?:fired|firing|launched|launching) (?:["“]?[\w-]+ ){0,5}?["“]?(?:rockets?|missiles?|drones?)|fired(?<=\b(?:rockets?|missiles?|mortars?|shells?|drones?) (?:were|was|had been) fired)|martyred|(?<=\b(?:others|people|civilians|soldiers|persons|more) )(?:were|was) (?:also )?(?:wounded|injured)(?=\s*(?:[,.;]|$))|s[au]nk(?= (?:the|a|an|two|three) )|put (?:the (?:death )?toll|it) at(?= (?:at least |about |around )?\d)|dead(?<=\b[Aa]mong the dead)(?= (?:was|were) ⟦P)|(?:identified|named) (?:the (?:two|three|four|five|six|seven|dead|victims|slain|men|fighters|members|commander|leader|officer|official)(?: (?:man|men|woman|women|fighters?|soldiers?))?|them|him|her) as|(?:were|was) (?:identified|named) as|identified as(?<=\b(?:commander|official|leader|man|victim|fighter), identified as))\b/gi;
/** Verbs by which a group reports its own attack ("said it had launched", "Turkey's defence ministry said its forces had"). */
const SAY = "(?:said|says|say|announced|stated|claimed|claims)";
const SELF_CLAIM = new RegExp(
  `⟦[SO](\\d+)⟧(?: group| militia| movement)?(?:[’']s (?:[\\w-]+ )?(?:ministry|military|army|command|spokes(?:man|woman|person)))?(?:, (?:[^,⟦]|⟦[SOL]\\d+⟧){1,90},)?(?: [^⟦.;]{1,60}?,? and)? ${SAY}\\s+(?:[\\w-]+\\s+){0,7}?(?:that\\s+)?(?:it|they|its (?:fighters|members|forces|militants|men|troops|soldiers|jets|warplanes|drones)(?!\\s+(?:were|was|had been|have been|has been)\\b))\\s+(?:had\\s+|has\\s+|have\\s+)?\\S+(?:\\s+["“]?[\\w-]+){0,5}$`,
);
/** An actor right before the trigger, as its modifier: "US drone strike", "Israel's strike". */
const ACTOR_MODIFIER =
  /⟦[SO](\d+)⟧(?<!\bin (?:(?:northern|southern|eastern|western|central|north|south|east|west) )?⟦[SO]\d+⟧)(?:[’']s)?\s+(?:(?!(?:and|the|of|in|on|at|to|for|with|by|from|over|after|before|a|an|was|were|is|are|been|being|has|have|had|who|which|that|came|come|comes|coming|under)\s)[\w-]+\s+){0,2}$/i;
/** "Jihadists linked to Al-Qaeda attacked…": unnamed attackers, told by whom they are linked to. */
const LINKED_BEFORE =
  /\b(?:linked|affiliated|allied|aligned|tied|close) (?:to|with) (?:the )?$|\binspired by (?:the )?$/;
/** What a claim of an attack claims: "responsibility", "the attack"; not "claimed the strike targeted…", a claim about it. */
const CLAIM_OF_ATTACK = String.raw`(?:also )?claim(?:ed|s) (?:responsibility|to have|(?:the|an?) (?!lives?\b)(?!(?:[\w-]+ ){1,2}(?:was|were|is|are|had|has|targeted|hit|killed|struck)\b))`;
/**
 * "X claimed…", "X, which…, claimed…", "X, which claimed…", "A little-known group, X, claimed…", "…, known as X,
 * claimed…": the group that claims.
 */
const CLAIMED = new RegExp(
  String.raw`⟦[SO](\d+)⟧(?:\s*\(⟦[SO]\d+⟧\))?(?:, (?!⟦[SO]\d+⟧,)(?:(?:which|who) )?(?:[^,⟦]|⟦[SOL]\d+⟧){1,100},|(?<=(?:^|[,;] )(?:[Aa]n?|[Tt]he) (?:[^,⟦]|⟦[SO]\d+⟧){1,60}, (?:[Tt]he )?⟦[SO]\d+⟧),|(?<=known as ⟦[SO]\d+⟧),|(?<=[’']s (?:[\w-]+ ){0,2}(?:wing|arm|branch|faction), (?:[Tt]he )?⟦[SO]\d+⟧),|, (?:which|who)| (?:led|headed) by (?:[A-Z][\w.]* )?⟦P\d+⟧)? (?:has |have )?${CLAIM_OF_ATTACK}`,
  "g",
);
/** "…that killed 23 people, an attack claimed by X": a claim told of the attack, after it. */
const CLAIMED_BY =
  /\b(?:attacks?|bombings?|blasts?|strikes?|assault|ambush|raid|massacre),? (?:that was |which was |later )?claimed by (?:the )?⟦[SO](\d+)⟧/gi;
/** "In December, the group claimed an attack…", "the group said it targeted…", "it claimed a drone attack": the group the article spoke of last. */
const GROUP_CLAIMED = new RegExp(
  String.raw`\b(?:(?:the|The) (?:⟦[SO]\d+⟧-\w+ |(?:jihadist|militant|armed|Islamist|extremist|rebel|separatist|insurgent) )?(?:group|militia|movement|faction|organi[sz]ation)|it) (?:(?:has |have )?${CLAIM_OF_ATTACK}|(?:said|says|announced) (?:that )?it (?:had )?(?:targeted|attacked|struck|launched|fired|carried out))`,
  "g",
);
const TRIGGER_TEST = new RegExp(TRIGGER.source, "i");
/** "…of X in Tehran and Hezbollah commander Y in Beirut": two of the dead, each with the place of their death. */
const KILLED_HERE_AND_THERE =
  /^[^.;]{0,60}?⟦P(\d+)⟧ in ⟦L(\d+)⟧,? and ((?:[^⟦.;,]|⟦[OS]\d+⟧){0,60}?)⟦P(\d+)⟧ in ⟦L(\d+)⟧/;
const HURT_IN =
  /⟦S(\d+)⟧(?:\s+(?:troops|soldiers|personnel|service members|servicemen|forces|citizens|nationals|sailors|contractors))?\s+(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/;
const DENIED_BEFORE =
  /\b(?:did not|didn['’]t|had not|hadn['’]t|has not|hasn['’]t|have not|haven['’]t|never|denied|denies|deny)\s+(?:[\w-]+\s+){0,3}$/i;
const CLAIM_OF_TOLD =
  /\bclaimed responsibility for (?:the|this|that) (?:[\w-]+ )?(?:attack|bombing|strike|assault|killing|raid|ambush|massacre)\b/i;
/**
 * Blame told in a sentence of its own, of the attack told before ("Washington has blamed X", "the ministry said the
 * attacker belonged to X").
 */
const BLAME_ONLY =
  /\bblamed(?= (?:the )?⟦[SO]\d+⟧(?![-–]))|(?<=\b(?:attacker|bomber|assailant|gunman|attackers|bombers|assailants|gunmen) )(?:belonged|belongs|belong) to(?= (?:the )?⟦O\d+⟧)/;
/** What GROUP_CLAIMED needs, beside "claimed", before it is worth running. */
const SAYS_IT = /\b(?:said|says|announced) (?:that )?it\b/;
const BLAMED =
  /\bblaming (?:(?:jihadists|militants|fighters|members|gunmen|insurgents|rebels) (?:from|of) )?(?:the )?⟦[SO](\d+)⟧(?![-–])|\baccus(?:ed|ing) (?:the )?(?:[\w-]+ ){0,2}?⟦[SO](\d+)⟧ of (?:carrying out|launching|staging|conducting|orchestrating|being behind)\b|⟦O(\d+)⟧, (?:(?:the|an?) [^,⟦]{0,40}?(?:⟦S\d+⟧ [^,⟦]{0,30}?)?)?(?:which|that) (?:the )?(?:⟦[SO]\d+⟧|[\w-]+) (?:has |had )?blamed for\b|\bblamed (?:on )?(?:the )?⟦[O](\d+)⟧|\bblam(?:ed|ing|es) (?:(?:the|this|that|an?) (?:[\w-]+ ){0,2}?)?on (?:the )?⟦[SO](\d+)⟧|footprints["”]? of ⟦O(\d+)⟧|\bblamed (?:the )?⟦S(\d+)⟧(?: and (?:the )?⟦S(\d+)⟧)? for\b|\bheld (?:the )?⟦[SO](\d+)⟧ (?:fully |directly |entirely )?responsible\b|\battributed to (?:the )?⟦O(\d+)⟧|\b(?:attacker|bomber|assailant|gunman)s? (?:belonged|belongs|belong) to (?:the )?⟦O(\d+)⟧/g;
/** "X, a commander, was killed", "X was among those killed", "X died in", "X's assassination", "Among the dead was X". */
const DEATH =
  /⟦P(\d+)⟧(?:, (?:[^,⟦]|⟦[SOL]\d+⟧){0,120}?(?=,| who ))?(?:,? and (?:his |her |several |other |\w+ other )?(?:[\w-]+ )?(?:ministers|officials|others|aides|bodyguards|companions|commanders|members|relatives|guards))?,? (?:who )?(?:(?:had been|has been|was|were) (?:also |reportedly |later )?(?:among (?:those|the dead) )?(?:killed|martyred|assassinated|eliminated|shot dead|gunned down)|died (?:in|when))|⟦P(\d+)⟧[’']s (?:death|killing|assassination)|\b[Aa]mong the dead (?:was|were) ⟦P(\d+)⟧/g;
/** The person named first in "X, a commander, and his deputy, Y, were killed", up to Y. */
const CO_DEAD =
  /⟦P(\d+)⟧(?:, (?:[^,⟦]|⟦[SOL]\d+⟧){1,80}?)?,? and (?:(?:his|her|their) [\w-]+, )?(?:[A-Z][\w.-]* ){0,4}$/;
/** Who a toll counts. */
const VICTIMS =
  "people|persons|civilians|soldiers|fighters|members|militants|troops|others|children|women|men|policemen|officers|sailors|crew members|journalists|workers|rangers|guards|gendarmes|peacekeepers|villagers|worshippers|passengers|students|teachers|inmates|prisoners";
/** "killing three women, two men and four children": a toll told as its parts, which add up. */
const PARTS =
  "(?:women|men|children|boys|girls|soldiers|civilians|fighters|members|policemen|officers|guards|woman|man|child|boy|girl|sons|daughters|son|daughter|soldier|civilian|fighter|member|policeman|officer|guard)";
/** "killing three women, two men and four children", "killed a woman and her two children". */
const TOLL_PARTS = new RegExp(
  `^(?:killed|killing|kills)\\s+(?:at least\\s+)?((?:(?:his|her|their) )?\\w+ ${PARTS}(?:(?:,| and|, and) (?:(?:his|her|their) )?\\w+ ${PARTS})+)\\b`,
  "i",
);
/** Tolls told without a kill verb: "left five people dead", "claimed the lives of three", "the death toll rose to 12". */
const TOLL_OTHERWISE =
  /\bleft (?:at least )?(\w+) (?:(?:people|civilians|soldiers|fighters|members) )?dead\b|\bclaimed the lives of (?:at least )?(\w+)|\btoll\b[^.;]{0,80}?\b(?:rose|climbed|increased|jumped|reached|stood|stands) (?:to |at )?(?:at least )?(\w+)/gi;
const TOLL_AFTER = new RegExp(
  `\\b(?:killed|killing|kills|beheaded|executed|shot dead|gunned down|neutrali[sz]ed|massacre of|toll (?:of|at)|putting it at|put (?:the (?:death )?toll|it) at|reported)\\s+["“]?(?:at least\\s+|some\\s+|more than\\s+|nearly\\s+|almost\\s+|about\\s+|around\\s+)?(\\d[\\d,]*\\d|\\w+(?:-(?:one|two|three|four|five|six|seven|eight|nine)\\b)?)(?:\\s+(?:${VICTIMS}))?`,
  "gi",
);
/** "90 Palestinians", "three Iraqis", "12 Sudanese": people named by their nation, which no state stands for here. */
const PEOPLE_OF_A_NATION = "[A-Z][a-z]+(?:ians|ans|is|ese)";
/** Whose the victims were: "two members of the Popular Mobilization Forces (PMF)". */
const VICTIMS_OF =
  "(?:\\s+of (?:the\\s+)?(?:⟦S\\d+⟧[’']s\\s+)?⟦[SO](\\d+)⟧(?:\\s*\\(⟦[SO]\\d+⟧\\)|[’']s?\\s+⟦O\\d+⟧)?|\\s+of the (?:group|movement|militia|organi[sz]ation)|\\s+of the (?:[A-Z][\\w-]* ){1,3}forces)?";
/** Who a toll counts, one of them or many: "two soldiers", "one civilian". */
const ONE_OR_MANY = `${VICTIMS}|soldier|civilian|fighter|member|person|officer|policeman|child|woman|man|guard|worker|journalist`;
/** "killed commander X and five other people", "killing X and another member": the named dead and the others. */
const NAMED_AND_OTHERS = new RegExp(
  `^\\S+ (?:[^.;⟦]|⟦[OS]\\d+⟧){0,40}?⟦P\\d+⟧,? (?:and|along with|together with) (?:(\\w+) other (?:${VICTIMS})|(?:another|one other) (?:[\\w-]+ )?(?:member|fighter|person|man|commander|official|militant|companion|bodyguard|aide|guard))\\b`,
  "i",
);
/** "Five other people were also killed", "Six other people, including two commanders of X, were killed". */
const OTHERS_ALSO_KILLED = new RegExp(
  `\\b(?<![\\d,.])${COUNT} other (?:${VICTIMS})(?:,[^,;⟦]{1,40}(?:⟦[SO]\\d+⟧[^,;⟦]{0,40})*(?:, (?:the )?⟦[SO]\\d+⟧)?,)?\\s+(?:were|had been|have been)\\s+(?:also\\s+)?$`,
  "i",
);
const DEATHS_OF = new RegExp(
  `\\bdeaths? of (?:at least |more than )?${COUNT} (?:[\\w-]+ )?(?:${ONE_OR_MANY})\\b[^.;⟦]{0,40}$`,
  "i",
);
/** "Five police officers", "two paramilitary rangers": words that say what the dead were, not how many. */
const TOLL_MODIFIERS = String.raw`(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|other|more|additional)\b)[a-z-]+\s+){0,2}?`;
const TOLL_BEFORE_KILLED = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?${COUNT}(?:,[^,⟦]{1,40},)?\\s+(?:of (?:its|their)\\s+)?(?:(?:⟦S\\d+⟧(?:-\\w+)?\\s+)?${TOLL_MODIFIERS}(?:${ONE_OR_MANY}|(?:service ?)?(?:members|servicemen|personnel))${VICTIMS_OF}|⟦S\\d+⟧|${PEOPLE_OF_A_NATION})(?:,(?:[^,⟦]|⟦[SO]\\d+⟧){1,60},)?\\s+(?:were|was|had been|have been|has been)\\s+$`,
  "i",
);
/** "Twenty-one hostages and four paramilitary soldiers were killed": a toll told in two parts before the kill word. */
const TOLL_PARTS_BEFORE = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?${COUNT}\\s+${TOLL_MODIFIERS}(?:${ONE_OR_MANY}|[a-z]+s)\\s+and\\s+(?:at least\\s+)?${COUNT}\\s+${TOLL_MODIFIERS}(?:${ONE_OR_MANY}|hostages)\\s+(?:were|had been|have been)\\s+$`,
  "i",
);
const TOLL_DIED_IN = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?${COUNT}\\s+(?:${VICTIMS})\\s+(?:were\\s+)?(?:died|dead)\\s+in\\s+(?:the|a|an|this|that)\\s+(?:[\\w-]+\\s+)?$`,
  "i",
);

/**
 * Words before a place that make it the setting of a war or a cause ("until Israel ends its war in Gaza"),
 * where fire came from ("from the direction of the Golan Heights"), a place to find it by ("south of
 * Baghdad"), where someone spoke of it ("told reporters in Washington") or where a group is one's branch ("al-Qaeda's
 * affiliate in the Sahel"), not where an attack happened.
 */
const SETTING_BEFORE =
  /(?:\b(?:war|wars|conflict|crisis|fighting|solidarity|support|genocide|ceasefire|truce|occupation|siege|protect|protecting|offensive|incursion)\b(?:[^,.;⟦]|⟦[SOP]\d+⟧){0,30}?\s(?:in|with|on|for|of|over)|\bthat began\b[^,.;⟦]{0,20}\sin|\bgovernment in|\b(?:retreated|fled|withdrew|escaped)\b[^,.;⟦]{0,20}\s(?:toward|towards|into)|\bfrom(?:\s+the\s+direction\s+of)?|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\b(?:told reporters|told a news conference|said|speaking|briefing)\s+in|\b(?:affiliate|branch|franchise|offshoot|chapter)\s+in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?$/i;
const FIGHTING_MEANWHILE = /,? (?:as|while|amid) (?:heavy )?(?:fighting|clashes|battles)\b/;
const WHEN_OFFENSIVE =
  /^[^.;]{0,100}?,? when (?:(?:fighters|militants|members|gunmen) (?:of|from) )?(?:the )?⟦O(\d+)⟧ (?:launched|began|mounted|started) an? (?:[\w-]+ )?(?:offensive|assault|attack)(?: (?:against|on) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:of (?:the )?(?:former )?)?⟦O(\d+)⟧)?/;
const RANKED_BEFORE = /\b(?:first|second|third|latest|deadliest|worst|biggest|largest)\b[^.;]{0,60}$/i;
/** "killed in the fighting in and around Goma": where the dead fell, not the setting of a war. */
const DIED_IN_THE_FIGHTING =
  /\b(?:killed|died|dead|wounded)\s+(?:in|during)\s+(?:the\s+)?(?:fighting|clashes)\s+(?:in|around|near)(?:\s+and\s+around)?\s+$/i;
const DIRECTION_OF = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;
/** …and words after it: a place that modifies a noun ("the Gaza war", "the Gaza border" though not "the Al-Qaim border crossing", "the Kurdistan Region's counterterrorism service"). */
const SETTING_AFTER =
  /^(?:\s+(?:war|conflict|ceasefire|truce|crisis|talks|deal|envoy|border(?!\s+(?:crossing|post|area|region|town|village|point)))\b|['’]s\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|service|directorate|authorities|police|officials?|spokes(?:man|woman|person)|governor|council)\b)/i;

/** A figure of dead or wounded, once per frame: "three", "16". */
function addCount(figures: number[], word: string) {
  const n = numberOf(word);
  if (n !== null && n < 10_000 && !figures.includes(n)) figures.push(n);
}

/** "wounding three American service members", "wounded 25 others", "three others wounded", "18 were injured". */
const WOUNDED_AFTER = new RegExp(
  `\\b(?:wounded|wounding|injured|injuring|hurt|hurting)\\s+(?:at least\\s+|some\\s+)?${COUNT}(?=\\s+(?:(?:[\\w-]+|⟦S\\d+⟧)\\s+){0,2}?(?:${VICTIMS}|service ?members|servicemen|personnel|troops|soldiers?|people|person|civilians?)\\b)`,
  "gi",
);
/** "killing 25 people and wounding 63": a bare count of wounded, ending the clause. */
const WOUNDED_BARE = /\b(?:wounding|injuring)\s+(?:at least\s+|some\s+)?(\d[\d,]*)(?=\s*(?:[,.;]|$))/g;
const WOUNDED_BEFORE = new RegExp(
  `\\b(?<![\\d,.])(?:at least\\s+)?${COUNT}(?:\\s+(?:other\\s+)?(?:${VICTIMS}|more|people))?\\s+(?:were\\s+|was\\s+|had been\\s+|have been\\s+)?(?:wounded|injured|hurt)\\b`,
  "gi",
);

/** Verbs of attack ("fired drones at", "struck"), as opposed to nouns that may be mere talk of attacks. */
const ATTACK_VERBS =
  "struck|bombed|shelled|pounded|attacked|ambushed|stormed|raided|overran|overrun|rammed|targeted|fired|firing|launched|launching|hit|opened fire|sank|sunk";
/**
 * The present of headlines and timelines, where the doer is a force or a weapon ("U.S. F-16 fighter jets strike
 * two facilities", "Israeli drones hit"): as a noun ("US strikes") the word names no doer by itself.
 */
const PRESENT_SUBJECT_VERB =
  /⟦[SO](\d+)⟧(?<!\b(?:in|from) ⟦[SO]\d+⟧)(?:[’']s)? (?:[\w-]+ ){0,3}?(?:jets|warplanes|aircraft|forces|troops|drones|fighters|militants) (?:strike|target|hit|attack|bomb|pound|shell)$/;
const ATTACK_VERB = new RegExp(`^(?:${ATTACK_VERBS})\\b`, "i");
/** Triggers that are verbs: they have no grammatical number and point back to nothing. */
const VERB_TRIGGER = new RegExp(
  `^(?:killed|kills|eliminated|neutrali[sz]ed|assassinated|martyred|shot dead|gunned down|blew|identified|named|(?:were|was) (?:identified|named|also wounded|also injured|wounded|injured)|put|${ATTACK_VERBS})\\b`,
  "i",
);
/** "a fuel port controlled by the Houthi rebels killed…": whose the place is, not the subject of the verb after it. */
const HELD_BY = String.raw`(?<!\b(?:controlled|held|run|backed|supported|operated|seized|captured|occupied|used) by (?:the )?⟦[SO]\d+⟧)`;
/**
 * "US fighter jets struck", "Pakistan's air force carried out", "Kataib Sayyid al-Shuhada, one of the militias, said it
 * had launched"; not "The Sudanese military said the paramilitary group fired", where the speaker names another.
 */
const SUBJECT_VERB = new RegExp(
  `⟦[SO](\\d+)⟧(?<!\\b(?:in|from) ⟦[SO]\\d+⟧)${HELD_BY}(?:\\s*\\(⟦[SO]\\d+⟧\\))?(?:[’']s(?= (?:[\\w-]+ )?(?:air force|army|military|navy|forces|troops|jets|warplanes|drones|fighters|militants)\\b))?(?:, (?:[^,⟦]|⟦[SOLP]\\d+⟧){1,90},)?(?:\\s+(?!${SAY}\\s+(?:that\\s+)?(?:the|an?)\\s)(?:[\\w-]+|in ⟦[SL]\\d+⟧|and ⟦[SO]\\d+⟧)){0,5}?\\s+(?:has |have |had )?(?:carried out|conducted|hit|${ATTACK_VERBS})\\b`,
);
/** "On Saturday, its fighters killed…": fighters told as a group's, by a pronoun that opens the clause. */
const ITS_FIGHTERS =
  /(?:^|[,;]\s)(?:[\w-]+\s+){0,3}?(?:its|their)\s+(?:fighters|militants|members|gunmen|men)\s+(?:have\s+|had\s+|has\s+)?(?:[a-z]+\b[^,;⟦]{0,60}?\s+and\s+)?(?:killed|attacked|ambushed|stormed|struck|fired|launched|opened fire)$/i;
/** The object of an attack told as the city, town or village the article is about, or the airport, port or base it named. */
const THE_SITE = /^["”]?\s+(?:[^.;⟦]{0,40}?\s)?the (city|town|village|airport|port|base)(?:['’]s)?\b/;
/** Which named place "the airport", "the port" or "the base" is. */
const SITE_NAMED: Record<string, RegExp> = { airport: /\bairport\b/i, port: /\bport\b/i, base: /\bbase\b/i };
/** "The banned X claimed…": a group that opens its sentence after words that describe it, whose "its fighters" act next. */
const DESCRIBED_OPENER =
  /^The\s+(?:(?!(?:on|of|by|from|in|at|against|with|for|to|and|attack|strike)\b)[a-z-]+\s+){1,2}$/;
/** "…against Boko Haram after the jihadist group killed 40 soldiers": the group told just before, as the subject. */
const THE_GROUP_DID =
  /(?:^|\s)the\s+(?:[a-z-]+\s+)?(?:group|militia|movement|organi[sz]ation)\s+(?:has\s+|had\s+|have\s+)?(?:killed|attacked|ambushed|stormed|struck|shelled|bombed|fired|launched|hit|opened fire|targeted|sank|sunk)\b/;
/** The dead a sentence names after "identified the … killed in … as". */
const IDENTIFIED_DEAD =
  /\bidentified (?:the|them|those)\b[^.;]{0,120}?\b(?:killed|dead|slain)\b[^.;]{0,120}? as ((?:(?:[A-Z][\w.]*\s+)?⟦P\d+⟧(?:,\s*(?:and\s+)?|\s+and\s+)?)+)/;

/**
 * The two sides of a clash: "clashes between members of X, …, and fighters of the Iran-backed Y", "between M23
 * rebels and Congolese troops".
 */
const CLASH_SIDES =
  /^\w+\s+(?:(?:erupted|broke out|began|started)\s+(?:[\w-]+\s+){0,3}?)?between\s+(?:[\w-]+\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+|⟦S\d+⟧-[\w-]+\s+){0,2}?⟦[SO](\d+)⟧(?![-–])(?:\s+(?:rebels|fighters|militants|militiamen|gunmen|insurgents|troops|forces|soldiers))?(?:,[^,]{1,80},)?\s+and\s+(?:[\w-]+\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+|⟦S\d+⟧-[\w-]+\s+){0,2}?⟦[SO](\d+)⟧(?![-–])/;

const SUSPECTED_TO_BE =
  /^(?:attackers|assailants|gunmen),? (?:who (?:are|were) )?(?:believed|thought|suspected) to (?:be|belong to|have been)(?: members of| fighters of| militants of| part of| from)? (?:the )?⟦O(\d+)⟧/;
/** "in southern Syria": where, not who. */
const DIRECTION_WORDS = `(?:${DIRECTIONS.join("|")})`;
/** "another strike", "a second wave of explosions": an attack besides the one told before. */
const ANOTHER = "a second|a third|another|a fresh|a further";
const ANOTHER_BEFORE = new RegExp(`\\b(?:${ANOTHER})\\s+(?:[\\w-]+\\s+){0,3}$`, "i");
/** "A second wave of explosions … killing at least 20": every attack the sentence tells is another one. */
const KIN_OF =
  /^[’']s (?:\w+ )?(?:son|sons|daughter|daughters|brother|brothers|sister|wife|father|mother|nephew|cousin|grandson|bodyguard|driver|aide|secretary)\b/;
const WITH_DEAD = new RegExp(`\\bwith (\\w+) (?:of (?:its|their) )?(?:[a-z-]+ )?(?:${VICTIMS}) $`, "i");
const ANSWERED =
  /\b(?:in retaliation for|in response to|(?:in )?revenge for|to avenge)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "Days after the fall of the base, a helicopter came under fire": a sentence that opens later than the story told. */
const LATER_OPENS =
  /^\W*(?:(?:days|hours|weeks|months|a day|a week|(?:two|three|four|five) days)\s+(?:after|later)|later that (?:day|week))\b/i;
const ANOTHER_OPENS = new RegExp(`^\\W*(?:${ANOTHER})\\b`, "i");
/** Who fights for a group: "gunmen from X have killed" names X as the killer, "people from X" do not. */
const FIGHTERS = [...ARMED_MEN, "members"].join("|");
/** One person killed, told by what they were: "a 50-year-old man", "a polio worker". */
const ONE_PERSON =
  "(?:man|woman|child|boy|girl|soldier|civilian|fighter|officer|policeman|person|teenager|journalist|worker|guard|cleric|imam|priest|judge|teacher|activist|lawyer|doctor|ranger)";
/** A role in a group a victim is told by: "a senior commander of X". */
const GROUP_ROLE = "(?:\\w+-)?(?:commander|leader|official|member|operative|militant)";
const ONE_VICTIM = new RegExp(
  `^(?:killed|killing|shot dead|gunned down) (?:an?|one) (?:[\\w-]+ ){0,3}?${ONE_PERSON}\\b(?! and (?:\\d|an?\\b|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens))`,
  "i",
);
/** "killed an officer and 10 soldiers", "shot dead a polio worker and a policeman": one, and those told after him. */
const ONE_AND_OTHERS = new RegExp(
  `^(?:killed|killing|shot dead|gunned down) (?:an?|one) (?:[\\w-]+ ){0,2}?(?:commander|${ONE_PERSON}) and (?:(\\w+) (?:other )?(?:[\\w-]+ )?(?:soldiers|troops|policemen|officers|civilians|people|others|members|fighters|children)|(an?) (?:[\\w-]+ ){0,2}?${ONE_PERSON})\\b`,
  "i",
);
/**
 * "killed a senior commander of X", "killing a sub-leader of the X": a victim told by his role in a group. Not a
 * toll: such a victim is often the one named among others ("killed a commander and two of his guards").
 */
const ROLE_VICTIM = new RegExp(
  `^(?:killed|killing) (?:an? |one )(?:[\\w-]+ ){0,2}?${GROUP_ROLE}s? (?:of|in|from) (?:the )?⟦O\\d+⟧`,
  "i",
);
/** "A senior commander of the banned X was shot dead": such a victim, the subject of the kill word, and his group. */
const ROLE_VICTIM_BEFORE = new RegExp(
  `\\b(?:[Aa]n?|[Oo]ne) (?:[\\w-]+ ){0,2}?${GROUP_ROLE} (?:of|in|from) (?:the )?(?:[\\w-]+ )?⟦O(\\d+)⟧(?:\\s*\\(⟦O\\d+⟧\\))? (?:was|has been|had been) $`,
);
/** Words that make an attacker a suspect: "an alleged Israeli strike", "Suspected jihadists from X have killed…". */
const SUSPECT_WORDS = /\b(?:alleged|suspected|apparent|presumed|possible)\b/i;
const SUSPECTED = new RegExp(`${SUSPECT_WORDS.source}[^.;]{0,60}$`, "i");
const FIGHTERS_AND = new RegExp(
  `⟦[SO](\\d+)⟧ (?:fighters|militants|gunmen|rebels|insurgents|jihadists|troops|forces) and [^.;⟦]{1,40}?(?:⟦[SOL]\\d+⟧[^.;⟦]{1,80}?)*(?:carried out|conducted|${ATTACK_VERBS})$`,
);
/** An actor, or its forces, right before a kill word that has its victims as object. */
const KILLER = new RegExp(
  `⟦[SO](\\d+)⟧(?<!\\b(?:in|at|on|near|of|outside|inside) (?:${DIRECTION_WORDS} )?⟦[SO]\\d+⟧)${HELD_BY}(?<!(?<!\\b(?:${FIGHTERS}) )\\bfrom ⟦[SO]\\d+⟧)(?:\\s*\\(⟦[SO]\\d+⟧\\))?(?:[’']s)?(?:\\s+(?:[\\w-]+\\s+)?(?:forces|troops|soldiers|jets|warplanes|drones?|fighters|militants|gunmen|police|intelligence|fire|shelling|artillery|strikes?|airstrikes?)(?:\\s*\\([A-Z]{2,6}\\))?)?(?:\\s+and\\s+(?:allied\\s+|their\\s+)?(?:militiamen|militias|fighters|auxiliaries))?\\s+(?:had\\s+|have\\s+|has\\s+)?(?:killed|executed|shot dead|gunned down|neutrali[sz]ed|eliminated)\\s+(?:at least\\s+|more than\\s+|about\\s+|nearly\\s+|some\\s+)?(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores)\\b|⟦P\\d+⟧|(?:an?|the) (?:[\\w-]+ |⟦[SO]\\d+⟧ ){0,3}?(?:leader|commander|official|member|militant)\\b)`,
);
/** "a drone attack", "an Israeli strike": a new attack in the story. */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;
/** Verbs that tell a killing, not an attack: the words before them name the victim's side, not the attacker. */
const KILL_VERB = /^(?:killed|kills|beheaded|executed|martyred|eliminated|neutrali[sz]ed|shot dead|gunned down)$/i;
/** "The group said it had launched…": the attacker speaking of its own attack claims it. */
const SELF_REPORT = new RegExp(
  `\\b${SAY}\\s+(?:[\\w-]+\\s+){0,6}?(?:that\\s+)?(?:it|they|its (?:fighters|members|forces|militants|men|troops|soldiers|jets|warplanes|drones)(?!\\s+(?:were|was|had been|have been|has been)\\b))\\s+(?:had\\s+|has\\s+|have\\s+)?$`,
  "i",
);
/** How far back the patterns that end at a trigger need to look: a few words, never a whole clause. */
const NEAR = 120;
/** What SELF_CLAIM needs before it is worth running. */
const SAYS = new RegExp(`\\b${SAY}\\b`);
/** "struck 12 times"; "attacks on Israel would continue": attacks counted, or yet to come. */
const GENERIC_AFTER =
  /^\S+\s+(?:at least |more than |some )?(?:\d+|\w+) times\b|^\S+(?:\s+(?:on|against)\s+(?:the\s+)?(?:⟦[SOL]\d+⟧|[\w-]+))?\s+(?:would|will|could|may|might)\s+(?:continue|resume|go on|persist|escalate|intensify)\b/i;
/**
 * "neutralised 14 militants … over the past week", "have fired dozens of missiles at Israel since the start of the
 * Gaza war": a tally of many attacks, not one.
 */
const OVER_A_PERIOD =
  /\b(?:over|in|during|within) the (?:past|last|previous) (?:\w+ )?(?:days|weeks?|months?|years?)\b|\bsince the (?:start|beginning|outbreak) of\b/i;
const GENERIC_BEFORE =
  /\b(?:came under|come under|comes under|coming under|under|at least|more than|dozens of|hundreds of|scores of|multiple|several|numerous|many|surge (?:of|in)|wave of|series of|cycle of|number of|(?!(?:19|20)\d\d\s)\d+|repeated|continued|frequent|periodic|most of the|one of the|deadliest|bloodiest|worst|any|future|further|such|these|those|similar)\s+(?:[\w-]+\s+){0,3}$/i;
const ANAPHORIC_BEFORE = /\b(?:the|this|that|latest|\w+['’]s)\s+(?:(?:[\w-]+|⟦[SL]\d+⟧)\s+){0,2}$/i;

interface Frame {
  article: string;
  sentence: MarkedSentence;
  perpetrators: Map<string, Attribution>;
  targets: Set<string>;
  killed: Set<string>;
  places: Set<string>;
  date: ResolvedDate | null;
  /** The date is the day a statement was made ("Israel said on Saturday it had killed…"), not the attack's own. */
  dateStated: boolean;
  /** "Another commander, X, was also killed": more dead of the attack told before, not another attack. */
  alsoKilled: boolean;
  anaphoric: boolean;
  plural: boolean;
  /**
   * Grammatical number of the trigger when it is a noun: "the strikes" points back to strikes, not to
   * "a drone attack". Null for verbs ("struck", "killed"), which agree with either.
   */
  number: "singular" | "plural" | null;
  /** "The US has carried out air strikes…": an actor reporting a wave of strikes, not talk of attacks in general. */
  wave: boolean;
  /** "X was behind the drone": names who did an attack already told. */
  attributedBack: boolean;
  /** Introduced with "a"/"an": a new attack in the story ("in retaliation for a rocket attack"), not the one told. */
  indefinite: boolean;
  /** Told with a verb of attack ("fired drones at", "struck"), not a noun that may be mere talk of attacks. */
  attackVerb: boolean;
  weapon: string | null;
  eventType: EventType;
  tolls: number[];
  /**
   * "Five other people were also killed in the strike": the dead besides those named, whose toll is known once
   * the frame joins the attack that names them.
   */
  othersKilled?: number;
  /** "killed a commander of X": someone died, told by what he was rather than by name or number. */
  victim?: boolean;
  /** "…before security forces killed all three attackers": how the attack told before ended, not another one. */
  attackersKilled?: boolean;
  /** Figures of wounded the frame reports. */
  wounded: number[];
  triggerStart: number;
  triggerEnd: number;
  /** Told as one of many ("more than 150 attacks", "came under attack"): talk of attacks, not an event. */
  generic: boolean;
  /** "He was killed…": the dead are the person last named killed. */
  killedPronoun: boolean;
  /** Names the dead of an attack ("identified the two as…") without telling one. */
  identifies: boolean;
  /** "the massacre of 26 tourists in Pahalgam": a killing of many, told by what it was. */
  massacre: boolean;
  /** A frame of the same sentence told as another attack, before or after this one: never the same event. */
  apartFrom?: Frame;
  /** The perpetrators and the states whose forces they are (see SideOf): "the Israeli military" and "Israel" agree. */
  sides: Set<string>;
  /** Told as a point in time ("…killed since a US drone strike killed Soleimani"): an event, but no antecedent of "the strike". */
  reference: boolean;
  /** "A second wave of explosions", "another strike": told as an attack besides the one before. */
  another: boolean;
  /** Told as what another attack answered ("in retaliation for the drone attack that…"). */
  answered: boolean;
}

/**
 * The sides an actor acts for: itself, and for a state's own forces or government bodies (the registry's
 * country of the IDF, the IRGC, CENTCOM) that state. One attack told as Israel's and as the IDF's is one attack.
 */
type SideOf = (id: string) => string[];

function sidesFrom(registry: Registry, entities: Map<string, Entity>): SideOf {
  // Looked up once per actor: the registry is searched by name, and an actor attacks in many frames.
  const known = new Map<string, string[]>();
  return (id) => {
    let sides = known.get(id);
    if (!sides) {
      const e = entities.get(id);
      const org = e?.label === "Organization" ? registry.org(e.name) : undefined;
      sides =
        org?.country && (org.actorType === "state forces" || org.actorType === "government body")
          ? [id, `state:${slug(org.country)}`]
          : [id];
      // A branch is on its parent's side: "Al-Qaeda militants killed…" and "AQAP claimed the attack" tell one attack.
      if (org?.partOf) sides = [...sides, `organization:${slug(org.partOf)}`];
      known.set(id, sides);
    }
    return sides;
  };
}

/** Every word below that names a weapon or a kind of attack; most text has none, and one test tells so. */
const WEAPON_WORD =
  /\b(?:suicide|blew|drones?|air ?strikes?|airstrikes?|warplanes?|jets?|helicopters?|gunships?|bombers?|missiles?|rockets?|shelling|shelled|artillery|mortars?|tank|ied|roadside|explosives?|landmine|car bomb(?:ing)?|clash|clashes|fighting|gun ?battles?|firefights?|shootouts?|shot|gunned|opened|gunmen|gunfire|shooting|strikes?|air raids?)\b/i;

function weaponOf(s: string): { weapon: string | null; eventType: EventType } {
  if (!WEAPON_WORD.test(s)) return { weapon: null, eventType: "Attack" };
  if (/\bsuicide (?:bomb|attack)|\bblew (?:himself|herself|themselves) up\b/i.test(s))
    return { weapon: "explosive", eventType: "Suicide bomb" };
  if (/\bdrones?\b/i.test(s)) return { weapon: "drone", eventType: "Air/drone strike" };
  if (/\b(?:air ?strikes?|airstrikes?|air raids?|warplanes?|jets?|helicopters?|gunships?|bombers?)\b/i.test(s))
    return { weapon: "airstrike", eventType: "Air/drone strike" };
  if (/\bmissiles?\b/i.test(s)) return { weapon: "missile", eventType: "Shelling/artillery/missile attack" };
  if (/\brockets?\b/i.test(s)) return { weapon: "rocket", eventType: "Shelling/artillery/missile attack" };
  if (/\b(?:shelling|shelled|artillery|mortars?|tank (?:fire|shells?))\b/i.test(s))
    return { weapon: "artillery", eventType: "Shelling/artillery/missile attack" };
  if (/\b(?:ied|roadside bomb(?:ing)?|explosives?|landmine|car bomb(?:ing)?)\b/i.test(s))
    return { weapon: "explosive", eventType: "Remote explosive/landmine/IED" };
  if (/\b(?:clash(?:es)?|fighting(?! (?:to|for)\b)|gun ?battles?|firefights?|shootouts?)\b/i.test(s))
    return { weapon: null, eventType: "Armed clash" };
  if (/\b(?:shot dead|gunned down|opened fire|gunmen|gunfire|shooting)\b/i.test(s))
    return { weapon: "firearm", eventType: "Attack" };
  return { weapon: null, eventType: /\bstrikes?\b/i.test(s) ? "Air/drone strike" : "Attack" };
}

/**
 * The weapon told nearest the trigger, else one the attack was made "with" a little further on ("attacked the
 * base at Conoco gas field in eastern Syria with a drone"); not the weapons a target had ("storage for drones").
 */
function weaponNear(
  trigger: string,
  before: string,
  after: string,
  further: () => string,
  spelled: (s: string) => string,
): { weapon: string | null; eventType: EventType } {
  // "…with drones, and on Wednesday it claimed a rocket attack": the weapon the trigger itself names comes first.
  const own = weaponOf(trigger);
  if (own.weapon) return own;
  // "Israeli warplanes pounded": the weapon of the mention that does it, before any told further off.
  const subject = /⟦[SO]\d+⟧\s*$/.exec(before);
  const doer = subject ? weaponOf(spelled(subject[0])) : null;
  if (doer?.weapon) return doer;
  const marked = weaponOf(before + after);
  if (marked.weapon) return marked;
  // "Russian warplanes struck": a weapon inside a mention, read only when the words around it name none.
  const near = weaponOf(spelled(before) + spelled(after));
  if (near.weapon) return near;
  const made =
    /\bwith (?:an? |\w+ )?(?:[\w-]+ )?(?:drones?|missiles?|rockets?|mortars?|(?:explosive )?devices?|explosives|ieds?|bombs?|landmines?)\b/i.exec(
      further(),
    );
  if (made) return weaponOf(made[0]);
  // "Saturday's Israeli strikes on Hodeidah": a state's or a group's strikes told with no weapon are air strikes.
  return near.eventType === "Attack" && /\bstrikes$/i.test(trigger) && /⟦[SO]\d+⟧\s+$/.test(before)
    ? { weapon: null, eventType: "Air/drone strike" }
    : near;
}

/** The matches of `re` in `text`, where a cheaper test has told it may hold some. */
function matchesIf(needed: boolean, text: string, re: RegExp): Iterable<RegExpMatchArray> {
  return needed ? text.matchAll(re) : [];
}

/**
 * "since 1984", "since the group returned to power in 2021": a date that starts a period (a clause after "since"
 * may end in it) rather than dating what the sentence tells.
 */
function startsPeriod(t: string, d: ResolvedDate): boolean {
  const before = t.slice(Math.max(0, d.index - 60), d.index);
  // "The attack in X began late on Thursday": the day one attack began is its day, not the start of a period.
  if (/\b(?:attack|assault|raid|siege|ambush)\b[^.;,]{0,80}\bbegan\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(before))
    return false;
  return /\b(?:since|until|began|begun|started|start of|beginning of|outbreak)\b[^.]{0,12}$|\bsince\b[^.,;⟦]{0,45}$/i.test(
    before,
  );
}

/*
 * entityAt and spelledIn make a sentence's helpers as functions returned, not closures declared in framesOf:
 * tsx names each declared closure as it is made, a cost paid for every sentence.
 */

/** The entity marker `i` of the sentence stands for. */
function entityAt(ms: MarkedSentence): (i: string) => Entity {
  return (i) => ms.refs[Number(i)]!.entity;
}

/** Text of the sentence with its markers written out as the names they stand for. */
function spelledIn(ms: MarkedSentence): (s: string) => string {
  return (s) => (s.includes("⟦") ? s.replace(/⟦[A-Z](\d+)⟧/g, (_, i: string) => written(ms, ms.refs[Number(i)]!)) : s);
}

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
 * Talk of attacks in general drops out; a wave an actor reports ("The US carried out airstrikes") stays, and so
 * do strikes by someone or somewhere ("Israeli strikes near Aleppo killed 38").
 */
function toldOfItself(g: Frame): boolean {
  return !g.plural || g.wave || (!g.generic && (g.places.size > 0 || g.perpetrators.size > 0));
}

/**
 * The frames of one sentence: one per trigger (the TRIGGER matches of its text), each over the text up to
 * the next trigger. `lastGroup` is the organisation the article named last before it, which "the group
 * claimed…" speaks of; `subjectGroup` the one the sentence before opened with, whose "its fighters" act.
 */
function framesOf(
  ms: MarkedSentence,
  triggers: RegExpMatchArray[],
  article: string,
  sentenceDates: ResolvedDate[],
  sideOf: SideOf,
  lastGroup: string | undefined,
  subjectGroup: string | undefined,
): Frame[] {
  const t = ms.text;
  if (/\bdenied (?:any )?involvement\b/i.test(t)) return [];
  if (triggers.length === 0) return [];
  // "since 1984" starts a period and dates nothing, except what a clause after it tells happened then
  // ("since February, when a drone attack in Baghdad killed…"): only attacks told after such a date take it.
  const whenClause = new Set(
    sentenceDates.filter((d) => startsPeriod(t, d) && /^[,\s]*when\b/.test(t.slice(d.index + d.text.length))),
  );
  // "17 people have been killed in fighting since Sunday": fighting days old is dated by the day it began.
  const deadSince = /\b(?:killed|died|dead)\b/.test(t);
  // "…, their first attack on shipping this year": a rank within a period, not the attack's date.
  const dates = sentenceDates.filter(
    (d) =>
      (!startsPeriod(t, d) || whenClause.has(d) || (deadSince && d.precision === "day")) &&
      !(/^this (?:year|month)$/i.test(d.text) && RANKED_BEFORE.test(t.slice(Math.max(0, d.index - 70), d.index))),
  );
  // "On Tuesday, a little-known group claimed responsibility for the attack": the day of a claim of the attack told.
  const claimOfTold = CLAIM_OF_TOLD.test(t);
  const stated = new Set(
    dates.filter(
      (d) =>
        claimOfTold ||
        /\b(?:said|says|announced|stated|reported|told|confirmed|added|vowed|pledged|threatened|warned|condemned|denied|mourned|claimed responsibility)(?: in a (?:statement|post|video|briefing))?\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(
          t.slice(Math.max(0, d.index - 30), d.index),
        ),
    ),
  );
  const label = entityAt(ms);
  // What the whole sentence says, the same for each of its frames: read once.
  // Claims and blames are rare: the words they need are looked for before the patterns run.
  const claimed = t.includes("claim");
  const claims = (claimed ? [...t.matchAll(CLAIMED)] : []).map((m) => ({
    at: m.index!,
    end: m.index! + m[0].length,
    forward: true,
    ids: [label(m[1]!).id],
  }));
  if (claimed)
    for (const m of t.matchAll(CLAIMED_BY))
      claims.push({ at: m.index!, end: m.index! + m[0].length, forward: false, ids: [label(m[1]!).id] });
  if (lastGroup && (claimed || SAYS_IT.test(t)))
    for (const g of t.matchAll(GROUP_CLAIMED))
      claims.push({ at: g.index!, end: g.index! + g[0].length, forward: true, ids: [lastGroup] });
  const blames = (/blam|footprints|accus|responsible|attributed|belong/.test(t) ? [...t.matchAll(BLAMED)] : []).map(
    (m) => ({
      at: m.index!,
      end: m.index! + m[0].length,
      // "blamed Israel for the blasts", "has blamed Kataib Hezbollah for a drone attack" and "X, which the Pentagon
      // has blamed for the Jordan attack" name the attack after them; "which the US blamed on X" sits in it.
      forward:
        m[2] !== undefined ||
        m[3] !== undefined ||
        m[7] !== undefined ||
        m[9] !== undefined ||
        (m[4] !== undefined && /^ for\b/.test(t.slice(m.index! + m[0].length))),
      ids: [m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[9] ?? m[10] ?? m[11], m[8]]
        .filter((i) => i !== undefined)
        .map((i) => label(i!).id),
    }),
  );
  const deaths = [...t.matchAll(DEATH)];
  const spelled = spelledIn(ms);
  // Places the sentence gives as a setting or an origin (SETTING_BEFORE, SETTING_AFTER), by marker number.
  const settings = new Set<string>();
  // "an ambush east of Rafah": a place an attack is told from, where the frame names no other.
  const anchors = new Set<string>();
  for (const m of t.matchAll(/⟦L(\d+)⟧/g)) {
    const after = m.index! + m[0].length;
    if (DIRECTION_OF.test(t.slice(Math.max(0, m.index! - 30), m.index))) anchors.add(m[1]!);
    // "…began last week in Jenin, Tulkarm and Tubas": the places listed after a setting are settings too.
    const listedAfter = /⟦L(\d+)⟧(?:,| and|, and) $/.exec(t.slice(Math.max(0, m.index! - 14), m.index));
    const before80 = t.slice(Math.max(0, m.index! - 80), m.index);
    if (
      (SETTING_BEFORE.test(before80) && !DIED_IN_THE_FIGHTING.test(before80)) ||
      SETTING_AFTER.test(t.slice(after, after + 60)) ||
      (listedAfter !== null && settings.has(listedAfter[1]!))
    )
      settings.add(m[1]!);
  }
  const frames: Frame[] = [];
  triggers.forEach((trig, k) => {
    const start = trig.index!;
    // "a group preparing to attack Druze civilians", "threatened to strike": what is intended is no event.
    if (
      /^(?:attack|strike|target|hit|bomb|shell|kill)$/i.test(trig[0]) &&
      /\bto\s+$/.test(t.slice(Math.max(0, start - 4), start))
    )
      return;
    const end = k + 1 < triggers.length ? triggers[k + 1]!.index! : t.length;
    const scopeStart = k === 0 ? 0 : triggers[k - 1]!.index! + triggers[k - 1]![0].length;
    const before = t.slice(scopeStart, start);
    // The words before the trigger and the trigger, sliced rather than joined: a pattern run on a joined
    // string first copies it whole.
    const through = t.slice(scopeStart, start + trig[0].length);
    const scope = t.slice(start, end);
    const word = trig[0].toLowerCase();
    const kills = KILL_VERB.test(word);
    const plural = /(?:strikes|attacks|airstrikes|blasts|explosions|bombings)$/.test(word);
    const verb = VERB_TRIGGER.test(word);
    // What the words just before and after the trigger say, read once. The patterns that look back end
    // at the trigger and reach a few words: they are tried on the last stretch of text only.
    const near = before.slice(-NEAR);
    // "…bombed the ministry in Damascus, as fighting raged in Sweida": other fighting, told as what went on meanwhile,
    // is neither where this attack was nor how it was made.
    const meanwhile = FIGHTING_MEANWHILE.exec(scope);
    const ownScope = meanwhile ? scope.slice(0, meanwhile.index) : scope;
    // "The U.S. military said it had not carried out any airstrikes": a denial names no one who attacked, though
    // it is part of the record of the attack it denies.
    const denied = /\b(?:not|n['’]t|never|den)/i.test(near) && DENIED_BEFORE.test(near);
    // "a drone attack" introduces an attack; in "a submarine hit 60 targets" the article is the subject's. So does
    // "X had also shelled the market": another attack of the same attacker ("was also killed" adds to one's dead).
    const indefinite =
      (!verb && INDEFINITE_BEFORE.test(near)) ||
      (/^(?:shelled|struck|bombed|attacked|stormed|raided)$/.test(word) && /\balso\s+$/i.test(near));
    // "blamed Israel for his killing": the death of the one told before.
    const anaphoricBefore =
      ANAPHORIC_BEFORE.test(near) ||
      (/^(?:killing|assassination)$/.test(word) && /\b(?:his|her|their)\s+$/i.test(near));
    // "have attacked ships since November": a campaign counted from a date, not an event.
    // "17 people have been killed in the fighting since Sunday": the dead of fighting days old are its own.
    const campaign = sentenceDates.some(
      (d) =>
        startsPeriod(t, d) &&
        !whenClause.has(d) &&
        d.index >= start &&
        d.index < end &&
        !(kills && d.precision === "day"),
    );
    // "among those killed" names the dead of one attack; "those strikes" are many; "17 people were killed", a toll.
    const amongDead =
      /\bamong (?:those|the people|the dead|the \w+)\s+$/i.test(near) ||
      (word === "dead" && /\bamong the\s+$/i.test(near));
    const genericBefore =
      !amongDead && GENERIC_BEFORE.test(near) && !(kills && TOLL_BEFORE_KILLED.test(before.slice(-120)));
    const tally = OVER_A_PERIOD.test(scope);
    const generic = genericBefore || GENERIC_AFTER.test(scope) || campaign || tally;
    const under = /\bunder\s+$/i.test(near);
    // "to mark the anniversary of the assassination of X": the day of the ceremony is not the attack's.
    const anniversary = /\banniversary of (?:the )?(?:[\w-]+\s+){0,2}$/i.test(near);
    const f: Frame = {
      article,
      sentence: ms,
      perpetrators: new Map(),
      targets: new Set(),
      killed: new Set(),
      places: new Set(),
      date: null,
      dateStated: false,
      // "Among those killed was…" speaks of the dead of an attack already told.
      // A verb is no anaphor: in "an attack that killed", "that" is a relative pronoun.
      // So does "X claimed responsibility on Friday", of no attack named after it.
      anaphoric:
        (!verb && !indefinite && anaphoricBefore) ||
        amongDead ||
        word === "blamed" ||
        word === "belonged to" ||
        (word === "claimed responsibility" && !/^claimed responsibility for\b/i.test(scope)),
      alsoKilled: kills && /\balso\s+$/i.test(near),
      number: plural ? "plural" : verb ? null : "singular",
      wave: false,
      attributedBack: false,
      indefinite,
      attackVerb: ATTACK_VERB.test(word),
      identifies: /^(?:(?:were|was) )?(?:identified|named|mourned)/.test(word),
      massacre: word.startsWith("massacre"),
      // "He was killed along with three others in a strike on…": the last person the article named killed.
      killedPronoun: kills && /^(?:He|She)\s+(?:was|had been|has been)\s+$/.test(before),
      generic: generic || under,
      // "The attack came amid fierce fighting between X and Y that has displaced thousands since January": a war
      // going on is the setting of the attack, and its sides are not the attackers.
      plural:
        (plural && (genericBefore || !anaphoricBefore)) ||
        under ||
        GENERIC_AFTER.test(scope) ||
        tally ||
        (campaign && /\bamid\s+(?:[\w-]+\s+){0,2}$/i.test(near)),
      ...weaponNear(trig[0], before.slice(-40), ownScope.slice(0, 60), () => spelled(ownScope.slice(0, 150)), spelled),
      tolls: [],
      wounded: [],
      triggerStart: start,
      triggerEnd: start + trig[0].length,
      sides: new Set(),
      reference: /\bsince\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+|⟦[SO]\d+⟧)\s+){0,3}$/i.test(near) || anniversary,
      another: ANOTHER_OPENS.test(t) || ANOTHER_BEFORE.test(near) || LATER_OPENS.test(t),
      answered: ANSWERED.test(near),
    };
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
      // "Pagers used by members of Hezbollah exploded": whose the devices were, not who set them off.
      word !== "exploded" &&
      !LINKED_BEFORE.test(before.slice(0, mod.index)) &&
      !/\b(?:on|against|at|targeting)\s+(?:the\s+)?⟦[SO]\d+⟧/.test(before.slice(mod.index - 12))
    ) {
      f.perpetrators.set(label(mod[1]!).id, SUSPECT_WORDS.test(before.slice(-40)) ? "alleged" : "stated");
    }
    // "Israeli forces killed three Palestinians": who killed, when the kill word takes its victims as object
    // (not "Hezbollah fighters killed in the strike").
    const killerText = before.slice(-NEAR) + scope.slice(0, 60);
    const killer = kills ? KILLER.exec(killerText) : null;
    if (killer && !/^\s*⟦S\d+⟧\s+(?:faction|militia|group)/.test(killer[0]))
      f.perpetrators.set(
        label(killer[1]!).id,
        SUSPECTED.test(killerText.slice(0, killer.index)) ? "alleged" : "stated",
      );
    // "The TTP has killed hundreds of soldiers this year. On Saturday, its fighters killed 16": the group the
    // sentence before opened with, when this one names no group or state before them ("X said its fighters…" is X's).
    if (subjectGroup && ITS_FIGHTERS.test(through) && !/⟦[SO]\d+⟧/.test(t.slice(0, start)))
      f.perpetrators.set(subjectGroup, "stated");
    if (THE_GROUP_DID.test(through)) {
      const named = [...t.slice(0, start).matchAll(/⟦O(\d+)⟧/g)].pop();
      const group = named ? label(named[1]!).id : lastGroup;
      if (group) f.perpetrators.set(group, "stated");
    }
    // "mortar shells fired by al-Shabaab militants landed near the airport".
    const firedByBefore = /^(?:landed|fell|exploded)$/.test(word)
      ? /\b(?:fired|launched) by (?:the )?⟦[SO](\d+)⟧(?:\s+[a-z]+)?\s+$/.exec(near)
      : null;
    if (firedByBefore) f.perpetrators.set(label(firedByBefore[1]!).id, "stated");
    // "JNIM fighters and Tuareg separatists of the CSP-DPA ambushed a convoy": the group that leads a joint subject.
    const joint = FIGHTERS_AND.exec(through);
    if (joint) f.perpetrators.set(label(joint[1]!).id, "stated");
    const subj = SUBJECT_VERB.exec(through) ?? PRESENT_SUBJECT_VERB.exec(through);
    // "An Iraqi armed faction said it fired…": the state word describes an unnamed group, not the attacker.
    const describesGroup =
      subj && /^⟦S\d+⟧\s+(?:[\w-]+\s+)?(?:faction|militia|group|fighters|militants|gunmen)\b/.test(subj[0]);
    const linkedOnly = subj && LINKED_BEFORE.test(before.slice(0, subj.index));
    // "X hit 85 targets in retaliation for the drone attack that…": X answered that attack; it did not carry it out.
    if (subj && !describesGroup && !linkedOnly && !f.answered) {
      f.wave = plural && !generic;
      const verb = subj.index! + subj[0].lastIndexOf(" ", subj[0].length - 2);
      // "Suspected members of X attacked…": who is only suspected is alleged.
      const attribution = SELF_REPORT.test(through.slice(0, verb + 1).replace(/\s*(?:has|have|had)\s*$/, " "))
        ? "claimed"
        : SUSPECTED.test(through.slice(0, subj.index))
          ? "alleged"
          : "stated";
      for (const m of subj[0].matchAll(/^⟦[SO](\d+)⟧|and ⟦[SO](\d+)⟧/g))
        f.perpetrators.set(label((m[1] ?? m[2])!).id, attribution);
    }
    // "Clashes between members of X and fighters of Y": both sides fought.
    if (/^(?:clash|fighting)/.test(word)) {
      const sides = CLASH_SIDES.exec(scope);
      if (sides) for (const i of [sides[1], sides[2]]) f.perpetrators.set(label(i!).id, "stated");
    }
    // "…was carried out by X", "the blast was caused by an Israeli drone", "the attacks, which included car bombs,
    // were carried out by X"; not "condemned by X".
    const firedBy =
      /^\S+?(?:,\s+which\s+[^,⟦]{1,100},)?(?:\s+[\w-]+){0,2}?\s+(?:carried out|conducted|launched|fired|caused|executed|staged|ordered|perpetrated)\s+by\s+(?:the\s+|an?\s+)?⟦[SO](\d+)⟧(?:[’']s\s+⟦[SO](\d+)⟧)?/.exec(
        scope,
      );
    // "by Yemen's Houthi militia": the possessed is the agent, not its owner.
    if (firedBy) f.perpetrators.set(label(firedBy[2] ?? firedBy[1]!).id, "stated");
    // "The attackers, believed to be members of X": whom others suspect.
    const suspects = SUSPECTED_TO_BE.exec(scope);
    if (suspects) f.perpetrators.set(label(suspects[1]!).id, "alleged");
    // "an attack by al-Shabab militants", "was killed by Israeli forces": the agent named right after the trigger.
    // "by Sudan's paramilitary Rapid Support Forces": the possessor's group, told with what it is.
    const by =
      /^\s+by\s+(?:the\s+|an?\s+)?(suspected\s+|alleged\s+)?⟦[SO](\d+)⟧(?:[’']s\s+(?:[a-z-]+\s+){0,2}⟦[SO](\d+)⟧)?/.exec(
        scope.slice(trig[0].length),
      );
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
    // "The Islamic Resistance said in a statement on Telegram that it had targeted the base": a claim.
    const selfClaim = SAYS.test(before) ? SELF_CLAIM.exec(through) : null;
    // "…said in a statement that it had carried out the attack": a noun after a verb of doing claims too.
    const doneIt = /\b(?:carried out|conducted|launched|staged)\s+(?:(?:the|an?|this|that)\s+)?(?:[\w-]+\s+)?$/.test(
      before,
    );
    if (selfClaim && (f.attackVerb || kills || doneIt)) f.perpetrators.set(label(selfClaim[1]!).id, "claimed");
    // "80 people have been killed since Thursday, when fighters of the ELN launched an offensive against a faction of
    // the FARC": who began the fighting the dead fell in, and whom it was against.
    const offensive = kills ? WHEN_OFFENSIVE.exec(scope) : null;
    if (offensive) {
      f.perpetrators.set(label(offensive[1]!).id, "stated");
      if (offensive[2] !== undefined) f.targets.add(label(offensive[2]).id);
    }
    // "Kataib Hezbollah was likely behind the drone": an attribution by others, not a claim.
    const behind =
      before.includes("behind") &&
      /⟦[SO](\d+)⟧(?:, (?:[^⟦,]|⟦[SOL]\d+⟧){1,90},)? (?:was|were|is|are) (likely |probably |most likely |believed to be |thought to be )?behind (the|this|that|an?)\s+$/.exec(
        before,
      );
    if (behind) {
      f.perpetrators.set(label(behind[1]!).id, behind[2] ? "alleged" : "blamed");
      // "X was behind a drone attack on…" tells a new attack; "behind the attack", the one told.
      f.attributedBack = !/^an?$/.test(behind[3]!);
    }
    // "X claimed the bombing, saying it was revenge for the killing of its leader": the claim is not of the killing.
    // "A little-known group claimed responsibility for the attack": a claim of the attack told, beside whom others blamed.
    for (const c of claims)
      if (!f.answered && about(t, triggers.length, c, start, end)) {
        for (const id of c.ids) f.perpetrators.set(id, "claimed");
        if (claimOfTold && f.anaphoric && f.killed.size === 0 && f.tolls.length === 0) f.attributedBack = true;
      }
    for (const b of blames) {
      if (!about(t, triggers.length, b, start, end)) continue;
      // A group blamed that claimed the attack itself is its claimant.
      for (const id of b.ids) if (f.perpetrators.get(id) !== "claimed") f.perpetrators.set(id, "blamed");
      // "the Tower 22 attack, which the Pentagon said bore the footprints of X": another attribution of the attack told.
      if (f.anaphoric) f.attributedBack = true;
    }
    // "…the most senior figure killed since X, commander of Y, died in a strike", "a ceremony marking the anniversary
    // of the death of X, the commander of Y": who died in that earlier death, and whom it hit, are not this attack's.
    const sinceDeath =
      /\bsince\s+(?:⟦P\d+⟧|the (?:killing|death|assassination) of)|\banniversary of (?:the )?(?:killing|death|assassination) of/.exec(
        scope,
      );
    const targetScope = sinceDeath ? scope.slice(0, sinceDeath.index) : scope;
    // Which kinds of mention the scope holds: most patterns below need one, and most scopes lack some.
    const namesState = targetScope.includes("⟦S");
    const namesGroup = targetScope.includes("⟦O");
    const namesPerson = targetScope.includes("⟦P");
    // Targets: "on X headquarters", "against X", "targeting X", "at X forces", "killing ... X fighters".
    for (const m of matchesIf(
      namesState || namesGroup,
      targetScope,
      /(?<!\bcall(?:ed|s|ing)? |\bban )\b(?:on|against|targeting|targeted|at)\s+(?:an?\s+|the\s+)?(?:(?!(?:in|near|of|at|on|outside)\s)[\w-]+\s+){0,2}?⟦([SOP])(\d+)⟧(?!\s+(?:said|says|called|described|claimed|capital|territory|soil|airspace|side)\b|[’']s\s+(?:sovereignty|territory|airspace|soil|capital)\b)/g,
    )) {
      if (m[1] === "P") continue;
      // "Washington blamed the attack on the Islamic Resistance": the one blamed, not the target.
      if (/\bblamed\s+(?:[\w-]+\s+){0,3}$/.test(t.slice(Math.max(0, start - 30), start + m.index!))) continue;
      f.targets.add(label(m[2]!).id);
    }
    for (const m of matchesIf(
      namesState || namesGroup,
      targetScope,
      /⟦([SO])(\d+)⟧\s+(?:[\w]+\s+)?(headquarters|HQ|positions|strongholds|fighters|members|operatives|officials|militants|commanders?|leaders?|base|targets|troops|forces|soldiers|convoys?|vehicles?|checkpoints?|outposts?|patrols?)\b/g,
    )) {
      // "two Hamas officials" were a group's; "Iraqi security officials" speak for a state.
      if (m[1] === "S" && m[3] === "officials") continue;
      const e = label(m[2]!);
      if (!f.perpetrators.has(e.id)) f.targets.add(e.id);
    }
    for (const m of matchesIf(namesPerson, targetScope, /\btargeted (?:the )?⟦P(\d+)⟧/g))
      f.targets.add(label(m[1]!).id);
    // "Several US personnel were injured in a rocket attack on…": the state whose people the attack hurt (its
    // forces are often one mention with it).
    const hurtBefore = /\b(?:killed|wounded|injured|hurt) in\b/.test(before) ? HURT_IN.exec(before.slice(-90)) : null;
    if (hurtBefore && !f.perpetrators.has(label(hurtBefore[1]!).id)) f.targets.add(label(hurtBefore[1]!).id);
    // "Pagers used by members of Hezbollah exploded": whose devices blew up.
    const owners =
      word === "exploded"
        ? /\b(?:used|carried|owned|held) by (?:members of |fighters of )?(?:the )?⟦[SO](\d+)⟧[^⟦]{0,20}$/.exec(before)
        : null;
    if (owners) f.targets.add(label(owners[1]!).id);
    // "Mohammad Najem, a commander in Hezbollah's Radwan Force, was targeted while…": the person before it.
    const targetedPerson =
      word === "targeted" &&
      /⟦P(\d+)⟧(?:, (?:[^⟦,]|⟦[SOL]\d+⟧){1,80},)? (?:had been |has been )?(?:was|were) $/.exec(before);
    if (targetedPerson) f.targets.add(label(targetedPerson[1]!).id);
    // "85 targets linked to Iran's Revolutionary Guards", "three sites in Iraq used by Kataib Hezbollah".
    for (const m of matchesIf(
      namesState || namesGroup,
      targetScope,
      /\b(?:targets?|sites?|facilit(?:y|ies)|positions?|bases?|depots?)\s+(?:(?:in|near|at)\s+(?:[\w-]+\s+)?⟦[SL]\d+⟧\s+){0,2}(?:linked to|belonging to|used by|affiliated with|associated with)\s+(?:the\s+)?(?:⟦S\d+⟧[’']s\s+)?⟦[SO](\d+)⟧/g,
    )) {
      const e = label(m[1]!);
      if (!f.perpetrators.has(e.id)) f.targets.add(e.id);
    }
    // "rockets at military positions in northern Israel": fire aimed into a state's territory targets it; not
    // "killed in clashes at a base in northern Iraq", where the dead fell.
    for (const m of matchesIf(
      namesState && !kills && f.eventType !== "Armed clash",
      targetScope,
      /\b(?:at|into|against|toward|towards)\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:the\s+)?(?:northern|southern|eastern|western|central|north|south|east|west)\s+⟦S(\d+)⟧/gi,
    )) {
      const e = label(m[1]!);
      if (!f.perpetrators.has(e.id)) f.targets.add(e.id);
    }
    for (const m of matchesIf(
      namesState,
      targetScope,
      /\b(?:killed|killing|wounded|wounding|injured|injuring) (?:(?!(?:in|at|on|near|of|the|by|since|after|before|when)\s)[\w-]+ ){0,3}?⟦S(\d+)⟧(?![-–’'])/g,
    )) {
      f.targets.add(label(m[1]!).id);
    }
    for (const m of matchesIf(
      namesGroup || namesState,
      targetScope,
      /(?<!\bsaid ⟦P\d+⟧, (?:an?|the) (?:[\w-]+ )?)\b(?:commanders?|leaders?|members?|fighters|militants|operatives|positions?|headquarters|hideouts?|bases?|offices?|camps?|convoys?|patrols?) (?:of|from) (?:the )?(?:[\w-]+\s+|⟦S\d+⟧-[\w-]+\s+){0,3}?(?:⟦S\d+⟧[’']s\s+)?⟦O(\d+)⟧(?! (?:launched|began|mounted|attacked|stormed|ambushed|opened|fired|struck)\b)|\b(?:positions?|bases?|camps?|convoys?|patrols?|checkpoints?) of ⟦S(\d+)⟧/g,
    )) {
      // "a base of Ugandan troops": the state whose forces were attacked.
      f.targets.add(label((m[1] ?? m[2])!).id);
    }
    // Killed: persons after a kill word in this frame, or "X had been killed / martyred".
    // The person must follow the kill word closely, in the same clause ("killed in Baghdad after supporters of X
    // stormed…" is another), and not be the one speaking.
    for (const kw of matchesIf(
      namesPerson,
      targetScope,
      /\b(?:killed|killing|kills|eliminated|eliminating|assassination|assassinated|slaying|death|shot dead|gunned down|(?:identified|named) (?:the \w+|them|him|her) as|mourned (?:the|its|a) (?:[\w-]+ ){0,2}?(?:commander|fighter|member|leader|official),?|(?:were|was) (?:identified|named) as|identified as(?= ⟦P))\b/gi,
    )) {
      const from = kw.index! + kw[0].length;
      let anchor = from;
      for (const m of targetScope.slice(from).matchAll(/⟦P(\d+)⟧/g)) {
        const at = from + m.index!;
        // "a commander known as "General X"": the quotation mark that opens the name is no quotation between.
        const between = targetScope.slice(anchor, at).replace(/[“"](?:[A-Z][\w.]* )*$/, "");
        if (
          between.length > 70 ||
          /[”"]|\b(?:said|told|says|according|since|after|before|following|amid)\b|[,;] (?:which|who|that|an? |while)|\bfor which\b|\b(?:supporters|followers|loyalists) of\b/i.test(
            between,
          ) ||
          // "…killing a man and wounding ten, Magen David Adom said": who speaks, not who died.
          /^,?\s*(?:said|says|told|reported|added|announced)\b/.test(scope.slice(at + m[0].length))
        )
          break;
        // "among them X's son Hammam": the son died, not X.
        if (KIN_OF.test(targetScope.slice(at + m[0].length, at + m[0].length + 30))) {
          anchor = at + m[0].length;
          continue;
        }
        f.killed.add(label(m[1]!).id);
        anchor = at + m[0].length;
      }
    }
    for (const m of deaths) {
      const after = m.index! + m[0].length;
      // "X died in an Israeli strike": the death belongs to the trigger that follows closely.
      // "X died when a device went off": the same, for the trigger of the clause after it.
      const died = /died (?:in|when)$/.test(m[0]);
      const diedIn = died && start >= after && start - after <= (m[0].endsWith("when") ? 60 : 25);
      const killWord = m.index! + m[0].lastIndexOf(" ") + 1;
      if (diedIn || (!died && killWord >= start && killWord < end)) {
        f.killed.add(label((m[1] ?? m[2] ?? m[3])!).id);
        // "X, a commander, and his deputy, Y, were killed": the first of the two died too (a plural verb).
        if (m[1] && / were /.test(m[0])) {
          const co = CO_DEAD.exec(t.slice(Math.max(0, m.index! - 160), m.index));
          if (co) f.killed.add(label(co[1]!).id);
        }
      }
    }
    // Place: "in / near / at X" within the frame, "X neighborhood".
    // Places inside a quotation ("a martyr on the road to Jerusalem") are words, not where it happened.
    // So are the places of a war or a cause the sentence gives as the setting ("until Israel ends its war in Gaza").
    // "US forces at the Al Tanf garrison came under drone attack": under attack, the place is the subject's.
    // "The attacks came days after a senator was shot in Bogota": where an earlier event happened is not this one's.
    const toldAfter = /\b(?:days?|hours?|weeks?|minutes|shortly|just) (?:after|before)\b/.exec(ownScope);
    const placeScope = toldAfter ? ownScope.slice(0, toldAfter.index) : ownScope;
    // "…in Antioquia, while a truck bomb exploded in Cali": a place told before "while" is the other clause's.
    const lead = before.slice(under ? -120 : -30).replace(/^.*[,;]\s+(?:while|whereas)\s/s, "");
    for (const m of (lead + placeScope).replace(/[“"][^”"]*[”"]/g, " ").matchAll(/⟦L(\d+)⟧/g))
      if (!settings.has(m[1]!)) f.places.add(label(m[1]!).id);
    // "Officials blamed the BRN, the group fighting for independence in the provinces of X and Y": where the group
    // fights, not where the attack told before fell.
    if (word === "blamed") f.places.clear();
    if (f.places.size === 0 && anchors.size > 0)
      for (const m of placeScope.matchAll(/⟦L(\d+)⟧/g)) if (anchors.has(m[1]!)) f.places.add(label(m[1]!).id);
    // Date: in the frame, else the sentence's only date.
    // "…killed since Thursday, when X launched an offensive": the day the fighting began dates its dead.
    const datesHere = dates.filter(
      (d) =>
        !whenClause.has(d) ||
        d.index < start ||
        (kills && d.precision === "day" && /\bsince\s+$/i.test(t.slice(Math.max(0, d.index - 8), d.index))),
    );
    // The date told nearest before the trigger ("on Wednesday, a day after an Israeli airstrike"), else the first after it.
    // The day a statement was made gives way to one the attack has of its own ("said Wednesday that it had
    // killed… the night before").
    // A date that opens the sentence ("On Saturday, three suicide bombers blew themselves up") dates its
    // first attack however long the subject between them.
    // So does the day a "when" clause follows ("The fighting began on Thursday when gunmen ambushed…").
    const window = datesHere.filter(
      (d) =>
        (d.index >= Math.max(scopeStart, start - 40) || (k === 0 && (d.index <= 3 || whenClause.has(d)))) &&
        d.index < end,
    );
    const ownDays = window.filter(
      (d) =>
        !stated.has(d) &&
        // "…, a day after US warplanes struck": the day of the attack the clause after it tells.
        !(d.index > start && toldFromAnother(d) && /^\s+[\w⟦]/.test(t.slice(d.index + d.text.length))),
    );
    const inWindow = ownDays.length ? ownDays : window;
    const inScope = inWindow.filter((d) => d.index < start).pop() ?? inWindow[0];
    // Else the sentence's only date, for its only attack, or for the first it tells after a statement of that
    // day ("X said in a statement on Tuesday that its fighters had carried out the attack at dawn, killing…").
    const only = datesHere.length === 1 ? datesHere[0]! : null;
    const statementDay =
      only !== null &&
      k === 0 &&
      only.index < start &&
      /\b(?:said|says|announced|stated)\b/.test(t.slice(0, only.index));
    // A tally over a period ("over the past week") has no day of its own, nor has an anniversary's attack.
    f.date = tally || anniversary ? null : (inScope ?? (only && (triggers.length === 1 || statementDay) ? only : null));
    // An attack named by its year is looked back on: "the strike" told after it is not that attack.
    if (namedByYear(f)) f.reference = true;
    // "US jets carried out strikes near al-Qaim on Friday": strikes of one day on one place are one event.
    if (f.plural && f.date?.precision === "day" && f.places.size > 0 && !generic && !under) f.plural = false;
    // "US forces at Al Tanf came under drone attack on Thursday": one attack on a given day, not talk of many.
    if (under && !plural && f.date?.precision === "day" && !GENERIC_AFTER.test(scope) && !campaign) {
      f.generic = false;
      f.plural = false;
    }
    // Death toll: "killed three", "killing four people", "killed “two members", "putting it at one".
    const parts = TOLL_PARTS.exec(scope);
    const sum = parts?.[1]!
      .split(/,? and |, /)
      .map((p) => p.replace(/^(?:his|her|their) /, "").split(" ")[0]!)
      .map(countOf);
    if (sum?.every((n) => n !== null)) addCount(f.tolls, String(sum.reduce((a, b) => a! + b!, 0)));
    else for (const m of scope.matchAll(TOLL_AFTER)) addCount(f.tolls, m[1]!);
    if (/\bkilling him and another\b/i.test(scope)) f.tolls.push(2);
    const aroundTrigger = before.slice(-NEAR) + scope;
    if (/\b(?:left|lives|toll)\b/.test(aroundTrigger))
      for (const m of aroundTrigger.matchAll(TOLL_OTHERWISE)) addCount(f.tolls, (m[1] ?? m[2] ?? m[3])!);
    // "killing X, a commander, and his driver": the named dead and those with them.
    const withThem =
      /^(?:killed|killing)\s+⟦P\d+⟧(?:,[^,;]{1,90},)?\s+and\s+(?:his|her)\s+(?:(two|three|four)\s+)?(?:drivers?|bodyguards?|guards?|companions?|aides?|sons?|brothers?|wife)\b/i.exec(
        scope,
      );
    if (withThem) addCount(f.tolls, String(1 + (withThem[1] ? numberOf(withThem[1])! : 1)));
    // "He was killed along with three other operatives": the dead are one more than the others.
    // "killed a field commander of X on Friday, along with two passers-by", "killed a sub-leader of X and two of
    // his followers": one and those with him.
    const along =
      /^killed,? (?:along|together) with (\w+) other/i.exec(scope) ??
      /^(?:killed|killing) (?:an? (?:[\w-]+ |⟦[SO]\d+⟧ ){0,3}?(?:\w+-)?(?:commander|leader|official|member|officer|fighter|soldier)\b|⟦P\d+⟧)[^.;]{0,120}?(?:,? (?:along|together) with (\w+) (?:of (?:his|her|their) )?(?:others?\b|other \w+|passers-by|civilians|people|bodyguards|guards|companions|aides)| and (\w+) of (?:his|her|their) (?:[\w-]+ )?(?:followers|fighters|men|bodyguards|guards|companions|aides|deputies|associates|sons|daughters|children|brothers|relatives)\b)/i.exec(
        scope,
      );
    const withHim = along ? numberOf((along[1] ?? along[2])!) : null;
    if (withHim !== null) addCount(f.tolls, String(withHim + 1));
    // "killed commander X and five other people", "killing X and another member of the group": the named dead
    // and the others.
    const others =
      (kills || word === "killing") && f.killed.size > 0 && / (?:an)?other /.test(scope)
        ? NAMED_AND_OTHERS.exec(scope)
        : null;
    const otherCount = others ? (others[1] === undefined ? 1 : numberOf(others[1])) : null;
    if (otherCount !== null) addCount(f.tolls, String(otherCount + f.killed.size));
    // "five people were killed", "one soldier was killed": the count comes before the kill word.
    // "Twenty-one hostages and four soldiers were killed": parts, which add up.
    const partsBefore = kills ? TOLL_PARTS_BEFORE.exec(before.slice(-120)) : null;
    const counted = kills && !partsBefore ? TOLL_BEFORE_KILLED.exec(before.slice(-120)) : null;
    // "A civilian and a police officer were killed": each "a" is one.
    const [first, second] = partsBefore ? [countOf(partsBefore[1]!), countOf(partsBefore[2]!)] : [null, null];
    if (first !== null && second !== null) addCount(f.tolls, String(first + second));
    if (counted) {
      addCount(f.tolls, counted[1]!);
      // "Two members of the PMF were killed": their group was the target.
      if (counted[2] !== undefined) f.targets.add(label(counted[2]).id);
      // "Kataib Hezbollah announced that two of its members were killed": the group speaking was the target.
      else if (/\bof (?:its|their)\b/i.test(counted[0])) {
        const owner = [...before.matchAll(/⟦O(\d+)⟧/g)].pop();
        if (owner) f.targets.add(label(owner[1]!).id);
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
    // "The army confirmed the deaths of two soldiers in the ambush": a toll told as deaths.
    const deathsOf = before.includes("death") ? DEATHS_OF.exec(before.slice(-80)) : null;
    if (deathsOf) addCount(f.tolls, deathsOf[1]!);
    // "Three people died in the strike": the count of those who died in the attack this trigger tells.
    const died = /died|dead/.test(before) ? TOLL_DIED_IN.exec(before.slice(-70)) : null;
    if (died) addCount(f.tolls, died[1]!);
    // "killing a 50-year-old man": one dead, told without a number.
    if (f.tolls.length === 0 && ONE_VICTIM.test(scope)) f.tolls.push(1);
    const oneAndOthers = f.tolls.length === 0 ? ONE_AND_OTHERS.exec(scope) : null;
    const othersWithOne = oneAndOthers ? (oneAndOthers[2] ? 1 : numberOf(oneAndOthers[1]!)) : null;
    if (othersWithOne !== null) addCount(f.tolls, String(othersWithOne + 1));
    if (ROLE_VICTIM.test(scope)) f.victim = true;
    const victimBefore = kills ? ROLE_VICTIM_BEFORE.exec(before.slice(-120)) : null;
    if (victimBefore) {
      // "A commander … was shot dead": one, the subject of the sentence.
      f.victim = true;
      f.targets.add(label(victimBefore[1]!).id);
      if (f.tolls.length === 0) f.tolls.push(1);
    }
    // "…engaged by the troops, who killed six of them", "one attacker blew himself up and five others were killed by
    // security forces": the attackers' dead, whom those defending killed, are not the attack's toll.
    const aroundKill = t.slice(Math.max(0, start - 120), start) + scope.slice(0, 80);
    if (
      (/ who | by /.test(aroundKill) && KILLED_ATTACKERS.test(aroundKill)) ||
      ATTACKERS_KILLED.test(scope) ||
      // "…had arrested several members of the cell in a raid, killing two of them": suspects, not victims.
      (/\b(?:arrested|detained|captured)\b/.test(t.slice(Math.max(0, start - 120), start)) &&
        /^[^.;]{0,60}?\bkilling (?:\w+) of them\b/.test(scope)) ||
      (word === "killing" && REPELLED_KILLING.test(before))
    ) {
      f.tolls.length = 0;
      f.attackersKilled = true;
    }
    // "more than 350 people had been killed in four days": a count over a stretch of time, not one attack's.
    // "…since May 2023, in which more than 250 people have been killed", "have killed more than 40,000 people in the
    // northeast since 2009": a toll of a war or a wave, told in the perfect with the period it counts from.
    const periodToll =
      kills &&
      /\b(?:have|has)(?: been)?\s+$/.test(near) &&
      // Fighting "since Thursday" is the event itself; a war counted since a month or a year is not.
      (sentenceDates.some((d) => startsPeriod(t, d) && d.precision !== "day") || OVER_A_PERIOD.test(t));
    if (periodToll || (kills && KILLED_OVER_A_PERIOD.test(scope.slice(trig[0].length, trig[0].length + 40)))) {
      f.tolls.length = 0;
      f.generic = true;
    }
    // The wounded the frame tells of: "killed 16 people and wounded 25 others", "wounding three service members".
    // "At least 21 others were wounded.": the count told before the words that make the frame.
    if (/^(?:were|was) (?:also )?(?:wounded|injured)$/.test(word))
      for (const m of (before.slice(-60) + word).matchAll(WOUNDED_BEFORE)) addCount(f.wounded, m[1]!);
    if (/wound|injur|hurt/i.test(scope)) {
      for (const m of scope.matchAll(WOUNDED_AFTER)) addCount(f.wounded, m[1]!);
      for (const m of scope.matchAll(WOUNDED_BEFORE)) addCount(f.wounded, m[1]!);
      for (const m of scope.matchAll(WOUNDED_BARE)) addCount(f.wounded, m[1]!.replace(/,/g, ""));
    }
    // "The SDF named the commander as X, who led operations in Raqqa in 2017": who died, and nothing else.
    // "Hezbollah mourned the commander, X, from the village of Y": his home is not where the strike fell.
    if (f.identifies && /^(?:named|mourned)/.test(word)) {
      f.perpetrators.clear();
      f.places.clear();
      f.targets.clear();
      f.date = null;
    }
    if (denied) {
      f.perpetrators.clear();
      f.weapon = null;
      f.eventType = "Attack";
    }
    for (const id of f.perpetrators.keys()) for (const side of sideOf(id)) f.sides.add(side);
    frames.push(f);
  });
  // "identified the three soldiers killed in a drone strike on Tower 22 as A, B and C": the dead, by name.
  const identified = IDENTIFIED_DEAD.exec(t);
  if (identified && frames.length > 0)
    for (const m of identified[1]!.matchAll(/⟦P(\d+)⟧/g)) frames[0]!.killed.add(label(m[1]!).id);
  // Frames of one sentence are one event unless the later one has a date of its own.
  const merged: Frame[] = [];
  for (const f of frames.length > 1 ? frames.filter(toldOfItself) : frames) {
    const prev = merged[merged.length - 1];
    // The day a statement was made ("announced on Tuesday that two were killed") gives way to the attack's own day.
    // "An Israeli drone strike on a motorcycle killed X on Thursday": a day told after an undated attack is its day.
    // "…the 2021 bombing that killed 13, Trump said on Tuesday": the day of a statement that ends the sentence is not
    // the attack's own.
    const ownDate =
      f.date &&
      prev?.date &&
      (f.killed.size > 0 || !stated.has(prev.date)) &&
      prev.date.date !== f.date.date &&
      !(stated.has(f.date) && f.date.index > f.triggerStart);
    const between = prev ? t.slice(prev.triggerEnd, f.triggerStart) : "";
    const sameStory =
      prev &&
      perpsAgree(prev, f) &&
      // "the cell behind the bombing, in a raid in X": another event, told as new after the one told.
      !(
        f.indefinite &&
        prev.anaphoric &&
        !f.anaphoric &&
        /\b(?:in|during)\s+an?\s+(?:[\w-]+\s+)?$/.test(t.slice(Math.max(0, f.triggerStart - 30), f.triggerStart))
      ) &&
      !/\b(?:(?<!along )with|after|before(?! (?:dawn|sunrise|daybreak|midnight|noon))|following|since|anniversary|amid|(?<!\b(?:more|less|fewer|other) )than|while|as well as|coincided|over|response|retaliation|revenge|prompting|prompted|triggering|sparking|who|whom)\b|, as\b/i.test(
        between,
      );
    // "…killed at least three fighters, while the group's television said five people were killed": another
    // figure for the same attack, whatever joins the two.
    const otherFigure =
      prev &&
      onlyToll(f) &&
      !f.indefinite &&
      !/\b(?:after|before|following|since|anniversary|response|retaliation|revenge)\b/i.test(between);
    if (prev && (sameStory || otherFigure || (f.attackersKilled && perpsAgree(prev, f))) && !ownDate) {
      if (prev.date && stated.has(prev.date) && f.date && !stated.has(f.date)) prev.date = f.date;
      absorb(prev, f);
    } else {
      // "…on Monday, hours after a drone struck Erbil": one attack told as what the other came after.
      if (prev && /\b(?:after|before|following|since|anniversary|response|retaliation|revenge)\b/i.test(between))
        f.apartFrom = prev;
      // "…were killed on Thursday in X, while a truck bomb exploded in Y": another attack of the same day.
      if (prev?.date && !f.date && /,\s+while\b/i.test(between)) f.date = prev.date;
      merged.push(f);
    }
  }
  // "the killing of Hamas chief X in Tehran and Hezbollah commander Y in Beirut": two deaths, each where it
  // happened, are two attacks; each keeps the group named with its dead.
  for (const f of [...merged]) {
    const pair = f.killed.size > 1 ? KILLED_HERE_AND_THERE.exec(t.slice(f.triggerStart)) : null;
    if (!pair) continue;
    const [p1, l1, p2, l2] = [pair[1], pair[2], pair[4], pair[5]].map((i) => label(i!).id);
    if (l1 === l2 || !f.killed.has(p1!) || !f.killed.has(p2!)) continue;
    const ofSecond = new Set([...pair[3]!.matchAll(/⟦[OS](\d+)⟧/g)].map((m) => label(m[1]!).id));
    const second: Frame = {
      ...f,
      perpetrators: new Map(f.perpetrators),
      sides: new Set(f.sides),
      targets: new Set([...f.targets].filter((x) => ofSecond.has(x))),
      killed: new Set([p2!]),
      places: new Set([l2!]),
      tolls: [],
      wounded: [],
      apartFrom: f,
    };
    f.targets = new Set([...f.targets].filter((x) => !ofSecond.has(x)));
    f.killed = new Set([p1!]);
    f.places = new Set([l1!]);
    f.tolls = [];
    merged.splice(merged.indexOf(f) + 1, 0, second);
  }
  for (const f of merged) f.dateStated = f.date !== null && stated.has(f.date);
  return merged;
}

function perpsAgree(a: Frame, b: Frame): boolean {
  return a.perpetrators.size === 0 || b.perpetrators.size === 0 || overlaps(a.sides, b.sides);
}

function absorb(into: Frame, f: Frame) {
  for (const [k, v] of f.perpetrators) if (!into.perpetrators.has(k)) into.perpetrators.set(k, v);
  for (const x of f.sides) into.sides.add(x);
  for (const x of f.targets) into.targets.add(x);
  for (const x of f.killed) into.killed.add(x);
  for (const x of f.places) into.places.add(x);
  into.tolls.push(...f.tolls);
  if (f.othersKilled !== undefined) into.othersKilled = f.othersKilled;
  for (const n of f.wounded) if (!into.wounded.includes(n)) into.wounded.push(n);
  into.date ??= f.date;
  into.plural &&= f.plural;
  // "At least 44 civilians were killed in an attack on a mosque": the count before "killed" is of the dead, and
  // the attack after it is one.
  if (f.number === "singular" && !f.generic) into.generic = false;
  if (f.number === "plural" || into.number === null) into.number = f.number;
  into.anaphoric ||= f.anaphoric;
  into.attackVerb ||= f.attackVerb;
  into.identifies &&= f.identifies;
  into.massacre ||= f.massacre;
  into.killedPronoun ||= f.killedPronoun;
  into.alsoKilled ||= f.alsoKilled;
  // "A suicide bomber opened fire and then blew himself up": the bombing is what the attack was.
  if ((!into.weapon && f.weapon) || (f.eventType === "Suicide bomb" && into.eventType !== "Suicide bomb")) {
    into.weapon = f.weapon;
    into.eventType = f.eventType;
  } else if (!into.weapon && into.eventType === "Attack") into.eventType = f.eventType;
}

interface Draft {
  frames: Frame[];
  date: ResolvedDate | null;
  /** Its date is only the day of a statement about it: a report with the attack's own day replaces it. */
  dateStated: boolean;
  /** What its frames say together, gathered as each joins (addFrame). */
  perpetrators: Set<string>;
  sides: Set<string>;
  places: Set<string>;
  killed: Set<string>;
  targets: Set<string>;
  tolls: Set<number>;
}

function draftOf(f: Frame): Draft {
  const d: Draft = {
    frames: [],
    date: f.date,
    dateStated: f.dateStated,
    perpetrators: new Set(),
    sides: new Set(),
    places: new Set(),
    killed: new Set(),
    targets: new Set(),
    tolls: new Set(),
  };
  addFrame(d, f);
  return d;
}

function addFrame(d: Draft, f: Frame) {
  if (f.othersKilled !== undefined) {
    const toll = f.othersKilled + d.killed.size + f.killed.size;
    f.tolls.push(toll);
    f.othersKilled = undefined;
  }
  d.frames.push(f);
  for (const id of f.perpetrators.keys()) d.perpetrators.add(id);
  for (const x of f.sides) d.sides.add(x);
  for (const id of f.places) d.places.add(id);
  for (const id of f.killed) d.killed.add(id);
  for (const id of f.targets) d.targets.add(id);
  for (const n of f.tolls) d.tolls.add(n);
}

const overlaps = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));

const DEFENDERS = "(?:troops|security forces|forces|soldiers|police(?:men)?|army|guards)";
/** Those who attacked, one or many: "one attacker blew himself up and five others…". */
const ATTACKERS = `(?:${[...ARMED_MEN, "attacker", "assailant", "terrorists"].join("|")})`;
/** "killing 33 attackers", "killed five of the gunmen": those who attacked, whatever the subject; not "killed when gunmen attacked". */
const ATTACKERS_KILLED = new RegExp(
  String.raw`^(?:killed|killing|kills|shot dead)\s+(?:all\s+(?:${COUNT_WORD}\s+)?(?:of\s+)?(?:the\s+)?|(?:at least\s+)?${COUNT_WORD}\s+(?:of\s+the\s+)?)(?:attackers|assailants|gunmen)\b`,
  "i",
);
/** "killed in four days", "killed over the past two weeks": a count over a stretch of time, told after the kill word. */
const KILLED_OVER_A_PERIOD =
  /^\s+(?:in|over|during|within) (?:the )?(?:past |last |first )?(?:\w+ )?(?:days|weeks|months|years)\b/i;
/** "said it had repelled the incursion, killing 234 militants": the attackers' dead, whom those defending killed. */
const REPELLED_KILLING = /\b(?:repelled|repulsed|thwarted|foiled|pushed back)\b[^.;]{0,60}$/i;
const KILLED_ATTACKERS = new RegExp(
  `\\b${DEFENDERS},? who (?:later )?(?:killed|shot dead) (?:\\w+ (?:of them|${ATTACKERS})|all of them)|\\b${ATTACKERS}\\b[^.;]{0,60}\\b(?:others|of them) (?:were|was) (?:killed|shot dead) by (?:the )?${DEFENDERS}`,
  "i",
);

/** "have killed", "strikes have killed": a count told in the perfect is one over time. */
const PERFECT_BEFORE = /\b(?:have|has)\s+(?:\w+\s+)?$/;
const PERFECT_AFTER = /^\s+(?:have|has)\b/;

/** "In a separate attack, …": an attack of its own, told beside the one before. */
const SEPARATE_ONE = /^\W*In (?:a|another) separate (?:attack|incident|strike|raid|ambush)\b/i;

/** Whether a frame says enough to be an event of its own. */
function specific(f: Frame): boolean {
  // "The faction identified the two as X and Y" names the dead of an attack already told; it tells none itself.
  if (f.identifies) return false;
  if (f.killed.size > 0) return true;
  if (f.plural) return false;
  // A dated attack with a death toll and a target or place is an event even before anyone is blamed; so is one the
  // article sets apart from the one it told ("In a separate attack, gunmen shot dead two policemen in Bannu").
  // So is one named by its year ("the 2021 suicide bombing at Kabul airport that killed 13").
  if (
    (f.tolls.some((n) => n > 0) || f.victim) &&
    (f.date?.precision === "day" || namedByYear(f) || SEPARATE_ONE.test(f.sentence.text)) &&
    (f.targets.size > 0 || f.places.size > 0)
  )
    return true;
  // "In January, a drone strike on the Tower 22 outpost killed three soldiers", "In October, police killed 31
  // rebels in a gunbattle in X": one attack, told with its month, its dead and its place, and how it was fought.
  if (
    f.tolls.some((n) => n > 0) &&
    f.date?.precision === "month" &&
    f.places.size > 0 &&
    !f.generic &&
    (f.weapon !== null || f.eventType !== "Attack" || f.massacre)
  )
    return true;
  // "An armed faction fired drones at Ain al-Asad on Tuesday": where and when, before anyone is named.
  // "A drone attack on the Harir base in Erbil on Tuesday": a weapon, a day and a place make an event too.
  if ((f.attackVerb || (f.number === "singular" && f.weapon)) && f.date?.precision === "day" && f.places.size > 0)
    return true;
  // "Turkish drones struck a convoy on the road to the dam, killing eight fighters": who did it and how many died;
  // not "Israeli strikes have killed more than 500 people", a count over time.
  if (
    !f.generic &&
    f.perpetrators.size > 0 &&
    f.tolls.some((n) => n > 0) &&
    !perfectBefore(f) &&
    !PERFECT_AFTER.test(f.sentence.text.slice(f.triggerEnd, f.triggerEnd + 30))
  )
    return true;
  return saysEnough(f.perpetrators.size > 0, f.places.size > 0, f.targets.size > 0, f.date !== null);
}

/**
 * "The Houthis have attacked ships in the Red Sea": told in the present perfect, with no day, toll or dead, after the
 * article's attack, what an actor has been doing, not another attack.
 */
function background(f: Frame): boolean {
  return !f.date && f.tolls.length === 0 && f.killed.size === 0 && perfectBefore(f);
}

/** "have killed", "has struck": the trigger told in the perfect. */
function perfectBefore(f: Frame): boolean {
  return PERFECT_BEFORE.test(f.sentence.text.slice(Math.max(0, f.triggerStart - 30), f.triggerStart));
}

/** "the 2021 suicide bombing": an attack its year names, as one looks back on a known event. */
function namedByYear(f: Frame): boolean {
  return f.date?.precision === "year" && f.date.index < f.triggerStart && f.triggerStart - f.date.index <= 16;
}

/** A frame that tells a toll, of dead or wounded, and nothing else: no one, nowhere, no day. */
function onlyToll(f: Frame): boolean {
  return (
    (f.tolls.length > 0 || f.wounded.length > 0) &&
    f.perpetrators.size === 0 &&
    f.places.size === 0 &&
    f.killed.size === 0 &&
    f.targets.size === 0 &&
    !f.date
  );
}

/** "a year ago" (2020), then "on 3 January 2020": the day within the year or month told before. */
function refines(finer: ResolvedDate, coarser: ResolvedDate): boolean {
  if (rank(finer.precision) >= rank(coarser.precision)) return false;
  return finer.date.startsWith(coarser.date.slice(0, coarser.precision === "year" ? 4 : 7));
}

/** Who did it, and where or to whom, and when or where: enough to tell an attack. */
function saysEnough(perpetrator: boolean, place: boolean, target: boolean, dated: boolean): boolean {
  return perpetrator && (place || target) && (dated || place);
}

function sameNumber(d: Draft, f: Frame): boolean {
  return f.number === null || d.frames.some((g) => g.number === null || g.number === f.number);
}

/** Whether the frames of a draft together say enough to be an event. */
function specificDraft(d: Draft): boolean {
  if (d.frames.some(specific)) return true;
  if (d.frames.every((f) => f.plural)) return false;
  // "Gunmen opened fire on a convoy on Thursday, killing 42. The attack took place in Kurram": a toll, a day and a
  // place, told over two sentences.
  if ([...d.tolls].some((n) => n > 0) && d.date?.precision === "day" && (d.targets.size > 0 || d.places.size > 0))
    return true;
  // "In March, FARC dissidents killed four soldiers in an ambush in Cauca": one attack, told as one, with its month,
  // its dead and its place.
  if (
    [...d.tolls].some((n) => n > 0) &&
    d.date?.precision === "month" &&
    d.places.size > 0 &&
    d.frames.some((f) => f.number === "singular" && !f.generic) &&
    !d.frames.some((f) => f.plural)
  )
    return true;
  return saysEnough(d.perpetrators.size > 0, d.places.size > 0, d.targets.size > 0, d.date !== null);
}

export function extractAttacks(
  analysed: AnalysedArticle[],
  marked: MarkedSentence[][],
  registry: Registry,
  facts: Fact[] = [],
): Attack[] {
  const entities = new Map<string, Entity>();
  for (const ms of marked.flat()) for (const r of ms.refs) entities.set(r.entity.id, r.entity);
  const sideOf = sidesFrom(registry, entities);
  const affiliations: Affiliations = new Map();
  facts.forEach((fact, at) => {
    if (fact.type !== "AFFILIATED_WITH") return;
    const list = affiliations.get(fact.from);
    if (list) list.push({ at, fact });
    else affiliations.set(fact.from, [{ at, fact }]);
  });
  const drafts: Draft[] = [];
  analysed.forEach((a, ai) => {
    const local: Draft[] = [];
    let main: Draft | undefined;
    const loose: Frame[] = [];
    /** Frames that speak of "the attack", or only of its toll, before the article has told any. */
    const ahead: Frame[] = [];
    let prevDate: ResolvedDate | undefined;
    /** The frame told last in the article, for a sentence that details the one before it. */
    let lastFrame: Frame | undefined;
    let lastGroup: string | undefined;
    let subjectGroup: string | undefined;
    /** The person the article named last, first of their sentence: whom "He was killed…" speaks of. */
    let lastSubject: string | undefined;
    /** The place the article named last: where "the city" is. */
    let lastPlace: string | undefined;
    /** The places the article named, in order: which is "the airport". */
    const placesSeen: string[] = [];
    for (const ms of marked[ai]!) {
      // Dates matter where an attack is told, and where a calendar date anchors "the following day".
      // Most sentences tell no attack: a test, which needs no copy of the pattern, finds them.
      const tellsAttack = TRIGGER_TEST.test(ms.text);
      // "Washington has blamed the Islamic Resistance in Iraq": a sentence that blames without telling an attack
      // blames for the one told before it.
      const blameOnly = !tellsAttack && lastFrame !== undefined ? BLAME_ONLY.exec(ms.text) : null;
      const triggers = tellsAttack ? [...ms.text.matchAll(TRIGGER)] : blameOnly ? [blameOnly] : [];
      const datesNeeded = tellsAttack || hasCalendarDate(ms.text);
      const sentenceDates = datesNeeded ? findDates(ms.text, a.article.published, prevDate) : [];
      const frames =
        triggers.length > 0 ? framesOf(ms, triggers, a.article.id, sentenceDates, sideOf, lastGroup, subjectGroup) : [];
      if (frames.length > 0) confirmedKill(ms, frames, sideOf, affiliations);
      // Later sentences count days from the last day told ("the following day", "a week after").
      const days = sentenceDates.filter((d) => d.precision === "day");
      if (days.length) prevDate = days[days.length - 1];
      for (const f of frames) {
        // "…to mark the fifth anniversary of the killing of X": dated by its anniversary.
        if (f.reference && !f.date && a.article.published) f.date = anniversaryDate(ms.text, a.article.published);
        // "On Tuesday, drones hit the city's main power station": an attack of its own day, in the city the article
        // named last.
        // "…fired a missile at the airport on Sunday": the airport the article named.
        const site =
          f.places.size === 0 && f.date ? THE_SITE.exec(ms.text.slice(f.triggerEnd, f.triggerEnd + 60)) : null;
        if (site) {
          const here = [...ms.text.slice(0, f.triggerStart).matchAll(/⟦L(\d+)⟧/g)].pop();
          const place = /^(?:city|town|village)$/.test(site[1]!)
            ? here
              ? ms.refs[Number(here[1])]!.entity.id
              : lastPlace
            : placesSeen.findLast((id) => SITE_NAMED[site[1]!]!.test(entities.get(id)?.name ?? ""));
          if (place) f.places.add(place);
        }
        if (f.killedPronoun && f.killed.size === 0 && lastSubject && !local.some((d) => d.killed.size > 0))
          f.killed.add(lastSubject);
        const byKilled =
          local.find(
            (d) => d.frames.some((g) => overlaps(persons(g), persons(f))) && compatibleDates(d.date, f.date),
          ) ??
          (f.killedPronoun && f.killed.size === 0
            ? [...local].reverse().find((d) => d.killed.size > 0 && !otherPerpetrators(d, f))
            : undefined);
        // Attacks the sentence itself told apart ("…on Monday, hours after a drone struck Erbil") stay apart.
        const open = local.filter((d) => !f.apartFrom || !d.frames.includes(f.apartFrom));
        // "The soldiers killed at Tower 22 were identified as A, B and C": the dead, by name, of the attack
        // whose toll the article gave before ("a drone attack that killed three American service members").
        const byToll =
          !f.date && f.killed.size > 1 && f.perpetrators.size === 0
            ? [...open].reverse().find((d) => d.killed.size === 0 && d.tolls.has(f.killed.size))
            : undefined;
        // "The soldiers were named as A and B": the dead, by name, of the attack told last whose dead had no names.
        const byNaming =
          f.identifies && !f.date && f.killed.size > 0 && f.perpetrators.size === 0
            ? [...open].reverse().find((d) => d.killed.size === 0 && d.tolls.size > 0)
            : undefined;
        // An attack of the same day before one of the day before or after ("Hezbollah fired rockets on Wednesday, a
        // day after an Israeli strike killed…. He was killed in a strike late Tuesday").
        // "X, which claimed responsibility on Friday": the day of a claim about the attack told before is not its day.
        const byDate =
          f.date && f.date.precision === "day" && !(f.anaphoric && f.dateStated)
            ? // "a day after": a day told apart from another is not that day.
              (sameDayAs(open, f, 0) ?? (toldFromAnother(f.date) || f.another ? undefined : sameDayAs(open, f, 1)))
            : undefined;
        // "…were among those killed in Monday's attack": the day of the attack told without one.
        // A lede tells the attack without a day and the sentence after it tells the day and the spot ("…in an attack
        // on a beach in Mogadishu. A suicide bomber blew himself up at Lido beach on Friday night"): the same attack.
        // A lede dated only by the day it was announced ("Israel said on Saturday it had killed…") takes the day too.
        const detailsLede =
          main &&
          lastFrame !== undefined &&
          main.frames.includes(lastFrame) &&
          lastFrame.sentence !== ms &&
          !f.indefinite &&
          !otherPerpetrators(main, f) &&
          !(main.targets.size > 0 && f.targets.size > 0 && !overlaps(main.targets, f.targets)) &&
          // "Less than 24 hours earlier, the IDF claimed…": a day told from the lede's is another attack's.
          !/\b(?:earlier|later|before|after|previously)\b/i.test(f.date?.text ?? "");
        const joinsMain =
          main &&
          open.includes(main) &&
          !f.date &&
          !f.indefinite &&
          !(f.another && f.killed.size > 0) &&
          // The dead named without where or by whom are the dead of the attack the article is about.
          // "The commander, X, was killed in the village of Y": the dead and where, for an attack told without a place.
          (f.killed.size === 0 ||
            ((f.anaphoric ||
              (f.perpetrators.size === 0 && (f.places.size === 0 || !placed(main))) ||
              // "The Israeli army said it had killed X": the dead, told by the attacker itself, of its attack told before.
              (f.places.size === 0 && f.perpetrators.size > 0 && overlaps(main.sides, f.sides))) &&
              (!conflicts(main, f) || f.alsoKilled))) &&
          !f.plural &&
          agrees(main, f) &&
          (!f.anaphoric || sameNumber(main, f)) &&
          // "The clashes came a day after Sadr ordered…, ending fighting that killed 30": told with another day.
          !(f.apartFrom?.date && main.date && f.apartFrom.date.date !== main.date.date);
        // "A senior general has been killed by a car bomb in the Moscow region. Gen X died when a device went off in
        // the town of Y": the lede's dead, named in the sentence after it, wherever it places them.
        const ledeDead =
          main !== undefined &&
          detailsLede &&
          main.killed.size === 0 &&
          f.killed.size > 0 &&
          f.perpetrators.size === 0 &&
          !f.date &&
          !(f.another && f.killed.size > 0);
        const datesUndatedMain =
          main &&
          // "…the anniversary of the killing of X in a US drone strike": an event looked back on takes no other's day.
          !main.frames.every((g) => g.reference) &&
          (!main.date || (main.dateStated && !f.dateStated && toldBefore(f.date, main.date))) &&
          f.date &&
          !f.plural &&
          (agrees(main, f) || detailsLede) &&
          (!conflicts(main, f) || f.alsoKilled) &&
          !otherKinds(main, f);
        // "The strikes near the town of X…" tells more of the strikes the article last told, not of "a drone attack".
        const antecedent =
          f.anaphoric && !f.plural
            ? [...open].reverse().find(
                (d) =>
                  !d.frames.every((g) => g.reference) &&
                  sameNumber(d, f) &&
                  // With one attack told so far, "the strike on the Sayyida Zeinab district" is that attack,
                  // named by a place within the one first given (Damascus).
                  // Strikes that somewhere else killed a number of their own are another attack of the wave (waveElsewhere).
                  (agrees(d, f) ||
                    (local.length === 1 &&
                      (f.number !== "plural" || (f.tolls.length === 0 && f.killed.size === 0)) &&
                      !otherPerpetrators(d, f))) &&
                  // …and "X was also killed in the strike" adds to its dead.
                  (!conflicts(d, f) || (local.length === 1 && !f.date && !otherPerpetrators(d, f))) &&
                  // "the clashes" speak of fighting, not of strikes the article told before.
                  !(f.eventType === "Armed clash" && !d.frames.some((g) => g.eventType === "Armed clash")) &&
                  // A dated report only dates a thin, undated antecedent ("…carried out strikes. The strikes on Friday…").
                  // The day a statement about it was made ("had announced on Tuesday") is no date of its own.
                  // "…earlier this month. The strike on the hospital on 13 May": a day within the month told.
                  (!f.date ||
                    f.dateStated ||
                    (!d.date && !specificDraft(d)) ||
                    (d.date !== null && refines(f.date, d.date))),
              )
            : undefined;
        // "The two members killed in Naqoura…": an undated report from a place the article has an attack in.
        const byPlace =
          !f.date && f.places.size > 0
            ? [...open]
                .reverse()
                .find((d) => overlaps(d.places, f.places) && !otherPerpetrators(d, f) && !conflicts(d, f))
            : undefined;
        // "The US and UK carried out strikes against the Houthis. Jets hit 60 targets in Sanaa overnight on Thursday":
        // where and when for a strike told by whom, still waiting to be placed.
        const awaiting =
          f.perpetrators.size === 0 && !f.indefinite && !f.plural
            ? [...open]
                .reverse()
                .find(
                  (d) =>
                    !specificDraft(d) &&
                    d.perpetrators.size > 0 &&
                    agrees(d, f) &&
                    !conflicts(d, f) &&
                    (!d.date || !f.date || dayDiff(d.date.date, f.date.date) <= 1),
                )
            : undefined;
        // An anaphor ("the strike") points to the attack told last; other reports go to the article's main attack.
        // "Iran fired missiles at Tel Aviv. At least three people were killed in Israel": a bare toll right after
        // an attack is that attack's, not the article's first.
        const justTold =
          onlyToll(f) && lastFrame && lastFrame.sentence.sentence.index === ms.sentence.index - 1
            ? open.find(
                (d) =>
                  d !== main &&
                  d.frames.includes(lastFrame!) &&
                  // "…killed four guards. Thirteen other people were injured.": the wounded of the attack just told.
                  (f.tolls.length === 0
                    ? !d.frames.some((g) => g.wounded.length > 0)
                    : d.tolls.size === 0 && d.killed.size === 0),
              )
            : undefined;
        // "…in retaliation for the drone attack that killed three soldiers at Tower 22": the attack told as what
        // another answered is an earlier one, joined only by its dead or its day.
        // "Manbij has been the scene of fighting between X and Y since December": a war's sides, told with no dead of
        // its own, are not the attackers of the attack the article tells.
        const sidesOfAWar =
          f.generic &&
          f.eventType === "Armed clash" &&
          f.perpetrators.size > 0 &&
          f.killed.size === 0 &&
          f.tolls.length === 0;
        const target = f.answered
          ? (byKilled ?? byDate)
          : sidesOfAWar
            ? undefined
            : (byKilled ??
              byToll ??
              byNaming ??
              byDate ??
              byPlace ??
              justTold ??
              (f.anaphoric
                ? (antecedent ?? (joinsMain || datesUndatedMain || ledeDead ? main : undefined))
                : joinsMain || datesUndatedMain || ledeDead
                  ? main
                  : awaiting));
        const wave = target || specific(f) ? undefined : waveElsewhere(f, open);
        if (target) {
          addFrame(target, f);
          if (
            f.date &&
            (!target.date ||
              (target.dateStated && !f.dateStated && f.date.precision === "day" && toldBefore(f.date, target.date)) ||
              (f.killed.size > 0 && !f.dateStated && !target.frames.some((g) => g !== f && g.killed.size > 0)) ||
              refines(f.date, target.date))
          ) {
            target.date = f.date;
            target.dateStated = f.dateStated;
          }
          main = local.find(specificDraft);
        } else if (sidesOfAWar) {
          loose.push(f);
        } else if (specific(f) && !(main && background(f))) {
          const d = draftOf(f);
          // "The X claimed responsibility for the attack. Its fighters opened fire on the train near Y on Tuesday": what
          // the sentences just before the article's first attack told of "the attack", and its toll, are of it.
          if (local.length === 0)
            for (const g of ahead)
              if (ms.sentence.index - g.sentence.sentence.index <= 3 && agrees(d, g) && !conflicts(d, g))
                addFrame(d, g);
          local.push(d);
          main = local.find(specificDraft);
        } else if (wave) {
          joinWave(f, wave);
          local.push(draftOf(f));
        } else {
          // Who struck and when, or whom, but not yet where: an attack if the next sentences say where or when.
          // Beside the article's main attack, only one by others ("Days later, U.S. forces struck…").
          // So is an attack told by where and its toll ("an attack on a military school in Bamako that killed
          // more than 70"), if the next sentences say who or when.
          if (
            (f.perpetrators.size > 0 &&
              (!main ||
                (otherPerpetrators(main, f) && !background(f)) ||
                // "Last month, two teachers were shot dead by suspected X gunmen": the same attackers, another time.
                (main.date !== null && f.date !== null && !compatibleDates(main.date, f.date))) &&
              ((!f.plural &&
                (f.date?.precision === "day" || (f.attackVerb && f.targets.size > 0) || f.tolls.some((n) => n > 0))) ||
                f.wave)) ||
            (!main && !f.plural && f.places.size > 0 && f.tolls.some((n) => n > 0)) ||
            // …and one told by its day and toll ("Gunmen opened fire on a convoy on Thursday, killing 42"), if the
            // next sentences say where.
            (!main && !f.plural && !f.generic && f.date?.precision === "day" && f.tolls.some((n) => n > 0))
          )
            local.push(draftOf(f));
          else if (
            local.length === 0 &&
            (f.anaphoric || onlyToll(f)) &&
            !f.plural &&
            !f.generic &&
            !f.indefinite &&
            !f.answered &&
            !f.reference
          )
            ahead.push(f);
          loose.push(f);
        }
        lastFrame = f;
      }
      for (const r of ms.refs) if (r.entity.label === "Organization") lastGroup = r.entity.id;
      const opener = ms.refs[0];
      subjectGroup =
        opener?.entity.label === "Organization" &&
        (opener.mention.start <= 4 || DESCRIBED_OPENER.test(ms.sentence.text.slice(0, opener.mention.start)))
          ? opener.entity.id
          : undefined;
      lastSubject = ms.refs.find((r) => r.entity.label === "Person")?.entity.id ?? lastSubject;
      lastPlace = ms.refs.findLast((r) => r.entity.label === "Place")?.entity.id ?? lastPlace;
      for (const r of ms.refs) if (r.entity.label === "Place") placesSeen.push(r.entity.id);
    }
    // "…a day after a missile fired by the rebels landed near the terminal of Ben Gurion Airport, wounding six. … The
    // group had fired a missile at the airport on Sunday": a frame too thin to be an event, with its dead or wounded
    // at a place where only one attack the article told fell, is of that attack.
    for (const f of loose) {
      if ((f.wounded.length === 0 && f.tolls.length === 0) || f.places.size === 0 || f.generic || f.plural) continue;
      if (local.some((d) => d.frames.includes(f))) continue;
      const there = local.filter((d) => specificDraft(d) && overlaps(d.places, f.places));
      if (there.length === 1 && agrees(there[0]!, f) && !conflicts(there[0]!, f)) addFrame(there[0]!, f);
    }
    // A frame too thin to be an event may still date one ("the US killing on Thursday of a militia leader").
    for (const d of local) {
      if (d.date) continue;
      const hint = loose.find((f) => f.date && f.date.precision === "day" && f.perpetrators.size > 0 && agrees(d, f));
      if (hint) {
        addFrame(d, hint);
        d.date = hint.date;
        d.dateStated = hint.dateStated;
      }
    }
    drafts.push(...local.filter(specificDraft));
  });
  // The same attack reported by several articles is one. Two reports are the same attack only if they
  // share someone killed, a place, a perpetrator or a target (see sameAttack): an index of those ids
  // finds the reports worth comparing, earliest first, so the merge stays linear in the corpus.
  const merged: Draft[] = [];
  const summaries: AttackSummary[] = [];
  const byId = new Map<string, Set<number>>();
  const idsOf = (s: AttackSummary) => [...s.killed, ...s.places, ...s.perpetrators, ...s.targets];
  const file = (i: number) => {
    for (const id of idsOf(summaries[i]!)) {
      const reports = byId.get(id);
      if (reports) reports.add(i);
      else byId.set(id, new Set([i]));
    }
  };
  for (const d of drafts) {
    const sd = summary(d);
    const near = new Set<number>();
    for (const id of idsOf(sd)) for (const i of byId.get(id) ?? []) near.add(i);
    const i = [...near].sort((x, y) => x - y).find((j) => sameAttack(summaries[j]!, sd) && !toldApart(merged[j]!, d));
    if (i !== undefined) {
      const same = merged[i]!;
      for (const g of d.frames) addFrame(same, g);
      if (!same.date || (d.date && rank(d.date.precision) < rank(same.date.precision))) same.date = d.date;
      summaries[i] = summary(same);
      file(i);
    } else {
      merged.push(d);
      summaries.push(sd);
      file(summaries.length - 1);
    }
  }
  return uniqueIds(
    merged.map((d) => toAttack(d, entities, analysed, affiliations)),
    entities,
  );
}

/**
 * An attack's id says its day and place; two attacks of one day and place (a strike and the rockets
 * fired back, or two undated attacks on no named place) take their attacker's name, then a number, so
 * that neither is written over the other.
 */
function uniqueIds(attacks: Attack[], entities: Map<string, Entity>): Attack[] {
  const taken = new Set<string>();
  for (const a of attacks) {
    const base = a.id;
    const perp = a.perpetrators[0] && entities.get(a.perpetrators[0].entity)?.name;
    if (taken.has(a.id) && perp) a.id = `${base}-by-${slug(perp)}`;
    for (let n = 2; taken.has(a.id); n++) a.id = `${base}-${n}`;
    taken.add(a.id);
  }
  return attacks;
}

const rank = (p: DatePrecision) => ({ day: 0, month: 1, year: 2 })[p];

/** An attack announced on a day happened that day or in the few days before it. */
function toldBefore(own: ResolvedDate | null, announced: ResolvedDate): boolean {
  if (!own) return false;
  const days = daysBetween(own.date, announced.date);
  // A weekday told ("on Tuesday") is at most six days before the day it is told on.
  return days >= 0 && days <= 6;
}

/** An undated frame agrees with an event when it names no other perpetrator and no other place. */
function agrees(d: Draft, f: Frame): boolean {
  const perps = d.perpetrators;
  const places = d.places;
  // "X was behind the attack" points back to the attack whoever else claimed it; a new attribution
  // is kept beside the others, as the ontology wants conflicting statements kept side by side.
  const attributedBack =
    f.attributedBack &&
    f.tolls.length === 0 &&
    (f.places.size === 0 || overlaps(places, f.places)) &&
    (!f.date || f.dateStated);
  const samePerp = f.perpetrators.size === 0 || perps.size === 0 || attributedBack || overlaps(d.sides, f.sides);
  const samePlace = f.places.size === 0 || places.size === 0 || overlaps(places, f.places);
  return samePerp && samePlace;
}

/** People an event is about: those killed and those it targeted. */
function persons(f: Frame): Set<string> {
  return new Set([...f.killed, ...[...f.targets].filter((t) => t.startsWith("person:"))]);
}

/** A report of an attack by others, on or near the same day, is another attack (a strike and the retaliation). */
function otherPerpetrators(d: Draft, f: Frame): boolean {
  const perps = d.perpetrators;
  return perps.size > 0 && f.perpetrators.size > 0 && !overlaps(d.sides, f.sides);
}

/**
 * "…18 fighters were killed in the strikes in eastern Syria, near Mayadeen": the wave of strikes told before,
 * somewhere else. The frame becomes an attack of its own, on that wave's day and by its attackers.
 */
function waveElsewhere(f: Frame, open: Draft[]): Draft | undefined {
  if (!f.anaphoric || f.number !== "plural" || f.places.size === 0 || f.date || f.perpetrators.size > 0)
    return undefined;
  if (!f.tolls.some((n) => n > 0) && f.killed.size === 0) return undefined;
  return [...open]
    .reverse()
    .find((d) => d.date?.precision === "day" && d.perpetrators.size > 0 && sameNumber(d, f) && otherPlaces(d, f));
}

/** The frame takes the wave's day and attackers (see waveElsewhere). */
function joinWave(f: Frame, wave: Draft) {
  for (const g of wave.frames)
    for (const [k, v] of g.perpetrators) if (!f.perpetrators.has(k)) f.perpetrators.set(k, v);
  for (const x of wave.sides) f.sides.add(x);
  f.date = wave.date;
  f.dateStated = wave.dateStated;
  f.plural = false;
}

/** The first of the drafts `open` dated to the day, within `within` days of frame `f`'s day, that `f` may join. */
function sameDayAs(open: Draft[], f: Frame, within: number): Draft | undefined {
  return open.find(
    (d) =>
      d.date?.precision === "day" &&
      dayDiff(d.date.date, f.date!.date) <= within &&
      !conflicts(d, f) &&
      !otherPerpetrators(d, f) &&
      !otherPlaces(d, f) &&
      !otherKinds(d, f) &&
      // "Gunmen ambushed a convoy on Thursday… Clashes broke out on Friday": fighting the day after an attack told as
      // another kind is another event.
      !(within > 0 && (f.eventType === "Armed clash") !== (d.frames[0]!.eventType === "Armed clash")) &&
      // "X claimed the assault on Wednesday" speaks of the attack told before, whatever day it names.
      !(within > 0 && !f.anaphoric && namedDaysApart(d.date, f.date!)),
  );
}

/**
 * "Drones struck the city on Wednesday… On Tuesday, drones hit the power station": days the article names apart, the
 * day's attack each; not "late on Tuesday" and "Wednesday", which may be one night.
 */
function namedDaysApart(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.date !== b.date && [a, b].every((d) => WEEKDAY_NAMED.test(d.text) && !AROUND_MIDNIGHT.test(d.text));
}
const WEEKDAY_NAMED = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const AROUND_MIDNIGHT = /\b(?:late|night|overnight|early|evening|dawn|midnight)\b/i;

/** Fighting and a strike or a bombing are two events, whatever day each was told on. */
function otherKinds(d: Draft, f: Frame): boolean {
  return kindsApart(d.frames, [f]);
}

function kindsApart(a: Frame[], b: Frame[]): boolean {
  const told = (frames: Frame[]) => frames.map((g) => g.eventType).filter((e) => e !== "Attack");
  const [ta, tb] = [told(a), told(b)];
  return ta.length > 0 && tb.length > 0 && ta.includes("Armed clash") !== tb.includes("Armed clash");
}

/**
 * An article that told two attacks apart by their attackers ("Israeli jets struck Khiam… Hours later, Hezbollah
 * fired rockets at Khiam"), by their kinds (fighting at a base, and air strikes after it), or by the days it named
 * ("on Wednesday… On Tuesday, drones hit…"), is not overruled by their sharing a day and a place.
 */
function toldApart(a: Draft, b: Draft): boolean {
  return (
    (otherSides(a, b) || kindsApart(a.frames, b.frames) || namedApart(a, b)) &&
    a.frames.some((g) => b.frames.some((h) => h.article === g.article))
  );
}

/** Two drafts each told as an attack of its own ("drones hit…"), on days the article named apart. */
function namedApart(a: Draft, b: Draft): boolean {
  return !!a.date && !!b.date && !a.frames[0]!.anaphoric && !b.frames[0]!.anaphoric && namedDaysApart(a.date, b.date);
}

/** Two drafts each told with attackers, none of them on the same side. */
function otherSides(a: Draft, b: Draft): boolean {
  return a.sides.size > 0 && b.sides.size > 0 && !overlaps(a.sides, b.sides) && !overlaps(a.killed, b.killed);
}

/** A report of an attack elsewhere the same day is another attack. */
function otherPlaces(d: Draft, f: Frame): boolean {
  return d.places.size > 0 && f.places.size > 0 && !overlaps(d.places, f.places);
}

const placed = (d: Draft) => d.places.size > 0;

function conflicts(d: Draft, f: Frame): boolean {
  return f.killed.size > 0 && d.killed.size > 0 && !overlaps(d.killed, f.killed);
}

function summary(d: Draft): AttackSummary {
  return {
    date: d.date?.date ?? null,
    precision: d.date?.precision ?? null,
    killed: d.killed,
    places: d.places,
    perpetrators: d.perpetrators,
    targets: d.targets,
    tolls: d.tolls,
  };
}

function participants(
  frames: Frame[],
  get: (f: Frame) => Iterable<string>,
  attribution?: (f: Frame, id: string) => Attribution,
): Participant[] {
  const out = new Map<string, Participant>();
  for (const f of frames) {
    for (const id of get(f)) {
      const p = out.get(id) ?? { entity: id, sources: [], evidence: [], evidenceSources: [] };
      if (!p.sources.includes(f.article)) p.sources.push(f.article);
      addEvidence(p, f.sentence.sentence.text, f.article);
      if (attribution) {
        const a = attribution(f, id);
        if (!p.attribution || ATTRIBUTION_RANK[a] < ATTRIBUTION_RANK[p.attribution]) p.attribution = a;
      }
      out.set(id, p);
    }
  }
  return [...out.values()];
}

const ATTRIBUTION_RANK: Record<Attribution, number> = { stated: 0, claimed: 1, blamed: 2, alleged: 3 };

/** Each figure an article reports once, with the first sentence that gives it. */
function reports(frames: Frame[], figures: (f: Frame) => number[]): FigureReport[] {
  const out = new Map<string, FigureReport>();
  for (const f of frames) {
    for (const count of figures(f)) {
      const key = `${count}|${f.article}`;
      if (!out.has(key)) out.set(key, { count, source: f.article, evidence: f.sentence.sentence.text });
    }
  }
  return [...out.values()];
}

/** Affiliation facts by person, each with its place in the fact list (which orders the targets). */
type Affiliations = Map<string, { at: number; fact: Fact }[]>;

/** "Israel's military has confirmed that X, …, was killed in an airstrike": who confirms a death in a strike. */
const CONFIRMED_KILL =
  /^(?:The )?⟦[SO](\d+)⟧(?:[’']s (?:military|army|armed forces))? (?:has |had )?(?:confirmed|announced|said) (?:on \w+ )?(?:that )?⟦P(\d+)⟧(?:, (?:[^,⟦]|⟦[SOL]\d+⟧){1,80},)? (?:was|had been) killed in an? (?:air ?strike|airstrike|strike|drone strike|raid)\b/;

/**
 * A state, or its forces, that confirms a death in a strike no one is named for claims it, unless the dead was
 * of its own side ("Iran confirmed that its adviser X was killed in an airstrike").
 */
function confirmedKill(ms: MarkedSentence, frames: Frame[], sideOf: SideOf, affiliations: Affiliations) {
  const m = CONFIRMED_KILL.exec(ms.text);
  if (!m) return;
  const speaker = ms.refs[Number(m[1])]!.entity;
  const dead = ms.refs[Number(m[2])]!.entity.id;
  const f = frames.find((g) => g.killed.has(dead) && g.perpetrators.size === 0);
  const sides = sideOf(speaker.id);
  if (!f || (speaker.label !== "State" && sides.length < 2)) return;
  const own = (affiliations.get(dead) ?? []).some(({ fact }) => sideOf(fact.to).some((x) => sides.includes(x)));
  if (own) return;
  f.perpetrators.set(speaker.id, "claimed");
  for (const x of sides) f.sides.add(x);
}

function toAttack(
  d: Draft,
  entities: Map<string, Entity>,
  analysed: AnalysedArticle[],
  affiliations: Affiliations,
): Attack {
  const frames = d.frames;
  const sources = [...new Set(frames.map((f) => f.article))].sort();
  const killed = participants(frames, (f) => f.killed);
  const perpetrators = participants(
    frames,
    (f) => f.perpetrators.keys(),
    (f, id) => f.perpetrators.get(id)!,
  );
  const perpIds = new Set(perpetrators.map((p) => p.entity));
  // The groups of the people killed were targeted, as the articles that name them say.
  const killedIds = new Set(killed.map((k) => k.entity));
  const targetsFromKilled = killed
    .flatMap((k) => affiliations.get(k.entity) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((a) => a.fact)
    .filter((f) => entities.get(f.to)?.label === "Organization");
  const targets = participants(frames, (f) => [...f.targets].filter((t) => !perpIds.has(t) && !killedIds.has(t)));
  for (const f of targetsFromKilled) {
    if (targets.some((t) => t.entity === f.to) || perpIds.has(f.to)) continue;
    targets.push({
      entity: f.to,
      sources: [...f.sources],
      evidence: [...f.evidence],
      evidenceSources: [...f.evidenceSources],
    });
  }
  const places = participants(frames, (f) => f.places);
  let date = d.date;
  if (!date) {
    // An undated event in a news report happened around its publication: kept at month precision.
    const published = analysed.find((a) => a.article.id === sources[0])?.article.published;
    if (published) date = { date: published, precision: "month", text: "", index: -1 };
  }
  // "…and that a suicide bomber had driven the vehicle": a suicide bombing, whatever weapon was told first.
  const weaponFrame = frames.find((f) => f.eventType === "Suicide bomb") ?? frames.find((f) => f.weapon) ?? frames[0]!;
  const fatalityReports = reports(frames, (f) => f.tolls);
  const counts = fatalityReports.map((r) => r.count);
  const woundedReports = reports(frames, (f) => f.wounded);
  const wounded = woundedReports.map((r) => r.count);
  const placeName = places[0] ? entities.get(places[0].entity)?.name : undefined;
  const about =
    placeName ??
    (killed[0] ? entities.get(killed[0].entity)?.name : undefined) ??
    (targets[0] ? entities.get(targets[0].entity)?.name : undefined) ??
    "unknown";
  const perpName = perpetrators[0] ? entities.get(perpetrators[0].entity)?.name : undefined;
  return {
    id: `attack:${date?.date ?? "undated"}-${slug(about)}`,
    label: `${perpName ? perpName + " " : ""}${weaponFrame.weapon ?? "attack"} ${placeName ? "in " + placeName : "on " + about}${date ? ", " + date.date.slice(0, date.precision === "year" ? 4 : date.precision === "month" ? 7 : 10) : ""}`,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateText: date?.text || null,
    // With no weapon told, a kind of event a frame tells ("clashes") over the bare "Attack".
    // Fighting told first ("Clashes broke out…, the ministry accused X of shelling…") is a battle, whatever its weapons.
    eventType:
      frames[0]!.eventType === "Armed clash"
        ? "Armed clash"
        : weaponFrame.weapon
          ? weaponFrame.eventType
          : (frames.find((f) => f.eventType !== "Attack")?.eventType ?? weaponFrame.eventType),
    weapon: weaponFrame.weapon,
    fatalitiesMin: counts.length ? Math.min(...counts) : killed.length || null,
    fatalitiesMax: counts.length ? Math.max(...counts, killed.length) : killed.length || null,
    fatalityReports,
    woundedMin: wounded.length ? Math.min(...wounded) : null,
    woundedMax: wounded.length ? Math.max(...wounded) : null,
    woundedReports,
    perpetrators,
    targets,
    killed,
    places,
    sources,
    ...inTextOrder(frames).reduce((acc, f) => addEvidence(acc, f.sentence.sentence.text, f.article), {
      evidence: [] as string[],
      evidenceSources: [] as string[],
    }),
  };
}

/** Frames as their articles tell them: each article's sentences in order, the articles as they were first reported. */
function inTextOrder(frames: Frame[]): Frame[] {
  const articles = [...new Set(frames.map((f) => f.article))];
  return [...frames].sort(
    (a, b) =>
      articles.indexOf(a.article) - articles.indexOf(b.article) ||
      a.sentence.sentence.index - b.sentence.sentence.index,
  );
}
