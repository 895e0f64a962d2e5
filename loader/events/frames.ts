/**
 * The frames of one sentence: one per trigger word, each filled by the readers of perpetrators, victims and
 * tolls, then joined where the sentence tells one story.
 */
import { DIRECTIONS, ROLES_OF_THE_NAMED_DEAD } from "../mentions/lexicon.ts";
import { COUNT_WORD } from "../text/numbers.ts";
import type { MarkedSentence } from "../facts/marked.ts";
import { toldFromAnother, type ResolvedDate } from "./dates.ts";
import { type Frame, type SideOf, absorb, namedByYear, onlyToll, perpsAgree, toldOfItself } from "./frame.ts";
import { addPerpetrators } from "./perpetrators.ts";
import { type SentenceReading, type Told, type TriggerSpan, readSentence, spanOf } from "./sentence.ts";
import { addTolls, addWounded } from "./tolls.ts";
import { addKilled, addTargets } from "./victims.ts";
import { fightingStaysAClash, weaponNear } from "./weapons.ts";
import {
  ATTACKER_NOUNS,
  ATTACKERS_ASIDE,
  ATTACKERS_OF,
  ATTACK_VERBS,
  BEHIND_HEDGE,
  DONE_TO_DEATH,
  MEMBER_NOUNS,
  ONE_OF_THE_DEAD,
  SHOT_DEAD,
  SHOT_DOWN,
  TAKEN,
  TAKING,
  VICTIMS,
  WEEKDAY_NAME,
  WERE_WOUNDED,
  WHO_SAID_TO_BELONG,
} from "./words.ts";

/**
 * "Fano militiamen fought Ethiopian federal troops in Gondar on Tuesday": a fight of one day told; not "has fought the
 * federal government since 2023" or "fought alongside the army", a war's long course.
 */
const FOUGHT_ON_A_DAY = String.raw`fought(?<!\b(?:has|have|had|who|which|that) fought)(?= (?:(?:the )?⟦[SO]\d+⟧|(?:⟦S\d+⟧ )?(?:[\w-]+ ){0,2}?(?:troops|forces|soldiers|army|militants|rebels|fighters|militiamen|insurgents|jihadists|police))\b[^.;]{0,80}?\b(?:on ${WEEKDAY_NAME}|over the weekend|overnight)\b)`;

/**
 * "Hayat Tahrir al-Sham (HTS) and allied factions launched the offensive on Wednesday": armed men's offensive; not "a
 * diplomatic offensive", nor "…killed since Thursday, when the ELN launched an offensive", the start of the fighting
 * the dead fell in.
 */
const LAUNCHED_AN_OFFENSIVE = String.raw`offensive(?<!\b(?:when|where)\b[^.;]{0,80})(?<=(?:⟦[SO]\d+⟧(?: \(⟦O\d+⟧\))?|\b(?:forces|troops|rebels|fighters|militants|army|insurgents|jihadists|militias?))(?: and (?:its |their )?(?:allied |affiliated )?(?:factions|allies|groups|militias))? (?:had |have |has )?launched (?:an?|the|their|its) (?:(?:major|new|large-scale|surprise|lightning|ground|military|fresh|renewed) )?offensive)`;

/**
 * "…killed a senior commander of X. The commander, Y, was in charge of…", "…said the commander, Y, was…": the role of
 * the one killed, named after; not "Hezbollah mourned the commander, Y", which "mourned" tells.
 */
const ROLE_NAMED = `(?:${ROLES_OF_THE_NAMED_DEAD.join("|")})`;

const ROLE_NAMED_WORD = new RegExp(`^${ROLE_NAMED}$`);

/** Words that name the dead of an attack told before rather than tell one. */
const IDENTIFYING = new RegExp(`^(?:(?:(?:were|was) )?(?:identified|named|mourned)|${ROLE_NAMED}$)`);

