/**
 * What a sentence tells once for all its triggers (its dates, claims, blames, deaths and settings), and the
 * stretch of text each trigger reads with what its words say around the trigger.
 */
import { written, type MarkedSentence } from "../facts/marked.ts";
import { PART_NOUN } from "../facts/patterns.ts";
import type { Entity } from "../resolve/types.ts";
import type { ResolvedDate } from "./dates.ts";
import type { SideOf } from "./frame.ts";
import {
  ATTACK_VERBS,
  BELIEVED_RESPONSIBLE,
  BELIEVED_TO_BE_RESPONSIBLE,
  DONE_TO_DEATH,
  GENERIC_AFTER,
  GROUP_ADJECTIVE,
  INVESTIGATORS,
  KIN,
  MEN_OF,
  NEAR,
  OVER_A_PERIOD,
  SHOT_DEAD,
  TIED_TO,
  TOLL_BEFORE_KILLED,
  WEEKDAY_NAME,
} from "./words.ts";

/**
 * What a claim of an attack claims: "responsibility", "the attack", "that attack", "both attacks"; not "claimed the
 * strike targeted…" or "claimed that Israel had…", claims about something.
 */
const CLAIM_OF_ATTACK = String.raw`(?:also )?claim(?:ed|s) (?:on ${WEEKDAY_NAME} )?(?:responsibility(?: on ${WEEKDAY_NAME}(?= for\b))?|to have|(?:the|an?|both) (?!lives?\b)(?!(?:[\w-]+ ){1,2}(?:was|were|is|are|had|has|targeted|hit|killed|struck)\b)|(?:that|this) (?=(?:[\w-]+ ){0,2}?(?:attacks?|strikes?|bombings?|assaults?|ambush|raids?|blasts?|explosions?|killings?)\b))`;

/** The day a claim was made, told between the group and its verb: "The X group on Saturday claimed…". */
const ON_A_DAY = `(?:(?:late |early )?on ${WEEKDAY_NAME} )?`;

/** "The X faction of the Pakistani Taliban claimed…": the part named before the whole, which claims. */
const PART_BEFORE = new RegExp(`⟦O(\\d+)⟧ ${PART_NOUN} of (?:the )?$`);

/**
 * "X claimed…", "X, which…, claimed…", "X, which claimed…", "X group, a faction of Y, claimed…", "A little-known
 * group, X, claimed…", "…, known as X, claimed…", "The X gang coalition, led by Y, known as "Z," claimed…", "The X
 * group on Saturday claimed…", "Islamic State's Khorasan branch claimed…" (a branch not named): the group that claims.
 */
const CLAIMED = new RegExp(
  String.raw`⟦[SO](\d+)⟧(?:\s*\(⟦[SO]\d+⟧\))?(?:(?: group)?[’']s (?:[\w-]+ |⟦[SL]\d+⟧ )?(?:branch|affiliate|wing|arm|faction|province)(?= (?:[\w-]+ ){0,3}?claim))?(?: (?:gang |armed |rebel |militant |jihadist )?(?:group|coalition|alliance|militia|movement|faction|network)(?=, (?:(?:led|headed|founded|commanded) by |an? |the |which |who )| ${ON_A_DAY}(?:has |have )?(?:(?:also|later|quickly|swiftly|subsequently|initially|first) )?claim))?(?:, (?:led|headed|founded|commanded) by [^,⟦]{0,40}?⟦P\d+⟧(?:, (?:also )?(?:known|nicknamed) as [“"]?⟦P\d+⟧[,”"]{1,3})?,?|, (?!⟦[SO]\d+⟧,)(?!(?:also )?(?:known|nicknamed) as ⟦)(?:(?:which|who) )?(?:[^,⟦]|⟦[SOL]\d+⟧){1,100},|(?<=(?:^|[,;] )(?:[Aa]n?|[Tt]he) (?:[^,⟦]|⟦[SO]\d+⟧){1,60}, (?:[Tt]he )?⟦[SO]\d+⟧),|(?<=known as ⟦[SO]\d+⟧),|(?<=[’']s (?:[\w-]+ |⟦[SLO]\d+⟧ ){0,2}(?:wing|arm|branch|faction|affiliate|offshoot), (?:[Tt]he )?⟦[SO]\d+⟧),|, (?:which|who)| (?:led|headed) by (?:[A-Z][\w.]* )?⟦P\d+⟧)? ${ON_A_DAY}(?:has |have )?(?:(?:later|quickly|swiftly|subsequently|initially|first) )?${CLAIM_OF_ATTACK}`,
  "g",
);

/**
 * "…that killed 23 people, an attack claimed by X", "The attack on the detachment in Y was claimed by X", "The attack was
 * claimed by a faction of X": a claim told of the attack, after it (a faction's claim names the group it is part of).
 */
const CLAIMED_BY =
  /\b(?:attacks?|bombings?|blasts?|strikes?|assault|ambush|raid|massacre)(?: on (?:the |an? )?(?:[\w-]+ ){1,3}?in ⟦L\d+⟧)?,? (?:that |which )?(?:was |has been |had been )?(?:later )?claimed by (?:(?:an?|one) (?:[\w-]+ )?(?:faction|splinter group|wing|branch|affiliate) of )?(?:the )?⟦[SO](\d+)⟧/gi;

/**
 * "In December, the group claimed an attack…", "the group said it targeted…", "it claimed a drone attack", "The militant
 * group, which is linked to al-Qaeda, claimed responsibility": the group the article spoke of last.
 */
