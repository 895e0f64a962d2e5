/**
 * Whom the attack a frame tells was aimed at, and whom it killed, by name.
 */
import type { Frame } from "./frame.ts";
import type { SentenceReading, TriggerSpan } from "./sentence.ts";
import { ARMED_MEN_OF_A_PEOPLE, KIN, PEOPLE_NOT_FORCES, SHOT_DEAD, TAKEN, WEEKDAY_NAME } from "./words.ts";

/**
 * "Several US personnel were injured in a rocket attack on…", "Two Hezbollah fighters were killed in an Israeli strike":
 * the state or the group whose people the attack told next hurt.
 */
const HURT_IN = new RegExp(
  String.raw`(?:⟦S(\d+)⟧(?:\s+(?:troops|soldiers|personnel|service members|servicemen|forces|citizens|nationals|sailors|contractors))?|⟦O(\d+)⟧\s+(?:fighters|members|militants|commanders|operatives|soldiers|officers|troops))\s+(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+|⟦S\d+⟧\s+){0,2}$`,
);

/** A group's men among the dead: "members", "fighters", "militiamen". */
const GROUPS_MEN = "(?:members|fighters|militants|militiamen|soldiers|troops|officers|volunteers)";

/** "The KDPI said several of its members were among the": the speaker whose men were among the dead. */
const ITS_MEMBERS_AMONG_DEAD = new RegExp(
  String.raw`^\W*(?:[Tt]he )?⟦O(\d+)⟧ said (?:that )?(?:[\w-]+ )?(?:of )?its ${GROUPS_MEN} (?:were|was) (?:also )?among the $`,
);

/** "… were members of X and fighters of the Iran-backed Y", told after "Among the dead": whose men died. */
const DEAD_WERE_MEMBERS_OF = new RegExp(
  String.raw`^\S+ were (?:[\w-]+ )?${GROUPS_MEN} of (?:the )?(?:⟦S\d+⟧-[\w-]+ )?⟦O(\d+)⟧(?: and (?:[\w-]+ )?${GROUPS_MEN} of (?:the )?(?:⟦S\d+⟧-[\w-]+ )?⟦O(\d+)⟧)?`,
);

/** "Members of the VDP, a civilian militia, were among the": whose men were among the dead. */
const MEMBERS_AMONG_DEAD = new RegExp(
  String.raw`^\W*(?:[\w-]+ )?${GROUPS_MEN} (?:of|from) (?:the )?⟦[SO](\d+)⟧(?:\s*\(⟦[SO]\d+⟧\))?(?:, (?:[^,⟦]|⟦[SOL]\d+⟧){1,80},)? (?:were|was) (?:also )?among the $`,
  "i",
);

/**
 * The person named first in "X, a commander, and his deputy, Y, were killed", "cameraman X and technician Y were
 * killed", up to Y.
 */
const CO_DEAD =
  /⟦P(\d+)⟧(?:, (?:[^,⟦]|⟦[SOL]\d+⟧){1,80}?)?,? and (?:(?:his|her|their) [\w-]+, |[a-z-]+ )?(?:[A-Z][\w.-]* ){0,4}$/;

/** "A second wave of explosions … killing at least 20": every attack the sentence tells is another one. */
const KIN_OF = new RegExp(`^${KIN}`);

/** "three sons … of Hamas political leader X": whose kin the dead were, named after them. */
const KIN_OF_NAMED =
  /\b(?:sons?|daughters?|children|grandchildren|grandsons?|granddaughters?|brothers?|sisters?|wife|wives|relatives|family|nephews?|cousins?|father|mother|bodyguards?|aides?) of\b/;

/**
 * "Among the dead was X's son, Y, and his office manager, Z", "the dead included X, a senior commander in the Quds
 * Force, and his deputy, Z": the one named after the first.
 */
const ALSO_AMONG_THE_DEAD =
  /^(?:, (?:[^,⟦]|⟦[SO]\d+⟧){1,80})?,? and (?:(?:his|her) (?:[\w-]+ ){0,2}?[\w-]+, )?⟦P(\d+)⟧/;

/** The matches of `re` in `text`, where a cheaper test has told it may hold some. */
function matchesIf(needed: boolean, text: string, re: RegExp): Iterable<RegExpMatchArray> {
  return needed ? text.matchAll(re) : [];
}