/** Words that tell an attack. Look-behinds come after the word they qualify, so they run only where it occurs. */
export const TRIGGER = new RegExp(
  String.raw`\b(?:(?:air|drone|missile|rocket|mortar)[ -]?strikes?|airstrikes?|strikes?|(?:drone|rocket|missile|mortar|bomb) attacks?|attacks?|assaults?|raids?(?= (?:in|on|near|at|against|by|took|was|were|killed)\b)|assassinat(?:ion|ed)|murdered|killing|killings(?<=\b[Tt]he killings)|killed|kills|behead(?:ed|ing)|massacres?(?= of| in| at)|massacre(?<=\b[Tt]he massacre)|battle(?<=\b(?:died|killed|dead) in the battle)|executed(?= (?:about |at least |more than |some |nearly |around )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores)\b| (?:men|villagers|civilians|residents|worshippers|prisoners|hostages)\b)|eliminated|eliminating|neutrali[sz]ed|slaying|clash(?:es|ed)?|fighting(?= between| (?:(?:later|then|also|again) )?(?:erupted|broke out|pitted)\b)|exchanged (?:heavy |intense |sporadic )?(?:fire|gunfire)|${FOUGHT_ON_A_DAY}|${LAUNCHED_AN_OFFENSIVE}|${SHOT_DEAD}|${DONE_TO_DEATH}|gunned down|${SHOT_DOWN}|stepped on(?= (?:an? )?(?:[\w-]+ )?(?:land)?mines?\b)|opened fire|fired(?<!\b(?:not|never) fired) (?:shots )?(?:at|on)(?= (?:an? |the |their |its |two |three )?(?:⟦S\d+⟧ )?(?:[\w-]+ ){0,2}?(?:troops|soldiers|police(?:men)?|officers|forces|patrols?|convoys?|vehicles?|cars?|bus(?:es)?|civilians|protesters|demonstrators|worshippers|crowds?|people|residents|villagers|positions|compounds?|bases?|camps?|checkpoints?|posts?|buildings?|houses?|homes?)\b| (?:the )?⟦[SO]\d+⟧)|suicide (?:bombings?|attacks?)|(?:hurled|threw|lobbed|tossed) (?:an? |two |three |several )?(?:hand )?grenades?|blew (?:himself|herself|themselves) up|blew up(?= (?:an? |the |their |its |his |her |two |three |several )?(?:[\w-]+ )?(?:vehicles?|bus(?:es)?|cars?|convoys?|trucks?|jeeps?|vans?|patrols?|bridges?|pipelines?|posts?|checkpoints?|(?:police )?stations?|trains?)\b)|(?:detonated|set off)(?<=(?:\b(?:bombers?|attackers?|assailants|fighters|militants|insurgents|jihadists|gunmen|rebels|guerrillas|militiamen|separatists|he|she|they)|⟦[SO]\d+⟧(?: \(⟦O\d+⟧\))?)(?: had| have| has)? (?:detonated|set off))(?= (?:an? |the |their |his |her |two |three |several )?(?:[\w-]+ )?(?:explosives?|bombs?|vests?|devices?)\b)|death(?<=['’]s death)|bombings?|shelling|(?:artillery|tank|mortar) fire|struck|bombed|shelled|attacked|overr(?:an|un)(?= (?:an?|the|their|its) )|rammed(?= (?:an?|the|their|its|two|into|(?:explosives?|bomb)-laden) )|dropped(?= (?:[\w-]+ ){0,2}?bombs?\b)|raided(?= (?:an?|the|their|its) |\s+⟦)|claim(?:ed|s) responsibility(?! for)|ambush(?:ed)?|stormed(?<=(?:\b(?:gunmen|fighters|militants|attackers|assailants|insurgents|jihadists|rebels|bandits|troops|forces|soldiers|group|militia|faction|members|gangs?|coalition|settlers)|⟦[SO]\d+⟧)(?:, (?:who|which) [^,;]{1,80},|, (?:an?|the) (?:[^,;⟦]|⟦[SO]\d+⟧){1,60},| armed with [^,;.]{1,40})? stormed)|burst into(?<=\b(?:gunmen|men|attackers|assailants|militants|fighters) burst into)|set fire to(?<=(?:\b(?:jihadists|militants|gunmen|fighters|attackers|rebels|insurgents|settlers)|⟦O\d+⟧) set fire to)|pounded(?<=(?:\b(?:jets|warplanes|aircraft|drones|artillery|forces|troops)|⟦[SO]\d+⟧) pounded)|(?:${TAKING})(?<=(?:\b(?:fighters|militants|rebels|insurgents|jihadists|troops|forces|soldiers|militias?|militiamen|group|gangs?|[Ii]t|[Tt]hey)|⟦[SO]\d+⟧(?: and (?:its|their) allies)?)(?:, (?:backed|supported|aided|assisted) by [^,;.]{1,60},)?(?: had| has| have)? (?:${TAKING}))(?= (?:the |an? )?(?:(?:northern|southern|eastern|western|central) )?(?:⟦S\d+⟧ )?(?:(?:strategic|key|nearby|northern|southern|eastern|western|central|military|army|presidential) )?(?:town|city|village|base|camp|port|airport|headquarters|palace)\b| ⟦L\d+⟧| the (?:[A-Z][\w-]+ ){1,2}(?:Palace|Airport|Base|Camp)\b)|mourned(?= (?:the|its|a) (?:[\w-]+ ){0,2}?(?:commander|fighter|member|leader|official),? ⟦P\d+⟧)|(?:attackers|assailants|gunmen)(?=${ATTACKERS_ASIDE}(?:${WHO_SAID_TO_BELONG}|,? (?:who (?:are|were) |(?:were|are) )?(?:believed|thought|suspected) to (?:be|belong|have been)|${ATTACKERS_OF}(?:⟦[SO]\d+⟧-[\w-]+ )?⟦O| (?:were|are) (?:the )?⟦O\d+⟧ (?:${MEMBER_NOUNS})\b))|targeted(?<=\b(?:it|they|had|has|have|was|were|been|drones?|rockets?|missiles?|jets|warplanes|aircraft|bombers?|attackers?|assailants|gunmen|militants|(?:bombs?|devices?|IEDs?|blasts?|explosions?)(?: (?:that|which))?) targeted|\b[Tt]he operation(?:, [^,.;]{1,40},)? targeted)|targets?(?<=\b(?:drones?|rockets?|missiles?|jets|warplanes|aircraft) targets?)|(?:drones?|rockets?|missiles?)(?<=\b(?:behind|for) the (?:drones?|rockets?|missiles?))|hit(?<=\b(?:jets|warplanes|aircraft|drones?|missiles?|rockets?|shells|mortars?|rounds|projectiles|submarines?|strikes?|bombs?)(?: (?:launched|fired) by (?:the )?(?:[a-z-]+ )?⟦[SO]\d+⟧)? hit)|hit(?<=⟦[SO]\d+⟧ hit)(?= (?:an?|the|several|two|three|four|five|dozens of|its|their) |\s+⟦[SOL]\d+⟧)|hit(?<=\b[Tt]he (?:bus|minibus|vehicle|car|convoy|truck|patrol|boat|plane|helicopter) (?:was|were) hit)(?= (?:near|in|on|at|outside|late|early)\b)|hit(?<=\b(?:was|were) hit)(?= by (?:an? |two |three )?(?:[\w-]+ ){0,2}?(?:drones?|missiles?|rockets?|projectiles?|shells?|mortars?|(?:surface|explosive-laden) (?:vessel|boat)s?|devices?|IEDs?|(?:land)?mines?|bombs?)\b)|(?:landed|fell|exploded)(?<=\b(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?|bombs?)(?: (?:fired|launched) by [^.;]{1,40}?)? (?:landed|fell|exploded))|exploded(?<=\b(?:pagers?|devices?|walkie-talkies|radios|cars?|vehicles?|motorcycles?|explosives|bombs?|(?:land)?mines?)\b(?:[^.;⟦]|⟦L\d+⟧){0,60}(?:⟦[SO]\d+⟧[^.;⟦]{0,20})?exploded)|went off(?<=\b(?:bombs?|devices?|explosives?|mines?|IEDs?)\b[^.;⟦]{0,40}went off)|behind(?<=\b(?:was|were|is|are) ${BEHIND_HEDGE}behind)(?= it\b)|responsible(?<=\bheld (?:the )?⟦[SO]\d+⟧ (?:fully |directly |entirely )?responsible)(?! for any\b)|blasts?|explosions?|(?:fired|firing|launched|launching) (?:["“]?[\w-]+ ){0,5}?["“]?(?:rockets?|missiles?|drones?|mortars?|mortar (?:shells|rounds))(?!-propelled)|fired(?<=\b(?:rockets?|missiles?|mortars?|shells?|drones?) (?:were|was|had been) fired)|martyred|operation(?<=\b[Tt]he operation)(?= (?:was|had been) (?:carried out|conducted|launched)\b| took place\b)|operation(?<=\b(?:had|has|have) (?:carried out|conducted) the operation)|(?<=\b(?:${VICTIMS}|more|\d[\d,]*) )${WERE_WOUNDED}(?=\s*(?:[,.;]|$)|\s+(?:across|throughout) the (?:city|capital|town|region|country)\b|,? and (?:were |was )?(?:taken|rushed|evacuated|admitted|hospitali[sz]ed|treated)\b)|s[au]nk(?= (?:the|a|an|two|three|another|a second) )|put (?:the (?:death )?toll|it) at(?= (?:at least |about |around |more than |nearly |over )?\d)|toll(?<=\bdeath toll)(?= (?:was|is|had risen to|has risen to|rose to|stood at|reached) (?:at least |about |around |nearly |more than |over )?\d)|died(?<=\b${COUNT_WORD} (?:[\w-]+ )?(?:${VICTIMS})(?: had| have)? died)(?=\s*(?:[.;]|$))|dead(?<=\b[Aa]mong the dead)(?= (?:was|were) (?:an? (?:[\w-]+ |⟦S\d+⟧(?:-⟦S\d+⟧)? ){0,3}?[\w-]+, )?(?:[A-Z][\w.-]* ){0,3}⟦P| were (?:[\w-]+ )?(?:members|fighters|militiamen|soldiers) of )|dead(?<=\b[Tt]he dead)(?= (?:also )?included (?:an? (?:[\w-]+ |⟦S\d+⟧(?:-⟦S\d+⟧)? ){0,3}?[\w-]+, )?(?:[A-Z][\w.-]* ){0,3}⟦P)|dead(?<=⟦P\d+⟧ (?:was|had been|has been) found dead)|victim(?<=\bThe victim)(?=, ⟦P\d+⟧,)|${ROLE_NAMED}(?<=(?:^|\b(?:said|added) )[Tt]he (?:slain |dead |killed )?${ROLE_NAMED})(?=, ⟦P\d+⟧,)|dead(?<=\b(?:was|were) (?:also )?among the dead)|(?:identified|named) (?:the (?:slain|murdered) [\w-]+|the (?:[\w-]+ )?(?:two|three|four|five|six|seven|dead|victims|slain|man|woman|men|fighters|members|commanders?|leaders?|officers?|officials?|soldiers|militants)(?: (?:man|men|woman|women|fighters?|soldiers?))?|them|him|her|one of them|two of them|one of the (?:${ATTACKER_NOUNS}|dead|victims|slain)|one of those killed) as|(?:were|was) (?:identified|named) as|identified as(?<=\b(?:commander|official|leader|man|victim|fighter), identified as))\b`,
  "gi",
);