const GROUP_CLAIMED = new RegExp(
  String.raw`\b(?:(?:the|The) (?:⟦[SO]\d+⟧-\w+ |(?:jihadist|militant|armed|Islamist|extremist|rebel|separatist|insurgent) )?(?:group|militia|movement|faction|organi[sz]ation)(?:, (?:which|that|who) (?:[^,⟦]|⟦[SOL]\d+⟧){1,80},)?|it) (?:(?:has |have )?${CLAIM_OF_ATTACK}|(?:said|says|announced) (?:that )?it (?:had )?(?:targeted|attacked|struck|launched|fired|carried out|killed))`,
  "g",
);

const DENIED_BEFORE =
  /\b(?:did not|didn['’]t|had not|hadn['’]t|has not|hasn['’]t|have not|haven['’]t|never|denied|denies|deny)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * "X claimed the attack on Monday", "X claimed responsibility for the bombing", "X claimed both attacks": a claim of the
 * attacks the article told.
 */
const CLAIM_OF_TOLD =
  /\bclaimed (?:(?:responsibility for )?(?:the|this|that) (?:[\w-]+ )?(?:attack|bombing|strike|assault|killings?|raid|ambush|massacre)\b|(?:responsibility for )?(?:the|both) (?:attacks|bombings|strikes|raids|ambushes)(?=[,.;]|$)|responsibility(?![^,.;]{0,30}\bfor\b))/i;

/** What GROUP_CLAIMED needs, beside "claimed", before it is worth running. */
const SAYS_IT = /\b(?:said|says|announced) (?:that )?it\b/;

const BLAMED = new RegExp(
  String.raw`\bblaming ${MEN_OF}(?:the )?(?:${GROUP_ADJECTIVE} )?⟦[SO](\d+)⟧(?![-–])|\baccus(?:ed|ing) (?:the )?(?:[\w-]+ ){0,2}?⟦[SO](\d+)⟧(?: \(⟦[SO]\d+⟧\))? of (?:carrying out|launching|staging|conducting|orchestrating|being behind|shelling|attacking|bombing|targeting|(?=(?:the|this|that|these) ))\b|⟦O(\d+)⟧, (?:(?:the|an?) [^,⟦]{0,40}?(?:⟦S\d+⟧ [^,⟦]{0,30}?)?)?(?:which|that) (?:the )?(?:⟦[SO]\d+⟧|[\w-]+) (?:has |had )?blamed for\b|\bblamed (?:on )?["“]?${MEN_OF}(?:the )?${TIED_TO}(?:${GROUP_ADJECTIVE} )?(?:⟦O\d+⟧ dissident )?⟦[O](\d+)⟧(?![-–])|\bblam(?:ed|ing|es) (?:(?:the|this|that|an?) (?:[\w-]+ ){0,2}?(?:[\w-]+, (?:which|that) (?:[^,⟦]|⟦[SL]\d+⟧){1,100}, )?)?on ${MEN_OF}(?:the |an? (?=⟦S\d+⟧ (?:drones?|(?:air ?)?strikes?|airstrikes?|missiles?|jets|warplanes|forces|troops|soldiers)\b)|(?:an?|the) (?:[\w-]+ ){0,2}?(?:gang|group|militia|faction|cartel), )?⟦[SO](\d+)⟧(?![-–])|footprints["”]? of ⟦O(\d+)⟧|\bblamed (?:the )?⟦S(\d+)⟧(?: and (?:the )?⟦S(\d+)⟧)? for\b(?! (?:backing|supporting|funding|financing|arming|sponsoring|sheltering|harbou?ring)\b)|\bheld (?:the )?⟦[SO](\d+)⟧ (?:fully |directly |entirely )?responsible\b|\battributed (?:(?:the|this|that|these|those) (?:[\w-]+ ){0,2}?)?to (?:the )?⟦O(\d+)⟧|\b(?:attacker|bomber|assailant|gunman)s? (?:belonged|belongs|belong) to (?:the )?⟦O(\d+)⟧|\bblamed (?:the )?⟦S(\d+)⟧(?=(?: (?:government|security|armed|regime))? (?:forces|troops|army|military)\s*(?:[.;]|$)|,? (?:which|who) (?:denied|did not|has not|had not|rejected)\b|\s*(?:[.;]|$))`,
  "g",
);

/** The second of those blamed together: " rebels and the Rwandan army". */
const AND_THE_OTHER = /^(?: (?:rebels|fighters|militants|militia|group))? and (?:the )?⟦[SO](\d+)⟧(?![-–])/;

/**
 * "…, but police suspect the X group", "Iraqi officials suspect X", "they suspected the Y affiliate X", "Authorities
 * suspected fighters of X", "…, but suspicion fell on the outlawed X", "X, which is active in the area, was suspected of
 * carrying out the attack": whom those who looked into the attack suspect. "US officials said they believed X, the
 * group's Afghan branch, was responsible" (BELIEVED_RESPONSIBLE) is read here too, as a blame; "X was believed to be
 * responsible", with no one said to believe it, as an allegation.
 */
const SUSPECTED_OF = new RegExp(
  String.raw`(?<=(?:\b(?:${INVESTIGATORS}|officers|army|military|government|ministry|sources|[Tt]hey)|⟦S\d+⟧) )suspect(?:s|ed)? (?:that )?${MEN_OF}(?:the )?(?:⟦O\d+⟧ (?:affiliate|offshoot|proxy|branch) (?:[Tt]he )?)?⟦O(\d+)⟧|\bsuspicion (?:fell|falls|has fallen|had fallen) on (?:the )?(?:outlawed |banned |proscribed )?⟦O(\d+)⟧|⟦O(\d+)⟧(?:, (?:[^⟦]|⟦[SOP]\d+⟧){1,120},)? (?:was|were|has been|have been|had been) (?:accused|suspected) of (?:carrying out|launching|staging|committing|perpetrating|being behind) (?=(?:the|this|that) )|${BELIEVED_RESPONSIBLE}|${BELIEVED_TO_BE_RESPONSIBLE}`,
  "g",
);