/** "killing three Israeli soldiers": the state whose people were hit, unless they are not its forces. */
const STATE_HIT = new RegExp(
  String.raw`\b(?:killed|killing|wounded|wounding|injured|injuring) (?:(?!(?:in|at|on|near|of|the|by|since|after|before|when)\s)[\w-]+ ){0,3}?⟦S(\d+)⟧(?![-–’'])(?!\s+(?:[\w-]+\s+)?(?:${PEOPLE_NOT_FORCES}|${ARMED_MEN_OF_A_PEOPLE})\b)`,
  "g",
);

/** Whom a place was taken from: "recaptured the town of X from al-Shabaab". */
const TAKEN_FROM = /^\S+ (?:[^.;,⟦]|⟦L\d+⟧){1,60}? from (?:the )?⟦[SO](\d+)⟧/;

/**
 * Whom an attack was aimed at, after the word that aims it: "on X headquarters", "against X", "targeting X", "at X
 * forces"; "on the Russian paramilitary group Wagner" targets the group, not the state it is told of, and "at Iranian
 * Kurdish opposition groups" those who oppose the state; "on Yemen's Ras Isa port" tells where, not whom, and "on
 * Wednesday when Hamas gunmen attacked" when; nor does "on the Iraq-Syria border" tell of Iraq.
 */
const TARGET_AFTER_WORD = new RegExp(
  String.raw`(?<!\bcall(?:ed|s|ing)? |\bban |\b(?:fell|falls|fallen) )\b(?:on|against|targeting|targeted|at)\s+(?:an?\s+|the\s+)?(?:⟦S\d+⟧\s+(?=(?:[\w-]+\s+){0,2}⟦O))?(?:(?!(?:in|near|of|at|on|outside|when|while|as|after|before|with|between)\s|${WEEKDAY_NAME}\b)[\w-]+\s+){0,2}?⟦([SOP])(\d+)⟧(?![-–][\w⟦]|\s+(?:said|says|called|described|claimed|capital|territory|soil|airspace|side)\b|\s+(?:[A-Z]\w+\s+)?(?:opposition|dissidents?|exiles?|rebels?|separatists?|insurgents?)\b|[’']s\s+(?:(?:sovereignty|territory|airspace|soil|capital)\b|(?:[a-z-]+\s+)?⟦L\d+⟧))`,
  "g",
);

/**
 * "exploded at a checkpoint of the Sultan Murad Division", "struck a checkpoint of the Kurdish-led SDF": the group whose
 * post an attack hit.
 */
const POST_OF_A_GROUP =
  /\b(?:at|on|near|outside|targeting|against|struck|hit|attacked|targeted|shelled|bombed|raided) (?:an?|the) (?:[\w-]+ )?(?:checkpoint|base|position|headquarters|post|outpost|office|camp|convoy|patrol|compound)s? (?:of|belonging to|used by) (?:the )?(?:(?:⟦S\d+⟧|[\w]+)-(?:led|backed) )?⟦O(\d+)⟧/g;

/** "at a memorial ceremony for slain commander X": a gathering, and whom it honours, told after it. */
const GATHERING_FOR = /\b(?:memorial|funeral|commemoration|anniversary|vigil|burial|tomb|grave|mourners)\b/i;