export const TRIGGER_TEST = new RegExp(TRIGGER.source, "i");

/** "…of X in Tehran and Hezbollah commander Y in Beirut": two of the dead, each with the place of their death. */
const KILLED_HERE_AND_THERE =
  /^[^.;]{0,60}?⟦P(\d+)⟧ in ⟦L(\d+)⟧,? and ((?:[^⟦.;,]|⟦[OS]\d+⟧){0,60}?)⟦P(\d+)⟧ in ⟦L(\d+)⟧/;

/** A verb of attack; a bomb "detonated" or "set off" is one too. */
const ATTACK_VERB = new RegExp(`^(?:${ATTACK_VERBS}|detonated|set off)\\b`, "i");

/** The dead a sentence names after "identified the … killed in … as". */
const IDENTIFIED_DEAD =
  /\bidentified (?:the|them|those)\b[^.;]{0,120}?\b(?:killed|dead|slain)\b[^.;]{0,120}? as ((?:(?:[A-Z][\w.]*\s+)?⟦P\d+⟧(?:,\s*(?:and\s+)?|\s+and\s+)?)+)/;

/** "another strike", "a second wave of explosions": an attack besides the one told before. */
const ANOTHER = "a second|a third|another|a fresh|a further|a separate";

const ANOTHER_BEFORE = new RegExp(`\\b(?:${ANOTHER})\\s+(?:[\\w-]+\\s+){0,3}$`, "i");

/** "The operation came days after gunmen killed 26 tourists": what the deed told before came after, another. */
const CAME_AFTER =
  /\b(?:came|comes|come) (?:just |only |barely )?(?:(?:a few|a|an|two|three|several|some) )?(?:days?|hours?|weeks?|months?) (?:after|before) (?:(?:[\w-]+|⟦[SO]\d+⟧) ){0,3}$/i;

/** "…were neutralised in retaliatory operations": a deed told as the answer to the attack told, another event. */
const RETALIATORY =
  /^\s+in (?:a |the )?(?:retaliatory|reprisal|follow-up|subsequent) (?:operations?|strikes?|attacks?|raids?)\b/i;

const ANSWERED =
  /\b(?:in retaliation for|in response to|(?:in )?revenge for|to avenge)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "Days after the fall of the base, a helicopter came under fire": a sentence that opens later than the story told. */
const LATER_OPENS =
  /^\W*(?:(?:days|hours|weeks|months|a day|a week|(?:two|three|four|five) days)\s+(?:after|later)|later that (?:day|week))\b/i;

/**
 * "…then raided a hideout and killed four militants believed to be involved in planting the bomb": those who carried out
 * the attack told, killed in another operation.
 */
const HUNTED_DOWN =
  /\b(?:killed|killing|shot dead)\b[^.;]{0,60}?\b(?:believed|suspected|thought) to (?:be|have been) (?:involved|behind|responsible)\b/i;

// "A second person in the car, X, was also killed": more dead of the attack told, not another attack.
const ANOTHER_OPENS = new RegExp(`^\\W*(?:${ANOTHER})\\b(?!\\s+(?:[\\w-]+\\s+)?${ONE_OF_THE_DEAD}\\b)`, "i");

/**
 * "The Houthis said they had also sunk another vessel": what is struck is another, and so is the attack; so is "carried
 * out airstrikes on bandit hideouts", the pursuit of attackers where they hide.
 */
const ANOTHER_OBJECT = new RegExp(
  `^\\s+(?:(?:${ANOTHER})\\s+(?:[\\w-]+\\s+)?(?:vessel|ship|tanker|boat|base|post|convoy|village|town|school|hospital|mosque|church|market|camp|checkpoint)|(?:on|against)\\s+(?:the\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:hideouts?|hide-outs?|enclaves?))\\b`,
  "i",
);