/** "the federal army": a state's army, named by no state. */
export const THE_ARMY_UNNAMED = String.raw`(?:the )?(?:federal |national |country's |government's )?(?:army|military|armed forces|government forces)\b`;

/** "Residents blamed the federal army": blame of that army. */
const ARMY_BLAMED = new RegExp(`\\bblamed ${THE_ARMY_UNNAMED}`, "g");

/** "…, an attack the government blamed on the group": blame of the group the article spoke of last. */
const GROUP_BLAMED =
  /\bblamed (?:(?:the|this|that|an?) (?:[\w-]+ ){0,2}?)?on the (?:(?:jihadist|militant|armed|Islamist|extremist|rebel) )?(?:group|militia|movement|faction|militants|jihadists|rebels)\b/g;

/**
 * "X, a commander, was killed", "X was among those killed", "X died in", "X had died of wounds sustained in", "X's
 * assassination", "Among the dead was X" (or "was X's son, Y", "was a regional lawmaker, Y"), "the dead included X",
 * "the death of X, …, in an Israeli airstrike", "The victim, X,"; in "X, an uncle of Y, was killed", X died, not Y
 * (though in "a companion of Y, …, who was killed", Y did).
 */
const DEATH = new RegExp(
  String.raw`(?<!⟦P\d+⟧, (?:an?|the) (?:[\w-]+ ){1,2}(?:of|to) (?:[\w.-]+ ){0,3})⟦P(\d+)⟧(?:, (?:[^,⟦]|⟦[SOL]\d+⟧|(?<=\b(?:of|to) (?:[\w.-]+ ){0,3})⟦P\d+⟧){0,120}?(?=,| who )){0,3}(?:,? and (?:his |her |several |other |\w+ other )?(?:[\w-]+ )?(?:ministers|officials|others|aides|bodyguards|companions|commanders|members|relatives|guards))?,? (?:who )?(?:(?:had been|has been|was|were) (?:also |reportedly |later )?(?:among (?:those|the dead) )?(?:killed|martyred|assassinated|murdered|eliminated|shot dead|gunned down|found dead)|(?:had )?died (?:in|when|(?:of|from) (?:his |her )?(?:wounds|injuries) (?:(?:he|she) )?(?:sustained |suffered |received )?in))|⟦P(\d+)⟧[’']s (?:death|killing|assassination)|\b(?:[Aa]mong (?:the dead|those killed) (?:was|were)|[Tt]he dead (?:also )?included) (?:⟦P\d+⟧${KIN},? |an? (?:[\w-]+ |⟦S\d+⟧(?:-⟦S\d+⟧)? ){0,3}?[\w-]+, )?(?:[A-Z][\w.-]* ){0,3}?⟦P(\d+)⟧(?!${KIN})|\bthe (?:death|killing) of ⟦P(\d+)⟧(?=(?:, (?:[^,⟦]|⟦[SOLP]\d+⟧){1,80},)? in (?:an?|the) )|\bThe victim, ⟦P(\d+)⟧,`,
  "g",
);

/**
 * Words before a place that make it the setting of a war or a cause ("until Israel ends its war in Gaza"), where fire
 * came from ("from the direction of the Golan Heights"), a place to find it by ("south of Baghdad"), where someone
 * spoke of it ("told reporters in Washington") or met over it ("chaired a security meeting in Istanbul"), where a group
 * is one's branch ("al-Qaeda's affiliate in the Sahel"; not "at the New Kabul Bank branch in Kandahar" or "outside a bank
 * branch in Kandahar", a site) or what it holds ("a coalition that controls most of the capital, Port-au-Prince", "a
 * faction that operates in North Waziristan"), where pilgrims go ("the pilgrimage to the holy city of Karbala"), not
 * where an attack happened; an offensive launched ("launched a major offensive in Aleppo province") is one.
 */
const SETTING_BEFORE =
  /(?:\b(?:war|wars|conflict|crisis|fighting|solidarity|support|genocide|ceasefire|truce|occupation|siege|protect|protecting|(?<!\blaunched (?:an?|the|their|its) (?:[\w-]+ )?)offensive|incursion)\b(?:[^,.;⟦]|⟦[SOP]\d+⟧){0,30}?\s(?:in|with|on|for|of|over)|\bthat began\b[^,.;⟦]{0,20}\sin|\bgovernment in|\b(?:retreated|fled|withdrew|escaped)\b[^,.;⟦]{0,20}\s(?:toward|towards|into)|\bfrom(?:\s+the\s+direction\s+of)?|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\b(?:told reporters|told a news conference|said|speaking|briefing)\s+in|\b(?:chaired|held|hosted|convened|attended|addressed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|conference|session)\s+in|(?<!\b(?:at|outside|near|inside|by) (?:the |an? |its )?(?:⟦O\d+⟧ |[a-z]+ )?)\b(?:affiliate|branch|franchise|offshoot|chapter)\s+in|\b(?:planning|plotting|orchestrating|masterminding)\b[^,.;⟦]{0,30}?\s(?:in|on|against)|\b(?:that|which)\s+(?:controls?|controlled|holds?|dominates?|operates?|is active|is based)\b[^.;⟦]{0,40}?|\b(?:pilgrimage|journey|trip|flight|travell?ing)\s+to(?:\s+the\s+(?:[a-z-]+\s+)?(?:city|town|village|shrines?)\s+of)?)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?$/i;