/** Whom the attack was aimed at. */
export function addTargets(f: Frame, r: SentenceReading, s: TriggerSpan) {
  const { t, label } = r;
  const { word, start, before, kills, targetScope, namesState, namesGroup, namesPerson } = s;
  for (const m of matchesIf(namesState || namesGroup, targetScope, TARGET_AFTER_WORD)) {
    if (m[1] === "P") continue;
    // "Washington blamed the attack on the Islamic Resistance": the one blamed, not the target.
    if (/\bblamed\s+(?:[\w-]+\s+){0,3}$/.test(t.slice(Math.max(0, start - 30), start + m.index!))) continue;
    f.targets.add(label(m[2]!).id);
  }
  // "recaptured the town of X from al-Shabaab": whom the place was taken from.
  const takenFrom = TAKEN.test(word) ? TAKEN_FROM.exec(targetScope) : null;
  if (takenFrom && !f.perpetrators.has(label(takenFrom[1]!).id)) f.targets.add(label(takenFrom[1]!).id);
  // "X headquarters", "X fighters", "PKK terrorists", "Wagner mercenaries", "Syrian army tanks"; not "al-Shabaab frequently targets
  // hotels", where "targets" is the group's verb, nor "according to UN officials" or "Taliban officials and militant
  // sources said", who speak, nor "four Syrian crew members" of a merchant ship, nor "blamed Syrian government forces",
  // who are blamed.
  for (const m of matchesIf(
    namesState || namesGroup,
    targetScope,
    /(?<!\bby (?:suspected |alleged )?(?:the )?)(?<!\baccording to (?:the )?)(?<!\bblam(?:ed|ing|es) (?:the )?)⟦([SO])(\d+)⟧\s+(?:(?![a-z]+ly\s|crew\s)[\w]+\s+)?(headquarters|HQ|positions?|strongholds?|fighters?|members?|operatives?|officials?|militants?|terrorists|commanders?|leaders?|base|targets?|troops|forces|soldiers?|mercenar(?:y|ies)|convoys?|vehicles?|checkpoints?|outposts?|posts?|patrols?|cent(?:re|er)s?|compounds?|launchers?|launch sites?|infrastructure|tunnels?|depots?|tanks?)\b(?!,? (?:said|says|told|added|confirmed|stated)\b| and (?:[\w-]+ ){1,2}(?:said|says|told)\b| (?:(?:have|has|had) )?(?:killed|attacked|stormed|ambushed|struck|fired|launched|seized|captured|overran)\b)(?!(?<=targets?)\s+(?:the|an?|its|their|(?!across\b)[a-z]+s)\b)/g,
  )) {
    // "two Hamas officials" were a group's; "Iraqi security officials" speak for a state, and "Russian mercenaries"
    // serve no state's forces.
    if (m[1] === "S" && /^(?:officials?|mercenar)/.test(m[3]!)) continue;
    // "at a memorial ceremony for slain Revolutionary Guards commander X": whose man the gathering honoured.
    if (GATHERING_FOR.test(targetScope.slice(0, m.index))) continue;
    // "19 Hamas and Islamic Jihad fighters": both groups' men.
    const and = /⟦O(\d+)⟧ and $/.exec(targetScope.slice(Math.max(0, m.index! - 12), m.index!));
    for (const i of and ? [and[1]!, m[2]!] : [m[2]!]) {
      const e = label(i);
      if (!f.perpetrators.has(e.id)) f.targets.add(e.id);
    }
  }
  // "targeted X", "targeted the convoy of President X": the man aimed at.
  for (const m of matchesIf(
    namesPerson,
    targetScope,
    /\btargeted (?:the )?(?:(?:convoy|motorcade|car|vehicle|home|house|residence|office) of (?:[A-Z][\w.-]* ){0,2})?⟦P(\d+)⟧/g,
  ))
    f.targets.add(label(m[1]!).id);
  // "exploded at a checkpoint of the Sultan Murad Division", "struck a checkpoint of the Kurdish-led SDF": the group
  // whose post was hit.
  for (const m of matchesIf(namesGroup, targetScope, POST_OF_A_GROUP))
    if (!f.perpetrators.has(label(m[1]!).id)) f.targets.add(label(m[1]!).id);
  // 'said it had targeted "key terrorists" of Hamas and Islamic Jihad', 'had struck "key terrorists" of X': the groups
  // whose men were aimed at.
  for (const m of matchesIf(
    namesGroup,
    targetScope,
    /\b(?:target(?:ed|ing)|struck|striking|hit|hitting)\s+["“]?(?:[\w-]+\s+){0,2}?(?:terrorists|militants|fighters|operatives|commanders|members|leaders)["”]?\s+(?:of|from)\s+(?:the\s+)?⟦O(\d+)⟧(?:,?\s+and\s+(?:the\s+)?⟦O(\d+)⟧)?/g,
  ))
    for (const i of [m[1], m[2]]) if (i !== undefined && !f.perpetrators.has(label(i).id)) f.targets.add(label(i).id);
  // "Several US personnel were injured in a rocket attack on…": the state whose people the attack hurt (its
  // forces are often one mention with it); "Two Hezbollah fighters were killed in an Israeli strike": the group's.
  const told = t.slice(Math.max(0, start - 90), start);
  const hurtBefore = /\b(?:killed|wounded|injured|hurt) in\b/.test(told) ? HURT_IN.exec(told) : null;
  const hurt = hurtBefore ? label((hurtBefore[1] ?? hurtBefore[2])!).id : undefined;
  if (hurt && !f.perpetrators.has(hurt)) f.targets.add(hurt);
  // "Members of the VDP, a civilian militia, were among the dead": whose men the attack told before killed.
  const amongDead = word === "dead" ? (MEMBERS_AMONG_DEAD.exec(before) ?? ITS_MEMBERS_AMONG_DEAD.exec(before)) : null;
  if (amongDead && !f.perpetrators.has(label(amongDead[1]!).id)) f.targets.add(label(amongDead[1]!).id);
  // "Among the dead were members of the Fourth Division and fighters of the Iran-backed Fatemiyoun Brigade".
  const deadOf = word === "dead" ? DEAD_WERE_MEMBERS_OF.exec(targetScope) : null;
  for (const i of deadOf ? [deadOf[1], deadOf[2]] : [])
    if (i !== undefined && !f.perpetrators.has(label(i).id)) f.targets.add(label(i).id);
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
  // "85 targets linked to Iran's Revolutionary Guards", "three sites in Iraq used by Kataib Hezbollah", "a building in
  // the suburbs it said was used by Hezbollah".
  for (const m of matchesIf(
    namesState || namesGroup,
    targetScope,
    /\b(?:targets?|sites?|facilit(?:y|ies)|positions?|bases?|depots?|buildings?|warehouses?)\s+(?:(?:in|near|at)\s+(?:(?:the|[\w-]+)\s+)?(?:⟦[SL]\d+⟧|suburbs?|area|district|city|town|village)\s+){0,2}(?:(?:that|which|(?:it|they|he|she) said)\s+(?:was|were|is|are|had been)\s+)?(?:linked to|belonging to|used by|affiliated with|associated with)\s+(?:the\s+)?(?:⟦S\d+⟧[’']s\s+)?⟦[SO](\d+)⟧/g,
  )) {
    const e = label(m[1]!);
    if (!f.perpetrators.has(e.id)) f.targets.add(e.id);
  }
  // "rockets at military positions in northern Israel": fire aimed into a state's territory targets it; not
  // "killed in clashes at a base in northern Iraq", where the dead fell, nor "at a mosque in the western Afghan province
  // of Herat", where the place is.
  for (const m of matchesIf(
    namesState && !kills && f.eventType !== "Armed clash",
    targetScope,
    /\b(?:at|into|against|toward|towards)\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:the\s+)?(?:northern|southern|eastern|western|central|north|south|east|west)\s+⟦S(\d+)⟧(?!\s+(?:province|region|state|district|county|city|town|village)\b)/gi,
  )) {
    const e = label(m[1]!);
    if (!f.perpetrators.has(e.id)) f.targets.add(e.id);
  }
  // "killing three Israeli soldiers" targets Israel; "killed four Yemeni workers" does not target Yemen, nor "killed
  // five Palestinian gunmen" a Palestinian state.
  for (const m of matchesIf(namesState, targetScope, STATE_HIT)) {
    f.targets.add(label(m[1]!).id);
  }
  // "positions of X", "members of X", "soldiers of X"; not "attacked by members of X", who attacked, though "a
  // checkpoint manned by fighters of X" was X's.
  for (const m of matchesIf(
    namesGroup || namesState,
    targetScope,
    /(?<!\b(?:said|says|according to)(?: ⟦P\d+⟧,)? (?:an?|the|one) (?:[\w-]+ )?|(?<!\b(?:manned|held|used|guarded|controlled|run|occupied|owned|staffed) )\bby (?:suspected |alleged )?)\b(?:commanders?|leaders?|members?|officials?|fighters|militants|gunmen|operatives|volunteers|soldiers|troops|positions?|headquarters|hideouts?|bases?|offices?|camps?|convoys?|patrols?) (?:of|from) (?:the )?(?:[\w-]+\s+|⟦[SO]\d+⟧-[\w-]+\s+){0,3}?(?:⟦S\d+⟧[’']s\s+)?⟦O(\d+)⟧(?![-–])(?!(?: group| militia| faction| movement)? (?:(?:have|has|had) )?(?:(?:[a-z]+ly|often|also) )?(?:launched|began|mounted|attacked|stormed|ambushed|opened|fired|struck|killed|targeted|carried out|said|says|told)\b)|\b(?:positions?|bases?|camps?|convoys?|patrols?|checkpoints?) (?:of|(?:held|manned|guarded|occupied) by) ⟦S(\d+)⟧/g,
  )) {
    // "a base of Ugandan troops", "positions held by Burundian troops": the state whose forces were attacked.
    f.targets.add(label((m[1] ?? m[2])!).id);
  }
}

/** The words the named dead follow: "killed X", "neutralised a senior commander, X", "identified them as X". */
const KILL_WORD_BEFORE_DEAD = new RegExp(
  String.raw`\b(?:killed|killing|kills|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|assassination|assassinated|murdered|slaying|death|${SHOT_DEAD}|gunned down|(?:identified|named) (?:the (?:[\w-]+ )?\w+|them|him|her|(?:one|two) of (?:them|the (?:dead|victims|slain))|one of those killed) as|mourned (?:the|its|a) (?:[\w-]+ ){0,2}?(?:commander|fighter|member|leader|official),?|(?:were|was) (?:identified|named) as|identified as(?= ⟦P))\b`,
  "gi",
);

/** The persons the attack killed. */
export function addKilled(f: Frame, r: SentenceReading, s: TriggerSpan) {
  const { t, deaths, label } = r;
  const { start, end, scope, targetScope, namesPerson } = s;
  // Killed: persons after a kill word in this frame ("neutralised a senior PKK commander, X"), or "X had been killed /
  // martyred".
  // The person must follow the kill word closely, in the same clause ("killed in Baghdad after supporters of X
  // stormed…" is another), and not be the one speaking.
  for (const kw of matchesIf(namesPerson, targetScope, KILL_WORD_BEFORE_DEAD)) {
    const from = kw.index! + kw[0].length;
    let anchor = from;
    for (const m of targetScope.slice(from).matchAll(/⟦P(\d+)⟧/g)) {
      const at = from + m.index!;
      // "a commander known as "General X"": the quotation mark that opens the name is no quotation between.
      const between = targetScope.slice(anchor, at).replace(/[“"](?:[A-Z][\w.]* )*$/, "");
      if (
        // "killing seven members of X, including senior commander Brigadier General Y": the named among the dead.
        between.length > (/\bincluding /.test(between) ? 110 : 70) ||
        // "killed nearly 100 people at a memorial ceremony for slain commander X": whom the gathering honoured.
        GATHERING_FOR.test(between) ||
        // "killed three sons and four grandchildren of Hamas leader X": his kin died, not he.
        KIN_OF_NAMED.test(between) ||
        /[”"]|\b(?:said|told|says|according|since|after|before|following|amid)\b|[,;] (?:which|who|that|an? |while)|\bfor which\b|\b(?:supporters|followers|loyalists) of\b|\b(?:led|headed|commanded|run) by\b/i.test(
          between,
        ) ||
        // "…killing a man and wounding ten, Magen David Adom said", "…, President X's office said": who speaks, not
        // who died.
        /^(?:,?\s*(?:said|says|told|reported|added|announced)|[’']s (?:[\w-]+ ){0,2}?(?:office|spokes(?:man|woman|person)|aides?|media (?:team|office))\b)/.test(
          scope.slice(at + m[0].length),
        )
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
    // "X died when a device went off": the same, for the trigger of the clause after it; "X died of wounds sustained
    // in an Israeli strike": the strike the wounds were from.
    const died = /died (?:in|when)$|died (?:of|from) .* in$/.test(m[0]);
    const diedIn =
      (died && start >= after && start - after <= (m[0].endsWith("when") ? 60 : 25)) ||
      // "announced the death of X, the son of its leader, in an Israeli airstrike": the trigger the death was in.
      (m[4] !== undefined && start >= after && start - after <= 120 && !/[.;]/.test(t.slice(after, start)));
    const killWord = m.index! + m[0].lastIndexOf(" ") + 1;
    if (diedIn || (!died && killWord >= start && killWord < end)) {
      f.killed.add(label((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!).id);
      const also = m[3] !== undefined ? ALSO_AMONG_THE_DEAD.exec(t.slice(after)) : null;
      if (also) f.killed.add(label(also[1]!).id);
      // "X, a commander, and his deputy, Y, were killed": the first of the two died too (a plural verb).
      if (m[1] && / were /.test(m[0])) {
        const co = CO_DEAD.exec(t.slice(Math.max(0, m.index! - 160), m.index));
        if (co) f.killed.add(label(co[1]!).id);
      }
    }
  }
}