/**
 * "were killed in a retaliatory operation", "killed 14 militants in a follow-up operation", "killed 96 jihadists in the
 * pursuit": the forces' answer to an attack.
 */
const IN_AN_OPERATION =
  /^ (?:(?:at least |more than |about )?\w+ (?:militants|terrorists|insurgents|attackers|assailants|fighters|rebels|jihadists) )?(?:in|during) (?:an? |the )?(?:(?:(?:subsequent|ensuing|follow-up|later) (?:(?:retaliatory|clearance|counter-?terrorism|counter-?insurgency|security|military|search) )?|(?:retaliatory|clearance|counter-?terrorism|counter-?insurgency|security|military|search) )(?:operation|raid|offensive)s?|pursuit|manhunt|counter-?offensive)\b/i;

/**
 * The frames of one sentence: one per trigger (the TRIGGER matches of its text), each over the text up to
 * the next trigger. `told` is what the sentences before it say of whom its words point to.
 */
export function framesOf(
  ms: MarkedSentence,
  triggers: RegExpMatchArray[],
  article: string,
  sentenceDates: ResolvedDate[],
  sideOf: SideOf,
  told: Told,
): Frame[] {
  const t = ms.text;
  // "X denied involvement" tells no attack; "X claimed responsibility…, though it later denied involvement", "X claimed
  // the bombing, though Y denied involvement" still tell the claim, and "X denied involvement and blamed the army" or
  // "The PMF blamed the United States; Washington denied involvement" the blame.
  if (/\bdenied (?:any )?involvement\b/i.test(t) && !/\bclaimed\b.*\bdenied\b|\bblamed\b/i.test(t)) return [];
  if (triggers.length === 0) return [];
  const r = readSentence(ms, triggers, article, sentenceDates, sideOf, told);
  const frames: Frame[] = [];
  for (let k = 0; k < triggers.length; k++) {
    const f = frameAt(r, k);
    // "The commander, Wissam al-Tawil, was killed in the village of X": a sentence that tells its own killing; the
    // role before the name only says who died in it.
    if (f?.namedRole !== undefined && triggers.length > 1) continue;
    // "The military said eight militants were killed in a retaliatory operation": the dead of the answer, another
    // event than the attack told, which their toll would otherwise join.
    if (f && !(onlyToll(f) && IN_AN_OPERATION.test(t.slice(f.triggerEnd, f.triggerEnd + 60)))) frames.push(f);
  }
  // "identified the three soldiers killed in a drone strike on Tower 22 as A, B and C": the dead, by name.
  const identified = IDENTIFIED_DEAD.exec(t);
  if (identified && frames.length > 0)
    for (const m of identified[1]!.matchAll(/⟦P(\d+)⟧/g)) frames[0]!.killed.add(r.label(m[1]!).id);
  const merged = oneEventPerStory(r, frames);
  splitHereAndThere(r, merged);
  for (const f of merged) f.dateStated = f.date !== null && (r.stated.has(f.date) || datesItsAnswer(f));
  return merged;
}

/** "The soldiers were", "The victims had been": the sentence's subject is the victims of an attack already told. */
const THE_VICTIMS_WERE = new RegExp(`^\\W*The (?:${VICTIMS}|victims|dead) (?:were|had been|have been) $`);

/** A clause about an actor after a comma: ", which has fought…", ", the group that has been fighting…". */
const CLAUSE_ABOUT_THE_ACTOR = String.raw`,\s(?:(?:the|an?)\s[^,;]*?\s)?(?:which|who|that)\s[^,;]*`;

/** The clause between commas, before the trigger. */
const ABOUT_THE_ACTOR = new RegExp(`${CLAUSE_ABOUT_THE_ACTOR},`, "g");

/** "…blamed on a local gang, X, which is fighting rival Y": after the trigger, the clause may run to the end. */
const ABOUT_THE_ACTOR_AFTER = new RegExp(`${CLAUSE_ABOUT_THE_ACTOR}(?:,|$)`, "g");

const ATTACKERS_AS = new RegExp(`\\b(?:${ATTACKER_NOUNS}) as$`);

/** "…as X, a member of the PKK": the group an attacker named belongs to. */
const ATTACKER_OF =
  /^\s*⟦P\d+⟧,? (?:an? |the )?(?:[\w-]+ )?(?:member|fighter|militant|operative|commander) of (?:the )?⟦O(\d+)⟧/g;

/** "The jets struck Kanan village…", "The gunmen then stormed…": the attackers the article told of, doing it. */
const THE_ATTACKERS =
  /^\W*The (?:jets|warplanes|aircraft|planes|helicopters|drones|attackers|assailants|gunmen)(?: then| later| also)? $/;

/** The frame trigger `k` of the sentence opens, unless what it tells is only intended. */
function frameAt(r: SentenceReading, k: number): Frame | undefined {
  const s = spanOf(r, k);
  if (!s) return undefined;
  const f = newFrame(r, s);
  addPerpetrators(f, r, s);
  addTargets(f, r, s);
  addKilled(f, r, s);
  placeFrame(f, r, s);
  dateFrame(f, r, s);
  addTolls(f, r, s);
  addWounded(f, s);
  const { word, denied } = s;
  const { sideOf } = r;
  // "The SDF named the commander as X, who led operations in Raqqa in 2017": who died, and nothing else.
  // "Hezbollah mourned the commander, X, from the village of Y": his home is not where the strike fell.
  // "The Kurdistan Region's Counter-Terrorism Directorate identified the commander as X": who names the dead did not
  // kill him.
  // "The commander, Abu Baqir al-Saadi, was in charge of the group's operations, CENTCOM said": the dead one named.
  if (f.identifies && (/^(?:named|mourned|identified)/.test(word) || ROLE_NAMED_WORD.test(word))) {
    f.perpetrators.clear();
    f.places.clear();
    f.targets.clear();
    f.date = null;
    const named = ROLE_NAMED_WORD.test(word) ? /^, ⟦P(\d+)⟧/.exec(r.t.slice(f.triggerEnd)) : null;
    if (named) {
      f.killed = new Set([r.label(named[1]!).id]);
      f.namedRole = word;
    }
    // "The minister said the two attackers were killed. He identified one of them as X, a member of the PKK": an
    // attacker named, whose group is blamed; not one the attack killed.
    if (ATTACKERS_AS.test(word) || (r.attackersTold && /\bthem as$/.test(word))) {
      f.killed.clear();
      for (const m of r.t.slice(f.triggerEnd).matchAll(ATTACKER_OF)) f.perpetrators.set(r.label(m[1]!).id, "blamed");
    }
  }
  // "The army blamed the ELN, which has been fighting FARC dissidents": a blame speaks of the attack told, not of the
  // fighting the group's clause tells.
  if (word === "blamed" && f.eventType === "Armed clash") f.eventType = "Attack";
  if (denied) {
    f.perpetrators.clear();
    f.weapon = null;
    f.eventType = "Attack";
  }
  for (const id of f.perpetrators.keys()) for (const side of sideOf(id)) f.sides.add(side);
  return f;
}