/** "after abducting him from his residence in X": where the victim was taken, no origin of the attack. */
const FROM_HOME = /\bfrom (?:his|her|their) (?:home|house|residence|farm|church|rectory|parish) in (?:the )?$/i;

const FIGHTING_MEANWHILE = /,? (?:as|while|amid) (?:heavy )?(?:fighting|clashes|battles)\b/;

const RANKED_BEFORE = /\b(?:first|second|third|latest|deadliest|worst|biggest|largest)\b[^.;]{0,60}$/i;

/**
 * "X, who had married …", "X, a former RSF commander who defected to the army in October": a clause about a person, up
 * to the words before a date in it; not "X, who was killed in a strike on Wednesday", which tells the attack.
 */
const PERSONS_CLAUSE =
  /⟦P\d+⟧, (?:(?:an?|the) (?:[\w-]+ |⟦[SO]\d+⟧ ){0,4})?who (?!(?:(?:had|has|was|is|were) )?(?:been )?(?:(?:also|later) )?(?:killed|assassinated|shot|wounded|injured|died)\b)[^,;⟦]*$/;

/**
 * "…were killed before security forces ended the siege on Wednesday": the day of what ended the killing, up to the words
 * before it; the dead fell before that day, on a day not told.
 */
const ENDED_AFTER_THE_DEAD =
  /\b(?:killed|died|dead)\b[^.;⟦]{0,30}?\b(?:before|until)\s+(?:(?:[\w-]+|⟦[SO]\d+⟧)\s+){1,3}?[a-z]+ed\b(?:[^.;⟦]|⟦[LS]\d+⟧){0,50}$/;

/**
 * "blamed the OLA, a rebel group that split from the Oromo Liberation Front in 2018", "blamed the Los Lobos gang, which
 * Washington designated a terrorist organisation in 2025", "blamed the ELN, which has been fighting FARC dissidents
 * since January", "suspect the BRN, the main separatist group in the region, which has been in talks with the
 * government since 2013": a clause about a group's past.
 */
const GROUPS_CLAUSE =
  /⟦O\d+⟧(?:\s*\(⟦O\d+⟧\))?(?: (?:gang|group|militia|cartel|movement|faction))?, (?:(?:an?|the) [\w-]+(?: [\w-]+)? (?:that|which|who)|(?:(?:an?|the) [^,;⟦]{1,60}, )?which) (?:[^,;⟦]|⟦[SOL]\d+⟧)*$/;
const inGroupsClause = (t: string, d: ResolvedDate) => GROUPS_CLAUSE.test(t.slice(Math.max(0, d.index - 160), d.index));

/** "killed in the fighting in and around Goma", "in the fighting for Goma": where the dead fell, not a war's setting. */
const DIED_IN_THE_FIGHTING =
  /\b(?:killed|died|dead|wounded)\s+(?:in|during)\s+(?:the\s+)?(?:fighting|clashes|battle)\s+(?:in|around|near|for|over)(?:\s+and\s+around)?\s+$/i;

const DIRECTION_OF = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

/**
 * …and words after it: a place that modifies a noun ("the Gaza war", "the Gaza border" though not "the Al-Qaim border
 * crossing", "the Kurdistan Region's counterterrorism service", "the Moscow-installed mayor", "Peshawar's police" though
 * not "Peshawar's Police Lines"), or where people gathered over it ("blocked roads in Port-au-Prince to protest the
 * killings").
 */
const SETTING_AFTER =
  /^(?:-(?:installed|appointed|backed|based|led|controlled|held|run|allied|aligned|linked|funded|sponsored|born|bound)\b|\s+to\s+(?:protest|mourn|condemn|denounce|demand)\b|\s+(?:war|conflict|ceasefire|truce|crisis|talks|deal|envoy|border(?!\s+(?:crossing|post|area|region|town|village|point)))\b|['’]s\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|service|directorate|authorities|police(?!\s+(?:lines|stations?|posts?|headquarters|compound|academy|training|checkpoints?)\b)|officials?|spokes(?:man|woman|person)|governor|council|civil defen[cs]e)\b)/i;

const ROADS = "highway|road|motorway|expressway|railway|pipeline";

const ROAD_WORD = String.raw` (?:${ROADS})\b`;
const ROAD = new RegExp(`^${ROAD_WORD}`);

/** "cutting a key road to the provincial capital ", "blocking the highway linking X to ": a way cut, toward a place. */
const ROAD_CUT_TO = new RegExp(
  String.raw`\b(?:cut(?:ting)?|block(?:ed|ing)?|sever(?:ed|ing)?|clos(?:ed|ing))(?: off)? (?:an?|the|its) (?:[\w-]+ ){0,2}?(?:${ROADS}|route|supply line)s? (?:to|towards?|into|linking (?:[^,.;]|⟦L\d+⟧){1,40} (?:to|with|and)) (?:the )?(?:[\w-]+ ){0,3}$`,
);

/** A place that is one end of a road's name: "the Beirut-Damascus highway", "the Kabul-Jalalabad road". */
const ROAD_FROM = new RegExp(String.raw`^[-–]⟦L\d+⟧${ROAD_WORD}`);

/** Triggers that are verbs: they have no grammatical number and point back to nothing. */
const VERB_TRIGGER = new RegExp(
  `^(?:killed|kills|eliminated|neutrali[sz]ed|assassinated|murdered|martyred|${SHOT_DEAD}|${DONE_TO_DEATH}|gunned down|blew|identified|named|(?:were|was) (?:identified|named|also wounded|also injured|wounded|injured)|put|${ATTACK_VERBS})\\b`,
  "i",
);

/** "a drone attack", "an Israeli strike": a new attack in the story. */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;

/** Verbs that tell a killing, not an attack: the words before them name the victim's side, not the attacker. */
const KILL_VERB = new RegExp(
  `^(?:killed|kills|beheaded|executed|martyred|eliminated|neutrali[sz]ed|${SHOT_DEAD}|${DONE_TO_DEATH}|gunned down)$`,
  "i",
);

/**
 * Words before a trigger that make it talk of attacks in general, many, or a record: "repeated attacks", "came under
 * fire", "The US and Israel have both struck Iran-backed groups in the area"; a number counts, not the one in a
 * plane's name ("US F-15 jets struck").
 */
const GENERIC_BEFORE =
  /\b(?:came under|come under|comes under|coming under|under|at least|more than|dozens of|hundreds of|scores of|multiple|several|numerous|many|surge (?:of|in)|wave of|series of|cycle of|number of|scene of|(?<![\w-])(?!(?:19|20)\d\d\s)\d+|repeated|continued|frequent|periodic|most of the|one of the|deadliest|bloodiest|worst|any|future|further|such|these|those|similar|previously|repeatedly|frequently|regularly|routinely|often|(?<=\b(?:have|had) )(?:both|each|all))\s+(?:[\w-]+\s+){0,3}$/i;

/** "ordered the strikes to stop Houthi attacks on shipping": attacks an act is meant to end are many, none told. */
const MEANT_TO_END = /\bto (?:stop|halt|end|prevent|deter|curb|thwart|counter)\s+(?:[\w-]+\s+|⟦[SO]\d+⟧\s+){0,3}$/i;

/**
 * "The United States launched a wave of air strikes…", "Russian warplanes carried out dozens of airstrikes on Idlib on
 * Thursday": one operation of many strikes, not strikes in general (not "has carried out dozens of", a record).
 */
const LAUNCHED_A_WAVE =
  /\b(?:launched|carried out|conducted|unleashed|fired) (?:(?:a|an) (?:new |fresh |second |third |massive |major |large )?(?:wave|barrage|salvo|round) of\s+(?:[\w-]+\s+){0,3}|(?<!\b(?:has|have|had) (?:launched|carried out|conducted|unleashed|fired) )(?:dozens of|scores of|several|multiple|a series of) (?:[\w-]+\s+){0,2})$/i;

/**
 * "killed at least 42 people in overnight attacks on X", "killed 18 in a series of attacks at…", "destroyed or damaged
 * 20 vehicles in drone strikes": the count is of the dead or of what was hit, not of attacks (a count of attacks makes
 * them many).
 */
const DEAD_COUNTED_IN =
  /\b(?:killed|killing|wounded|wounding|injured|injuring|destroyed|destroying|damaged|damaging)(?:\s+(?:or|and)\s+\w+)?\s+(?:at least |more than |nearly |over |some |about |around |up to )?(?:\d[\d,]*|[a-z]+)\s+(?:(?:[\w-]+|⟦[SO]\d+⟧)\s+){0,2}in\s+(?:(?:a|an)\s+(?:series|wave|string|spate)\s+of\s+)?(?:[\w-]+\s+)?$/i;

const ANAPHORIC_BEFORE =
  /\b(?:the|this|that|latest|both|\w+['’]s)\s+(?:(?:[\w-]+|⟦[SL]\d+⟧|(?<=\bclaimed the\s+)⟦O\d+⟧)\s+){0,2}$/i;

/**
 * "since 1984", "since the group returned to power in 2021", "since Washington began its campaign against the group
 * last month": a date that starts a period (a clause after "since" may end in it) rather than dating what the sentence
 * tells.
 */
export function startsPeriod(t: string, d: ResolvedDate): boolean {
  const before = t.slice(Math.max(0, d.index - 90), d.index);
  // "The attack in X began late on Thursday", "the attack, which began on Monday": the day one attack began is its
  // day, not the start of a period.
  if (
    /\b(?:attack|assault|raid|siege|ambush)\b(?:[^.;,]|,\s+(?:which|that)\b){0,80}\bbegan\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(
      before,
    )
  )
    return false;
  // "…as part of a campaign launched on March 15": the day a campaign began, not of the strike told.
  return /\b(?:since|until|began|begun|started|start of|beginning of|outbreak)\b[^.]{0,12}$|\bsince\b(?:[^.,;⟦]|⟦[SO]\d+⟧){0,80}$|\b(?:campaign|offensive|operations?|war)\s+(?:(?:that|which)\s+)?(?:was\s+)?launched\s+(?:on\s+)?$/i.test(
    before,
  );
}

/*
 * entityAt and spelledIn make a sentence's helpers as functions returned, not closures declared in readSentence:
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

/** A claim or a blame a sentence tells, and where: `forward` when it names the attack after it. */
interface Said {
  at: number;
  end: number;
  forward: boolean;
  ids: string[];
  /** "police suspect X": a blame only suspected is an allegation. */
  alleged?: boolean;
}

/** What the sentences before tell a sentence about whom its words point to. */
export interface Told {
  /** The organisation the article named last, which "the group claimed…" speaks of. */
  lastGroup: string | undefined;
  /** The organisation the sentence before opened with, whose "its fighters" act next. */
  subjectGroup: string | undefined;
  /** The state whose army the article named last ("Myanmar's military junta"): whom "the army" is. */
  armyState: string | undefined;
  /** Whether the sentence before told of the attackers ("the two attackers were killed"): whom "them" may be. */
  attackersTold: boolean;
  /** The one state the article has named so far, if it named one only: whose army "the federal army" is. */
  onlyState: string | undefined;
  /** Whether the article told an attack before: whose attackers "troops killed five gunmen" may speak of. */
  attackTold: boolean;
  /** "Militants stormed a military post…": the word for the unnamed attackers of the attack the article told first. */
  attackersWere: string | undefined;
}

/** What a sentence says once, the same for each of its frames, and what the sentences before told. */
export interface SentenceReading extends Told {
  ms: MarkedSentence;
  t: string;
  article: string;
  triggers: RegExpMatchArray[];
  sentenceDates: ResolvedDate[];
  /** The dates that may date an attack: not those that start a period, nor a rank within one. */
  dates: ResolvedDate[];
  /** Dates a "when" clause follows ("since February, when a drone attack…"): they date what it tells. */
  whenClause: Set<ResolvedDate>;
  /** Days a statement was made on, not an attack's own. */
  stated: Set<ResolvedDate>;
  claimOfTold: boolean;
  claims: Said[];
  blames: Said[];
  deaths: RegExpMatchArray[];
  /** Places the sentence gives as a setting or an origin (SETTING_BEFORE, SETTING_AFTER), by marker number. */
  settings: Set<string>;
  /** "an ambush east of Rafah": places an attack is told from, where the frame names no other. */
  anchors: Set<string>;
  label: (i: string) => Entity;
  spelled: (s: string) => string;
  sideOf: SideOf;
}

/** The stretch of a sentence one trigger's frame reads, and what its words say around the trigger. */
export interface TriggerSpan {
  k: number;
  trig: RegExpMatchArray;
  word: string;
  start: number;
  end: number;
  scopeStart: number;
  /** From the trigger before (or the sentence's start) to this one. */
  before: string;
  /** `before` and the trigger. */
  through: string;
  /** From the trigger to the next one (or the sentence's end). */
  scope: string;
  near: string;
  /** The scope up to other fighting told as what went on meanwhile. */
  ownScope: string;
  kills: boolean;
  also: boolean;
  plural: boolean;
  verb: boolean;
  denied: boolean;
  indefinite: boolean;
  anaphoricBefore: boolean;
  campaign: boolean;
  amongDead: boolean;
  genericBefore: boolean;
  /** "struck 12 times", "attacks would continue": attacks counted, or yet to come (GENERIC_AFTER). */
  genericAfter: boolean;
  tally: boolean;
  generic: boolean;
  under: boolean;
  anniversary: boolean;
  /** The scope up to an earlier death or event it looks back on, where targets and the dead are read. */
  targetScope: string;
  namesState: boolean;
  namesGroup: boolean;
  namesPerson: boolean;
}

/** What sentence `ms` says once for all its frames: its dates, claims, blames, deaths and settings. */
export function readSentence(
  ms: MarkedSentence,
  triggers: RegExpMatchArray[],
  article: string,
  sentenceDates: ResolvedDate[],
  sideOf: SideOf,
  { lastGroup, subjectGroup, armyState, onlyState, attackersTold, attackTold, attackersWere }: Told,
): SentenceReading {
  const t = ms.text;
  // "since 1984" starts a period and dates nothing, except what a clause after it tells happened then
  // ("since February, when a drone attack in Baghdad killed…"): only attacks told after such a date take it.
  const whenClause = new Set(
    sentenceDates.filter((d) => startsPeriod(t, d) && /^[,\s]*when\b/.test(t.slice(d.index + d.text.length))),
  );
  // "17 people have been killed in fighting since Sunday": fighting days old is dated by the day it began; not
  // "…killed 80, the deadliest attack since Washington launched its campaign on March 15".
  const deadSince = (d: ResolvedDate) =>
    d.precision === "day" &&
    /\b(?:killed|died|dead)\b(?:[^.;⟦]|⟦[LS]\d+⟧){0,60}\bsince\s+(?:late\s+|early\s+)?(?:on\s+)?$/.test(
      t.slice(Math.max(0, d.index - 90), d.index),
    );
  // "…, their first attack on shipping this year", "the second vessel they have sunk this week": a rank within a
  // period, not the attack's date.
  const dates = sentenceDates.filter(
    (d) =>
      (!startsPeriod(t, d) || whenClause.has(d) || deadSince(d)) &&
      // "Among those killed was X, who had married a week earlier": a day of the person's life, not of the attack.
      !PERSONS_CLAUSE.test(t.slice(Math.max(0, d.index - 100), d.index)) &&
      !ENDED_AFTER_THE_DEAD.test(t.slice(Math.max(0, d.index - 130), d.index)) &&
      !inGroupsClause(t, d) &&
      !(/^this (?:year|month|week)$/i.test(d.text) && RANKED_BEFORE.test(t.slice(Math.max(0, d.index - 70), d.index))),
  );
  // "On Tuesday, a little-known group claimed responsibility for the attack": the day of a claim of the attack told;
  // so is "X later claimed responsibility", a claim of nothing else.
  const claimOfTold = CLAIM_OF_TOLD.test(t);
  const stated = new Set(
    dates.filter(
      (d) =>
        claimOfTold ||
        /\b(?:said|says|announced|stated|reported|told|confirmed|added|vowed|pledged|threatened|warned|condemned|denied|mourned|claimed(?: responsibility)?)(?: in a (?:statement|post|video|briefing))?\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(
          t.slice(Math.max(0, d.index - 30), d.index),
        ) ||
        // "The Islamic State group on Saturday claimed an attack…": the day told before the claim's verb.
        /^\s+(?:(?:has|have|had|also|later) )?(?:claimed|said|announced)\b/.test(t.slice(d.index + d.text.length)) ||
        // "Netanyahu had announced Sinwar's death on May 28": the day a death was made known.
        /\b(?:announced|confirmed|reported)\s+(?:⟦P\d+⟧[’']s death|the (?:death|killing) of ⟦P\d+⟧)\s+(?:on\s+)?$/.test(
          t.slice(Math.max(0, d.index - 60), d.index),
        ),
    ),
  );
  const label = entityAt(ms);
  // What the whole sentence says, the same for each of its frames: read once.
  // Claims and blames are rare: the words they need are looked for before the patterns run.
  const claimed = t.includes("claim");
  const claims = (claimed ? [...t.matchAll(CLAIMED)] : []).map((m) => {
    // "The X faction of the Pakistani Taliban claimed…": the faction claims, not the whole.
    const part = PART_BEFORE.exec(t.slice(0, m.index));
    return {
      at: part?.index ?? m.index!,
      end: m.index! + m[0].length,
      forward: true,
      ids: [label((part?.[1] ?? m[1])!).id],
    };
  });
  if (claimed)
    for (const m of t.matchAll(CLAIMED_BY))
      claims.push({ at: m.index!, end: m.index! + m[0].length, forward: false, ids: [label(m[1]!).id] });
  if (lastGroup && (claimed || SAYS_IT.test(t)))
    for (const g of t.matchAll(GROUP_CLAIMED))
      claims.push({ at: g.index!, end: g.index! + g[0].length, forward: true, ids: [lastGroup] });
  const blames: Said[] = (
    /blam|footprints|accus|responsible|attributed|belong/.test(t) ? [...t.matchAll(BLAMED)] : []
  ).map((m) => ({
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
    // "blamed the M23 rebels and the Rwandan army": both.
    ids: [
      m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[9] ?? m[10] ?? m[11] ?? m[12],
      m[8],
      m[4] !== undefined ? AND_THE_OTHER.exec(t.slice(m.index! + m[0].length))?.[1] : undefined,
    ]
      .filter((i) => i !== undefined)
      .map((i) => label(i!).id),
  }));
  if (/susp|accused of|believe/.test(t))
    for (const m of t.matchAll(SUSPECTED_OF))
      blames.push({
        at: m.index!,
        end: m.index! + m[0].length,
        // "X were accused of carrying out the killings": of the attack named right after.
        forward: m[3] !== undefined,
        ids: [label((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!).id],
        // "Officials believed X was responsible" blames, as "officials believed X was behind it" does.
        alleged: m[4] === undefined,
      });
  // "…, an attack the government blamed on the group": the group the article spoke of last.
  if (lastGroup && t.includes("blamed"))
    for (const g of t.matchAll(GROUP_BLAMED))
      blames.push({ at: g.index!, end: g.index! + g[0].length, forward: false, ids: [lastGroup] });
  // "Residents blamed the federal army": the army of the state the article told of.
  const army = armyState ?? onlyState;
  if (army && t.includes("blamed"))
    for (const g of t.matchAll(ARMY_BLAMED))
      blames.push({ at: g.index!, end: g.index! + g[0].length, forward: false, ids: [army] });
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
    const listedState = /⟦S\d+⟧(?:,| and|, and) $/.exec(before80);
    if (
      (SETTING_BEFORE.test(before80) && !DIED_IN_THE_FIGHTING.test(before80) && !FROM_HOME.test(before80)) ||
      SETTING_AFTER.test(t.slice(after, after + 60)) ||
      (listedAfter !== null && settings.has(listedAfter[1]!)) ||
      // "in solidarity with Lebanon and Gaza": a place listed after a state the setting names.
      (listedState !== null && SETTING_BEFORE.test(before80.slice(0, listedState.index))) ||
      // "on the road between Palmyra and Deir ez-Zor": the route is placed by the town it is told from.
      /\bbetween (?:the )?⟦L\d+⟧ and (?:the )?$/.test(before80) ||
      // "seized the town of X, cutting a key road to the provincial capital Goma": where the road leads.
      ROAD_CUT_TO.test(before80) ||
      // "on the Beirut-Damascus highway near Jdeidet Yabous": a road named by its ends runs far from either.
      ROAD_FROM.test(t.slice(after, after + 40)) ||
      (/⟦L\d+⟧[-–]$/.test(t.slice(Math.max(0, m.index! - 8), m.index)) && ROAD.test(t.slice(after, after + 20)))
    )
      settings.add(m[1]!);
  }
  return {
    ms,
    t,
    article,
    triggers,
    sentenceDates,
    dates,
    whenClause,
    stated,
    claimOfTold,
    claims,
    blames,
    deaths,
    settings,
    anchors,
    label,
    spelled,
    sideOf,
    lastGroup,
    subjectGroup,
    armyState,
    onlyState,
    attackersTold,
    attackTold,
    attackersWere,
  };
}

/** The text trigger `k` reads and what its words say; none for "to attack", an intent rather than an event. */
export function spanOf(r: SentenceReading, k: number): TriggerSpan | undefined {
  const { t, triggers, sentenceDates, whenClause } = r;
  const trig = triggers[k]!;
  const start = trig.index!;
  // "a group preparing to attack Druze civilians", "threatened to strike": what is intended is no event.
  if (
    /^(?:attack|strike|target|hit|bomb|shell|kill)$/i.test(trig[0]) &&
    /\bto\s+$/.test(t.slice(Math.max(0, start - 4), start))
  )
    return undefined;
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
  // "X also struck…", "was also killed": more of what the article told before.
  const also = /\balso\s+$/i.test(near);
  // "…bombed the ministry in Damascus, as fighting raged in Sweida": other fighting, told as what went on meanwhile,
  // is neither where this attack was nor how it was made.
  const meanwhile = FIGHTING_MEANWHILE.exec(scope);
  const ownScope = meanwhile ? scope.slice(0, meanwhile.index) : scope;
  // "The U.S. military said it had not carried out any airstrikes": a denial names no one who attacked, though
  // it is part of the record of the attack it denies.
  // "X denied involvement and blamed the army": the blame that follows a denial names whom the denier points to.
  const denied = /\b(?:not|n['’]t|never|den)/i.test(near) && DENIED_BEFORE.test(near) && word !== "blamed";
  // "a drone attack" introduces an attack; in "a submarine hit 60 targets" the article is the subject's. So does
  // "X had also shelled the market": another attack of the same attacker ("was also killed" adds to one's dead).
  const indefinite =
    (!verb && INDEFINITE_BEFORE.test(near)) ||
    (/^(?:shelled|struck|bombed|attacked|stormed|raided)$/.test(word) && also);
  // "blamed Israel for his killing": the death of the one told before.
  const anaphoricBefore =
    ANAPHORIC_BEFORE.test(near) ||
    // "X was behind it": the attack told before.
    word === "behind" ||
    (/^(?:killing|assassination)$/.test(word) && /\b(?:his|her|their)\s+$/i.test(near));
  // "have attacked ships since November": a campaign counted from a date, not an event.
  // "17 people have been killed in the fighting since Sunday": the dead of fighting days old are its own.
  // "blamed the ELN, which has been fighting X since January": what the group has done, not what the frame tells.
  const campaign = sentenceDates.some(
    (d) =>
      startsPeriod(t, d) &&
      !whenClause.has(d) &&
      !inGroupsClause(t, d) &&
      d.index >= start &&
      d.index < end &&
      !(kills && d.precision === "day"),
  );
  // "among those killed" names the dead of one attack; "those strikes" are many; "17 people were killed", a toll.
  const amongDead =
    /\bamong (?:those|the people|the dead|the \w+)\s+$/i.test(near) || (word === "dead" && /\bthe\s+$/i.test(near));
  // "…checked the cards of those on board and shot dead nine men": a verb after "and" opens a clause of its own.
  const genericBefore =
    !amongDead &&
    (GENERIC_BEFORE.test(near) || MEANT_TO_END.test(near)) &&
    !LAUNCHED_A_WAVE.test(near) &&
    !(kills && TOLL_BEFORE_KILLED.test(before.slice(-120))) &&
    !(plural && DEAD_COUNTED_IN.test(t.slice(Math.max(0, start - 80), start))) &&
    !((verb || kills) && /\b(?:and|then)\s+$/.test(near));
  // Not "blamed al-Shabaab, which has killed several leaders over the past year": a blame tells of the attack told.
  const tally = OVER_A_PERIOD.test(scope) && word !== "blamed";
  // "…but the Islamic State group has attacked mosques in the city before", "X has carried out attacks on civilians
  // in Y in the past": what it has done before, a record.
  const genericAfter =
    GENERIC_AFTER.test(scope) ||
    (/\b(?:has|have|had)\s+(?:\w+\s+){0,2}$/.test(near) &&
      /^\S+[^.;]{0,60}?\b(?:before|in the past)\s*(?:[.;]|$)/.test(scope));
  const generic = genericBefore || genericAfter || campaign || tally;
  const under = /\bunder\s+$/i.test(near);
  // "to mark the anniversary of the assassination of X", "the fourth anniversary of X's killing": the day of the
  // ceremony is not the attack's.
  const anniversary = /\banniversary of (?:the )?(?:⟦P\d+⟧['’]s\s+|[\w-]+\s+){0,2}$/i.test(near);
  // "…the most senior figure killed since X, commander of Y, died in a strike", "a ceremony marking the anniversary
  // of the death of X, the commander of Y": who died in that earlier death, and whom it hit, are not this attack's;
  // nor is whom "a day after the escape of X gang leader Y" tells of.
  const lookedBackOn =
    /\bsince\s+(?:⟦P\d+⟧|the (?:killing|death|assassination) of)|\banniversary of (?:the )?(?:killing|death|assassination) of|\b(?:days?|hours?|weeks?) (?:after|before) the\b/.exec(
      scope,
    );
  const targetScope = lookedBackOn ? scope.slice(0, lookedBackOn.index) : scope;
  // Which kinds of mention the scope holds: most patterns below need one, and most scopes lack some.
  const namesState = targetScope.includes("⟦S");
  const namesGroup = targetScope.includes("⟦O");
  const namesPerson = targetScope.includes("⟦P");
  return {
    k,
    trig,
    word,
    start,
    end,
    scopeStart,
    before,
    through,
    scope,
    near,
    ownScope,
    kills,
    also,
    plural,
    verb,
    denied,
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
    targetScope,
    namesState,
    namesGroup,
    namesPerson,
  };
}