/** "Drones launched by the paramilitary X struck…": the weapon that opens the clause, however long its sender's name. */
const WEAPON_SENT_BY =
  /^\s*(?:[\w-]+ ){0,2}?(?:drones?|missiles?|rockets?|shells?|mortars?|bombs?)\s+(?:launched|fired|sent|dropped)\s+(?:by|from)\b/i;

/**
 * "A car bomb in the Russian-controlled city of Sevastopol killed…", "A suicide bomber drove a car packed with explosives
 * into a military base on Sunday, killing 14": the weapon that opens the sentence the kill ends.
 */
const WEAPON_OPENS =
  /^\W*(?:An?|The) (?:[\w-]+ ){0,2}?(?:bombs?|bombers?|drones?|missiles?|rockets?|IEDs?|(?:land)?mines?)\b(?=[^.;,]{0,100},?\s*$)/;

function newFrame(r: SentenceReading, s: TriggerSpan): Frame {
  const { ms, t, article, spelled } = r;
  const {
    trig,
    word,
    start,
    before,
    scope,
    near,
    ownScope,
    kills,
    also,
    plural,
    verb,
    indefinite,
    anaphoricBefore,
    campaign,
    amongDead,
    genericBefore,
    genericAfter,
    tally,
    generic,
    under,
    anniversary,
  } = s;
  // "The ministry blamed X", "Police suspect X": a blame in a sentence of its own, of the attack told before.
  const blameOnly = /^(?:blamed|belong|suspect|believe)/.test(word);
  return {
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
      // "The soldiers were attacked with explosives as they patrolled…": the victims the article told of.
      (verb && THE_VICTIMS_WERE.test(before)) ||
      (verb && THE_ATTACKERS.test(before)) ||
      amongDead ||
      blameOnly ||
      (word === "claimed responsibility" && !/^claimed responsibility for\b/i.test(scope)),
    alsoKilled: kills && also,
    alsoAttacked: ATTACK_VERB.test(word) && also,
    // "among the dead" counts no attack, nor does "The ministry blamed X" after "two attacks".
    // "…, killing 12 people": a participle has no number either.
    number: plural
      ? "plural"
      : verb || amongDead || blameOnly || (word === "killing" && /,\s*$/.test(before))
        ? null
        : "singular",
    wave: false,
    attributedBack: false,
    indefinite,
    attackVerb: ATTACK_VERB.test(word),
    identifies: IDENTIFYING.test(word),
    massacre: word.startsWith("massacre"),
    // "He was killed along with three others in a strike on…": the last person the article named killed.
    killedPronoun: kills && /^(?:He|She)\s+(?:was|had been|has been)\s+$/.test(before),
    generic: generic || under,
    tally,
    // "The attack came amid fierce fighting between X and Y that has displaced thousands since January": a war
    // going on is the setting of the attack, and its sides are not the attackers.
    plural:
      (plural && (genericBefore || !anaphoricBefore)) ||
      under ||
      genericAfter ||
      tally ||
      (campaign && /\bamid\s+(?:[\w-]+\s+){0,2}$/i.test(near)),
    ...fightingStaysAClash(
      trig[0],
      weaponNear(
        trig[0],
        // "Al-Shabaab, the group that has been fighting the government for years, claimed…": what the actor does,
        // told in a clause about it, is not how this attack was made.
        (WEAPON_SENT_BY.exec(before)?.[0] ?? WEAPON_OPENS.exec(before)?.[0] ?? "") +
          " " +
          before.replace(ABOUT_THE_ACTOR, " ").slice(-40),
        // Cut after the word the 60th character falls in, and the next: "missile fuel" is no missile.
        (ownScope.slice(0, 60) + (/^\S*(?:\s+\S+)?/.exec(ownScope.slice(60))?.[0] ?? "")).replace(
          ABOUT_THE_ACTOR_AFTER,
          " ",
        ),
        () => spelled(ownScope.slice(0, 150)),
        spelled,
      ),
    ),
    tolls: [],
    wounded: [],
    triggerStart: start,
    triggerEnd: start + trig[0].length,
    sides: new Set(),
    reference: /\bsince\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+|⟦[SO]\d+⟧)\s+){0,3}$/i.test(near) || anniversary,
    another:
      ANOTHER_OPENS.test(t) ||
      ANOTHER_BEFORE.test(near) ||
      CAME_AFTER.test(near) ||
      LATER_OPENS.test(t) ||
      HUNTED_DOWN.test(scope) ||
      ANOTHER_OBJECT.test(scope.slice(trig[0].length)) ||
      RETALIATORY.test(scope.slice(trig[0].length)),
    answered: ANSWERED.test(near),
  };
}

/** "in northern Iraq and Syria": two countries, each perhaps with its part. */
const ACROSS_STATES = new RegExp(
  `\\b(?:in|across) (?:(?:${DIRECTIONS.join("|")}) )?⟦S\\d+⟧,? and (?:(?:${DIRECTIONS.join("|")}) )?⟦S\\d+⟧`,
);

/** Where the attack was, unless the place is the setting of something else. */
function placeFrame(f: Frame, r: SentenceReading, s: TriggerSpan) {
  const { settings, anchors, label } = r;
  const { word, before, ownScope, under } = s;
  // Place: "in / near / at X" within the frame, "X neighborhood".
  // Places inside a quotation ("a martyr on the road to Jerusalem") are words, not where it happened.
  // So are the places of a war or a cause the sentence gives as the setting ("until Israel ends its war in Gaza").
  // "US forces at the Al Tanf garrison came under drone attack": under attack, the place is the subject's.
  // "The attacks came days after a senator was shot in Bogota": where an earlier event happened is not this one's.
  // "The attack comes as gangs control most of the capital, Port-au-Prince": the setting of the time, not where.
  // "X condemned the strike and called for pressure on Moscow": what the speaker went on to say is not where.
  // "…struck al-Hajj, whom it accused of recruiting fighters in the Ein el-Hilweh camp", "…targeted a senior Hamas
  // operative responsible for recruiting fighters in the camp": what the one struck did.
  const toldAfter =
    /\b(?:days?|hours?|weeks?|minutes|shortly|just) (?:after|before)\b|\b(?:comes?|came) (?:as|amid)\b|\band (?:called|urged|vowed|demanded|appealed|warned|pledged|promised)\b|, whom\b|\b(?:responsible for|accused of|in charge of) [a-z]+ing\b/.exec(
      ownScope,
    );
  const placeScope = toldAfter ? ownScope.slice(0, toldAfter.index) : ownScope;
  // "…in Antioquia, while a truck bomb exploded in Cali": a place told before "while" is the other clause's.
  // "…at a market in X in central Mali on May 12 and executed 20": the country after a place only says where it is.
  const lead = before
    .replace(/(⟦L\d+⟧),? in (?:[a-z-]+ )?⟦S\d+⟧(?=[^⟦]*$)/, "$1")
    .slice(under ? -120 : -30)
    .replace(/^.*[,;]\s+(?:while|whereas)\s/s, "");
  // "Heavy fighting between X and Y on the outskirts of El Obeid": where the fighting the trigger tells was, though a
  // place after "fighting … on" is the setting of any other trigger.
  const fight = /^(?:clash|fighting)/i.test(word);
  const outsideQuotes = (x: string) => x.replace(/[“"][^”"]*[”"]/g, " ");
  for (const m of outsideQuotes(lead).matchAll(/⟦L(\d+)⟧/g)) if (!settings.has(m[1]!)) f.places.add(label(m[1]!).id);
  // "a meeting of Jubaland officials": a region named for its people or rulers is not where.
  for (const m of outsideQuotes(placeScope).matchAll(
    /⟦L(\d+)⟧(?! (?:officials|authorities|lawmakers|leaders|government|administration|forces|troops|police)\b)/g,
  ))
    if (fight || !settings.has(m[1]!)) f.places.add(label(m[1]!).id);
  // "Officials blamed the BRN, the group fighting for independence in the provinces of X and Y": where the group
  // fights, not where the attack told before fell.
  if (word === "blamed") f.places.clear();
  if (f.places.size === 0 && anchors.size > 0)
    for (const m of placeScope.matchAll(/⟦L(\d+)⟧/g)) if (anchors.has(m[1]!)) f.places.add(label(m[1]!).id);
  // "Gunmen stopped two buses near Kalat on Thursday night, checked the passengers' cards and killed nine men", "…,
  // abducted nine passengers and later shot them dead": where the deeds the killing closes were done, "in
  // Balochistan's Barkhan district" both the province and the district.
  if (f.places.size === 0 && s.kills && /\band (?:then |later )?$/.test(before))
    for (const m of before.matchAll(/\b(?:in|near|at|outside) (?:the )?⟦L(\d+)⟧(?:['’]s ⟦L(\d+)⟧)?/g))
      for (const i of [m[1], m[2]]) if (i !== undefined && !settings.has(i)) f.places.add(label(i).id);
  // "Israeli forces launched an operation in the city of Jenin and its camp in the occupied West Bank, killing 10": where
  // the operation the killing closes was, beside the wider place told last.
  if (word === "killing" && /,\s*$/.test(before))
    for (const m of before.matchAll(
      /\b(?:operation|offensive|raid|incursion|assault) (?:in|on|into) (?:the (?:city|town|village|camp) of )?⟦L(\d+)⟧/g,
    ))
      if (!settings.has(m[1]!)) f.places.add(label(m[1]!).id);
  // "…had neutralised 47 militants in northern Iraq and Syria": deeds across two countries are a campaign's, no one
  // attack.
  if (f.places.size === 0 && ACROSS_STATES.test(placeScope)) f.plural = true;
}

/** "in a wave of", "as part of a series of": the words that tell a trigger after them as the wave of the one before. */
const WAVE_BEFORE =
  /\b(?:in|during|as part of) (?:a|an|the) (?:new |fresh |massive |major |large )?(?:wave|series|barrage) of\s+$/i;

/** The words after a date that make it the name of an attack: "the October 7 massacre", "the 2019 Jolo bombings". */
const NAMES_AN_EVENT = /^ (?:[\w-]+ ){0,2}?(?:massacres?|attacks?|bombings?|assault|raid)\b/;

/** "In a separate incident ", "Later ": a phrase that opens a sentence, before the date that ends it. */
const OPENING_PHRASE =
  /^(?:In (?:a|another) (?:separate|similar|second|related) (?:incident|attack|development)|Later|Earlier|Elsewhere) $/;

/** Whether date `d` may date the trigger at `start`: not if it names another attack than the one there. */
function namedHere(t: string, d: ResolvedDate, start: number): boolean {
  const after = d.index + d.text.length;
  const named = NAMES_AN_EVENT.exec(t.slice(after, after + 40));
  return !named || (start >= after && start <= after + named[0].length);
}

/**
 * "…fired rockets at Israel on Thursday in retaliation for the killing of X": the day told before an attack another
 * answered is, like the day of a statement, a day by which it had happened; a day the article gives the attack itself
 * ("An Israeli strike in Tyre on Wednesday killed X") comes first.
 */
function datesItsAnswer(f: Frame): boolean {
  return f.answered && f.date!.index < f.triggerStart;
}

/** The words that make what follows the attack another one answered: "in retaliation for", "in response to". */
const ANSWERED_FOR = /\b(?:retaliation|response|revenge|reprisal) (?:for|to)\b/i;

/** When the attack was. */
function dateFrame(f: Frame, r: SentenceReading, s: TriggerSpan) {
  const { t, triggers, dates, whenClause, stated } = r;
  const {
    k,
    start,
    end,
    scopeStart,
    kills,
    plural,
    campaign,
    tally,
    generic,
    genericAfter,
    under,
    anniversary,
    near,
    word,
  } = s;
  // Date: in the frame, else the sentence's only date.
  // "…killed since Thursday, when X launched an offensive": the day the fighting began dates its dead.
  const datesHere = dates.filter(
    (d) =>
      (!whenClause.has(d) ||
        d.index < start ||
        (kills && d.precision === "day" && /\bsince\s+$/i.test(t.slice(Math.max(0, d.index - 8), d.index)))) &&
      // "…, whom it accused of taking part in the October 7 massacre", "linked to the 2019 Jolo cathedral bombings": a
      // date that names another attack dates only it.
      namedHere(t, d, start),
  );
  // The date told nearest before the trigger ("on Wednesday, a day after an Israeli airstrike"), else the first after it.
  // The day a statement was made gives way to one the attack has of its own ("said Wednesday that it had
  // killed… the night before").
  // A date that opens the sentence ("On Saturday, three suicide bombers blew themselves up", "In a separate incident
  // on Saturday, a bomb…") dates its first attack however long the subject between them.
  // So does the day a "when" clause follows ("The fighting began on Thursday when gunmen ambushed…").
  const opens = (d: ResolvedDate) => d.index <= 3 || (d.index < 50 && OPENING_PHRASE.test(t.slice(0, d.index)));
  const inFrame = datesHere.filter(
    (d) =>
      (d.index >= Math.max(scopeStart, start - 40) || (k === 0 && (opens(d) || whenClause.has(d)))) && d.index < end,
  );
  // "Israel struck Beirut on Tuesday in retaliation for a rocket attack on X on Saturday": the day before the answer's
  // words is the answer's, where the attack it answered has a day of its own.
  const ownAfter = inFrame.some((d) => d.index > start);
  const window = ownAfter
    ? inFrame.filter((d) => !(d.index < start && ANSWERED_FOR.test(t.slice(d.index, start))))
    : inFrame;
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
    only !== null && k === 0 && only.index < start && /\b(?:said|says|announced|stated)\b/.test(t.slice(0, only.index));
  // A tally over a period ("over the past week") has no day of its own, nor has an anniversary's attack.
  // "…killed X in a wave of strikes across Iran early on Friday": the day of the wave the attack was one of.
  const ofTheWave = only !== null && only.index > end && WAVE_BEFORE.test(t.slice(Math.max(scopeStart, end - 60), end));
  f.date =
    tally || anniversary
      ? null
      : (inScope ?? (only && (triggers.length === 1 || statementDay || ofTheWave) ? only : null));
  // An attack named by its year is looked back on: "the strike" told after it is not that attack; so is a death told
  // of a person in passing, by its month or year ("former leader X, who was killed by Israeli troops in Rafah in
  // October").
  if (namedByYear(f) || (f.date && f.date.precision !== "day" && WHO_WAS_KILLED.test(near + word))) f.reference = true;
  // "US jets carried out strikes near al-Qaim on Friday": strikes of one day on one place are one event.
  if (f.plural && f.date?.precision === "day" && f.places.size > 0 && !generic && !under) f.plural = false;
  // "US forces at Al Tanf came under drone attack on Thursday": one attack on a given day, not talk of many.
  if (under && !plural && f.date?.precision === "day" && !genericAfter && !campaign) {
    f.generic = false;
    f.plural = false;
  }
}

/**
 * "X, who was killed", "whose father, X, had been killed", "after his father, X, was assassinated": a death told in a
 * clause about the person or what came after it.
 */
const WHO_WAS_KILLED =
  /\b(?:who|whose|after|since)\b[^.;⟦]{0,40}?(?:⟦P\d+⟧,? )?(?:was|had been) (?:killed|assassinated|murdered)$/;

/**
 * "after attacking it with drones and speedboats", "the Magic Seas, which sank after being struck by drones": a clause
 * that tells how the attack told was carried out.
 */
const HOW_IT_WAS_DONE =
  /\bafter (?:attacking|striking|hitting|targeting|storming|boarding) (?:it|them)\b[^,;]*|\bafter being\s*$/;

/**
 * "Gunmen stormed the hotel after a car bomb exploded at its gate": the blast that opened an assault, its first step;
 * not "Jets struck Gaza after a roadside bomb hit a patrol", a strike that answers a blast.
 */
const STORMED = /^(?:storm(?:ed|ing)|overr[au]n|overrunning|raid(?:ed|ing)|assault(?:ed|ing))$/i;
const AFTER_A_BLAST = /\bafter (?:an?|the) (?:[\w-]+ ){0,3}?(?:bomb|bomber|explosion|blast)s?\b[^,;]*/;

/** "…were killed in clashes after militants attacked a base": the fighting the assault began, one event with it. */
const CLASHES_AFTER = /\b(clash(?:es|ed)?|fighting|gunfights?|firefights?) after\b(?=[^,;]*$)/i;
const ASSAULTED = /^(?:attacked|stormed|raided|ambushed|assaulted)$/i;

/** The fighting a place was taken in, told after the taking. */
const FOUGHT_FOR = /\bafter (?:(?:heavy|fierce|intense|days of|hours of|a day of)\s+)*(?:fighting|clashes|battles?)\b/;

/** Words between two attacks of a sentence that tell them apart: "hours after", "in retaliation for". */
const TOLD_APART_WORDS = "after|before|following|followed|follows|since|anniversary|response|retaliation|revenge";
const TOLD_APART = new RegExp(`\\b(?:${TOLD_APART_WORDS})\\b`, "i");
const TOLD_APART_OR_AMID = new RegExp(`\\b(?:${TOLD_APART_WORDS}|amid)\\b`, "i");

/** "…on PKK targets in northern Iraq and Syria hours later": told as coming later, within its own clause. */
const LATER_ON = /^[^.;]{0,80}?\b(?:hours|days|weeks|minutes|a day|a week|shortly) later\b/;

/** " … killed 30 people and abducted several others in ": a killing told as done in the attacks named next. */
const DONE_IN_THE =
  /^(?:(?!\b(?:after|before|since|while|latest)\b)[^.;"“”])*(?<!\b(?:participating|involved|role|part|hand|engaged)) in (?:an? |the |two |three |several )?(?!(?:similar|previous|past|other|recent|earlier|such)\b)(?:[\w-]+ )?$/;

/** Frames of one sentence are one event unless the later one has a date of its own. */
function oneEventPerStory(r: SentenceReading, frames: Frame[]): Frame[] {
  const { t, stated } = r;
  const merged: Frame[] = [];
  // "Drone strikes killed 30 civilians at a market in X": strikes that are the subject of the kill told of are that
  // attack, though the words of the strikes alone tell of strikes in general. An attack named by its year stays, so
  // that what its clause tells ("the 2019 bombings that killed 23") goes to it and to no other.
  const told: Frame[] = [];
  frames.forEach((f, i) => {
    if (
      frames.length === 1 ||
      toldOfItself(f) ||
      f.reference ||
      (frames[i + 1] !== undefined &&
        toldOfItself(frames[i + 1]!) &&
        t.slice(f.triggerEnd, frames[i + 1]!.triggerStart).trim() === "")
    )
      told.push(f);
    // "Bandits killed 30 people … in attacks on three villages in the Maru area on Saturday": the attacks the killing
    // was done in tell its place and day, though not an attack of their own.
    else if (
      i > 0 &&
      told.at(-1) === frames[i - 1] &&
      DONE_IN_THE.test(t.slice(frames[i - 1]!.triggerEnd, f.triggerStart))
    ) {
      // The killing keeps its own number: "attacks" do not make it a generic plural.
      const prev = frames[i - 1]!;
      const number = prev.number;
      absorb(prev, f);
      prev.number = number;
    }
  });

  for (const f of told) {
    const prev = merged[merged.length - 1];
    // The day a statement was made ("announced on Tuesday that two were killed") gives way to the attack's own day.
    // "An Israeli drone strike on a motorcycle killed X on Thursday": a day told after an undated attack is its day.
    // "…the 2021 bombing that killed 13, Trump said on Tuesday": the day of a statement that ends the sentence is not
    // the attack's own.
    // "…in retaliation for the killing of X, in an Israeli strike in Tyre on Wednesday": the strike the killing was,
    // dated by it.
    const killingIn =
      prev !== undefined &&
      /^(?:killing|assassination)$/i.test(t.slice(prev.triggerStart, prev.triggerEnd)) &&
      KILLED_IN_A.test(t.slice(prev.triggerEnd, f.triggerStart));
    const ownDate =
      !killingIn &&
      f.date &&
      prev?.date &&
      (f.killed.size > 0 || !stated.has(prev.date)) &&
      prev.date.date !== f.date.date &&
      !(stated.has(f.date) && f.date.index > f.triggerStart);
    // "…had sunk the ship after attacking it with drones, killing three": how the one attack was done. "A suicide
    // bomber blew himself up at the beach before gunmen stormed a restaurant, killing 32": one attack in its steps;
    // "hours before a drone struck Erbil" tells another.
    const prevWord = prev ? t.slice(prev.triggerStart, prev.triggerEnd) : "";
    const how = prev ? t.slice(prev.triggerEnd, f.triggerStart).replace(HOW_IT_WAS_DONE, "") : "";
    const told = STORMED.test(prevWord)
      ? how.replace(AFTER_A_BLAST, "")
      : ASSAULTED.test(t.slice(f.triggerStart, f.triggerEnd))
        ? how.replace(CLASHES_AFTER, "$1")
        : how;
    // "recaptured the town from al-Shabaab after heavy fighting that killed 12": the fighting the taking was won in.
    const between = prev && TAKEN.test(prevWord) ? told.replace(FOUGHT_FOR, "") : told;
    const sameStory =
      prev &&
      perpsAgree(prev, f) &&
      // "X, a sub-leader linked to the 2019 Jolo cathedral bombings that killed 23": an attack named by its year is
      // looked back on, not told again; nor is "…bombings, was killed in a clash", past the aside, told in it.
      !f.reference &&
      !(prev.reference && between.includes(",")) &&
      // "the cell behind the bombing, in a raid in X": another event, told as new after the one told.
      !(
        !killingIn &&
        f.indefinite &&
        prev.anaphoric &&
        !f.anaphoric &&
        /\b(?:in|during)\s+an?\s+(?:[\w-]+\s+)?$/.test(t.slice(Math.max(0, f.triggerStart - 30), f.triggerStart))
      ) &&
      // "struck PKK targets in response, killing 24": the response is the strike told, not another attack; "an airstrike
      // it conducted in coordination with the Somali government killed two": whom the attacker struck with.
      !/\b(?:(?<!along |border |coordination |conjunction |cooperation )with|after|(?<=\b(?:hours|days|weeks|minutes|months|years|shortly|just|moments|day|week|month|year|long) )before|before(?= (?:an?|the|its|his|her|their) )|following|followed|follows|since|anniversary|amid|(?<!\b(?:more|less|fewer|other) )than|while|as well as|coincided|over|(?:response|retaliation|revenge)(?!,)|prompting|prompted|triggering|sparking|who|whom)\b|, as\b/i.test(
        between,
      );
    // "…killed at least three fighters, while the group's television said five people were killed": another
    // figure for the same attack, whatever joins the two.
    const otherFigure = prev && onlyToll(f) && !f.indefinite && !TOLD_APART_OR_AMID.test(between);
    // "blamed X for the attack and launched air strikes on X targets hours later": a deed told as later is another.
    if (prev && LATER_ON.test(t.slice(f.triggerEnd, f.triggerEnd + 80))) {
      f.another = true;
      merged.push(f);
      continue;
    }
    if (prev && (sameStory || otherFigure || (f.attackersKilled && perpsAgree(prev, f))) && !ownDate) {
      if (prev.date && (stated.has(prev.date) || killingIn) && f.date && !stated.has(f.date)) prev.date = f.date;
      absorb(prev, f);
    } else {
      // "The strike comes amid tensions over the war, which began when gunmen killed 1,200 people": the dead of the
      // war the attack is set in, no event of the article's.
      if (prev && /\bamid\b/i.test(between)) {
        f.plural = true;
        f.tally = true;
      }
      // "…on Monday, hours after a drone struck Erbil", "The strikes followed an attack on X": one attack told as what
      // the other came after.
      if (prev && TOLD_APART.test(between)) f.apartFrom = prev;
      // "…were killed on Thursday in X, while a truck bomb exploded in Y": another attack of the same day; so is one
      // told "hours after" or "hours before".
      if (prev?.date && !f.date && /,\s+while\b|\b(?:hours|minutes) (?:after|before)\b/i.test(between))
        f.date = prev.date;
      merged.push(f);
    }
  }
  return merged;
}

/** What follows "the killing" up to the attack it was: " of X, in an Israeli ". */
const KILLED_IN_A = /^\s+of\s+[^.;]{0,100}?,?\s+in\s+an?\s+(?:[\w-]+\s+|⟦S\d+⟧\s+){0,2}$/;

/**
 * "the killing of Hamas chief X in Tehran and Hezbollah commander Y in Beirut": two deaths, each where it
 * happened, are two attacks; each keeps the group named with its dead.
 */
function splitHereAndThere(r: SentenceReading, merged: Frame[]) {
  const { t, label } = r;
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
}
