/**
 * Sponsorship and alliance facts (BACKED_BY, ALLIED_WITH): "the pro-Iran O", "Iran-backed O", "O1, an
 * Iran-backed militia allied with O2", and what is said of a group once an aside after its name is read past.
 */
import type { Entity } from "../resolve/types.ts";
import { gap, mk } from "./marked.ts";
import { type Ctx, type FactReading, ORG_LIST, add, listOrgs, previousOrg, ref, stateByWord } from "./context.ts";
import { AFFILIATED_PREDICATE, PART_OF_PREDICATE, affiliated } from "./membership.ts";
import { ALLY, DEFINED, DET, HAS_ALLY, SPONSOR_VERB, W, each, pattern } from "./patterns.ts";

const X_BACKED = pattern(/⟧-/, `${mk("SL")}-${SPONSOR_VERB} ${gap(40)}${mk("O")}`, "g");

const PRO_X = pattern(/pro-/, `\\bpro-([A-Z][a-z]+) ${gap(30)}${mk("O")}`, "g");

/** "O, an Iran-backed militia"; not "O, the backbone of the US-backed SDF", which is said of the SDF. */
const X_BACKED_APPOSITIVE = pattern(
  /⟧-/,
  `${mk("O")}(?:\\s\\(${mk("O")}\\))?, (?:a|an|the|another|one of the) ${W(5)}${mk("SL")}-${SPONSOR_VERB}\\b(?! ⟦O)`,
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

/** Verbs by which others tell what a group is: "Pakistan says the group is…", "UN experts believe it is…". */
const SAYING = "says?|said|believes?|alleges?";

/**
 * "the group is", "The group, which is", "say it is": the group the text spoke of last, and what is said of it.
 */
const THE_GROUP_IS = `(?:\\b[Tt]he (group|militia|movement|faction),? (?:which |that )?|\\b(?:${SAYING}) (?:that )?it )(?:is|was|has been|remains)`;

/**
 * "Pakistan says the group is backed by India", "The group, which is backed by Iran,", "UN experts say it is backed by
 * Rwanda": the group the text spoke of last.
 */
const THE_GROUP_BACKED_BY = pattern(
  new RegExp(SPONSORED_BY),
  `${THE_GROUP_IS} (?:[a-z]+ )?${SPONSORED_BY} ${DET}${mk("OS")}`,
  "g",
);

/** What one accuses a sponsor of: "accuses the UAE of arming the RSF". */
const ARMING = "(?:arming|backing|funding|financing|sponsoring|supporting|supplying|training)";

/** "Turkey, which backs the rival Syrian National Army", "Iran, which funds and arms Hezbollah": who backs whom. */
const WHICH_BACKS = pattern(
  /, which (?:backs|supports|sponsors|funds|arms)\b/,
  `${mk("S")}, which (?:backs|supports|sponsors|funds|arms)(?: and (?:arms|funds|trains|supports))? (?:the )?(?:rival |allied |local )?${mk("O")}`,
  "g",
);

/** "Sudan accuses the UAE of arming the RSF", "…the UAE, which it accuses of arming the RSF": who is said to back whom. */
const ACCUSED_OF_ARMING = pattern(
  new RegExp(`\\bof ${ARMING}\\b`),
  `(?:\\baccus(?:es|ed|ing|e) ${DET}${mk("OS")}|${mk("OS")}, (?:which|whom) (?:it|they|(?:the )?⟦S\\d+⟧) (?:accuses|accused|has accused|have accused)) of ${ARMING} ${DET}${mk("O")}`,
  "g",
);

/**
 * "The Iran-backed group has not fired since", "The Rwanda-backed rebels, who captured Goma", "The US-backed force,
 * which is dominated by the YPG": the group the article told of, and who backs it.
 */
const THE_X_BACKED_GROUP = pattern(
  /⟧-(?:backed|supported|sponsored|funded|armed) (?:group|militia|movement|faction|rebels|force|alliance|coalition)\b/,
  `\\b[Tt]he ${mk("S")}-(?:backed|supported|sponsored|funded|armed) (group|militia|movement|faction|rebels|force|alliance|coalition)\\b(?! ⟦|,? (?:called|known as|named)\\b)`,
  "g",
);

/**
 * "X, which the United Nations says is backed by Y", "UN experts say it is backed by Y": the one who says it is no
 * second actor, and is not backed.
 */
const SAYS_IT = `(?= (?:[a-z]+ )?(?:${SAYING}|accuses|claims?) )`;

/** "X rebels and Congolese troops backed by Y": a second actor joined to the first is the one backed. */
const NO_SECOND_ACTOR = `(?:(?! and (?:the )?⟦)[^⟦]|⟦[SL]\\d+⟧|⟦O\\d+⟧${SAYS_IT}){0,60}?`;

const BACKED_BY_PASSIVE = pattern(
  new RegExp(SPONSORED_BY),
  `${mk("O")}(?!${SAYS_IT}),? ${NO_SECOND_ACTOR}\\b${SPONSORED_BY} ${DET}(?:neighbou?ring |regional |fellow )?${mk("OSL")}`,
  "g",
);

/** "Hezbollah, an ally of Hamas backed by Iran": the ally is the one backed, not the group it is the ally of. */
const ALLY_OF_BEFORE =
  /⟦O(\d+)⟧, (?:an?|the|its|their) (?:[\w-]+ )?(?:ally|allies|rival|enemy|foe|partner) of (?:the )?$/;

/** The group a passive "backed by" is said of (see ALLY_OF_BEFORE). */
function backedOne(t: string, m: RegExpExecArray): string | undefined {
  return ALLY_OF_BEFORE.exec(t.slice(Math.max(0, m.index - 80), m.index))?.[1] ?? m[1];
}

/** "Amal, Hezbollah's closest ally, withdrew its ministers". */
const POSSESSIVE_ALLY = pattern(
  /[’']s (?:[\w'’]+ )?ally\b/,
  `${mk("O")}, ${mk("O")}[’']s (?:closest |main |key |staunchest |longtime |long-time |chief |principal |(?:Shi['’]?ite|Shia|Sunni|Kurdish|Christian|Druze) )?ally\\b`,
  "g",
);

/** "The group, which is allied with the Afghan Taliban": the group the text spoke of last. */
const THE_GROUP_ALLIED = pattern(HAS_ALLY, `${THE_GROUP_IS} (?:also |closely )?${ALLY} ${DET}${mk("O")}`, "g");

/**
 * "The Nujaba movement is allied with Kataeb Hezbollah", "the People's Defence Forces allied with the National Unity
 * Government (NUG)".
 */
const ALLIED_PREDICATE = pattern(
  HAS_ALLY,
  `${mk("O")}${DEFINED}(?: (?:is|are|was|were|remains|has been))? (?:also |closely )?${ALLY} ${DET}${mk("O")}`,
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

const ITS_ALLIES = /\b(?:its|their) (?:\w+ )?all(?:y|ies)\b/;

/** The actor right before "and its allies", whom "its" stands for: "the Congolese army (FARDC)". */
const OWNER = "⟦([SO])(\\d+)⟧(?:\\s*\\(⟦[SO]\\d+⟧\\))?(?: (?:army|military|forces|troops|government|militia|group))?";

const NEARER_OWNER = new RegExp(`${OWNER} and $`);

const AND_ITS_ALLIES = pattern(
  / and (?:its|their) (?:\w+ )?all(?:y|ies)\b/,
  `${OWNER} and (?:its|their) (?:\\w+ )?(?:ally|allies),? (${ORG_LIST})`,
  "g",
);

/**
 * "Hezbollah … in support of its ally Hamas", "X, led by P, … together with its allies, the Y (Y) and the Z": the
 * sentence's subject and each ally it names.
 */
const ITS_ALLY = pattern(
  ITS_ALLIES,
  `^(?:The )?${mk("O")}(?:, (?:[^,⟦]|⟦[PSL]\\d+⟧){1,60},)?${gap(120)}\\b(?:its|their) (?:\\w+ )?(?:ally|allies),? (${ORG_LIST})`,
  "g",
);

/**
 * "Nabih Berri, who heads the Amal Movement, said his party and its ally Hezbollah would…": the group the sentence named
 * before "his", and its allies.
 */
const HIS_GROUP_AND_ITS_ALLY = pattern(
  / and (?:its|their) (?:\w+ )?all(?:y|ies)\b/,
  `\\b(?:his|her) (?:party|group|movement|militia|faction|organi[sz]ation) and (?:its|their) (?:\\w+ )?(?:ally|allies),? (${ORG_LIST})`,
  "g",
);

/** "…said the movement was coordinating with A and B, its allies in the Axis": the group told before, and its allies. */
const THE_GROUPS_LISTED_ALLIES = pattern(
  ITS_ALLIES,
  `\\b[Tt]he (group|movement|militia)\\b(?:[^⟦.;]){0,60}?(${ORG_LIST}), (?:its|their) (?:\\w+ )?allies\\b`,
  "g",
);

/** "X, an armed group allied with the opposition Y", "X, …, which is allied with Mexico's Y": a word may say what Y is. */
const ALLIED_WITH_APPOSITIVE = pattern(
  HAS_ALLY,
  `${mk("O")},${gap(60)}\\b${ALLY} ${DET}(?:⟦S\\d+⟧[’']s )?(?:(?:opposition|exiled|ruling|rival|former) )?${mk("O")}`,
  "g",
);

/**
 * "The TTP is an umbrella group of Islamist militants allied with the Afghan Taliban": what the group is said to be, up
 * to whom it is allied with; not "X is a group that fights forces allied with Y", whose clause speaks of others.
 */
const DESCRIBED_AS_ALLIED = pattern(
  HAS_ALLY,
  `${mk("O")} (?:is|was|remains) (?:an?|the) (?:(?!\\b(?:that|which|who|whom|with|against|fights?|fought|fighting)\\b)[^⟦,.;]){1,60}\\b${ALLY} ${DET}${mk("O")}`,
  "g",
);

/** A group that opens the sentence, then an aside between commas, then its verb. */
const SUBJECT_ASIDE =
  /^((?:The |the )?⟦O\d+⟧)(?: group| movement| militia| faction)?, (?:[^,⟦]|⟦[SOLP]\d+⟧){1,100}, (?=(?:is|are|was|were|remains|has been) )/;

/** A group that opens the sentence, a first predicate, then "and" before another: "The KIA has fought … and is allied with". */
const SUBJECT_FIRST_PREDICATE =
  /^((?:The |the )?⟦O\d+⟧)(?: group| movement| militia| faction)? (?:has|have|had) [^,.;⟦]{1,80} and (?=(?:is|are|was|were|remains|has been) )/;

/** The predicates of the sentence's subject group: what it is part of, affiliated with, allied with or backed by. */
function predicatesOf(ctx: Ctx, R: (i: string | undefined) => Entity | undefined, t: string) {
  each(PART_OF_PREDICATE, t, (m) => add(ctx, "PART_OF", R(m[1]), R(m[2]), 0.85));
  each(AFFILIATED_PREDICATE, t, (m) => affiliated(ctx, R(m[1]), R(m[2])));
  each(ALLIED_PREDICATE, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.8));
  each(BACKED_BY_PASSIVE, t, (m) => add(ctx, "BACKED_BY", R(m[1]), R(m[2]), 0.8));
}

/** Sponsorship and alliance: "the pro-Iran O", "Iran-backed O", "O1, an Iran-backed militia allied with O2". */
export function sponsorsAndAlliesIn(r: FactReading) {
  const { ctx, ms, t, R, history, registry, namesTwo, stateEntity, sponsorOf } = r;
  each(PRO_X, t, (m) => add(ctx, "BACKED_BY", R(m[2]), stateEntity(stateByWord(registry, m[1]!)), 0.8));
  each(THE_GROUP_BACKED_BY, t, (m) => add(ctx, "BACKED_BY", previousOrg(history, m[1]), R(m[2]), 0.6));
  each(THE_GROUP_ALLIED, t, (m) => add(ctx, "ALLIED_WITH", previousOrg(history, m[1]), R(m[2]), 0.6));
  each(THE_X_BACKED_GROUP, t, (m) => {
    const group = previousOrg(history, m[2] === "rebels" ? "group" : m[2]);
    add(ctx, "BACKED_BY", group, sponsorOf(ref(ms, m[1])), 0.6);
  });
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
    // "The SNA, a coalition of rebel groups backed by Ankara": a capital stands for its state.
    each(BACKED_BY_PASSIVE, t, (m) => add(ctx, "BACKED_BY", R(backedOne(t, m)), sponsorOf(ref(ms, m[2])), 0.85));
    each(PROVIDES_IT, t, (m) => add(ctx, "BACKED_BY", R(m[1]), R(m[2]), 0.8));
    each(PROVIDES_GROUP, t, (m) => add(ctx, "BACKED_BY", R(m[2]), R(m[1]), 0.85));
    each(WHICH_BACKS, t, (m) => add(ctx, "BACKED_BY", R(m[2]), R(m[1]), 0.8));
    each(ACCUSED_OF_ARMING, t, (m) => add(ctx, "BACKED_BY", R(m[3]), sponsorOf(ref(ms, m[1] ?? m[2])), 0.6));
    // Alliance: "O1, an Iran-backed militia allied with O2".
    each(ALLIED_WITH_APPOSITIVE, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
    each(DESCRIBED_AS_ALLIED, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.8));
    each(ALLIED_PREDICATE, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
    each(POSSESSIVE_ALLY, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
    // "The SDF, led by Mazloum Abdi, is backed by the United States", "The YBS, a Yazidi militia formed in 2014 to
    // fight the Islamic State, is affiliated with the PKK": what is said of the group once the aside is read past; so is
    // "The KIA has fought for autonomy for decades and is allied with the Arakan Army".
    // "…, is affiliated with the PKK and is part of the PMF": each predicate of the subject.
    const lean = SUBJECT_ASIDE.exec(t) ?? SUBJECT_FIRST_PREDICATE.exec(t);
    if (lean)
      for (const said of t.slice(lean[0].length).split(/ and (?=(?:is|are|was|were|remains|has been) )/))
        predicatesOf(ctx, R, `${lean[1]} ${said}`);
    each(ALLIES_PAIR, t, (m) => add(ctx, "ALLIED_WITH", R(m[1]), R(m[2]), 0.85));
    each(LOYAL_TO_PERSON, t, (m) => add(ctx, "AFFILIATED_WITH", R(m[2]), R(m[1]), 0.7, "leader"));
    each(ITS_ALLY, t, (m) => {
      if (NEARER_OWNER.test(m[0].slice(0, m[0].search(ITS_ALLIES)))) return;
      for (const ally of listOrgs(ms, m[2]!)) add(ctx, "ALLIED_WITH", R(m[1]), ally, 0.7);
    });
    each(HIS_GROUP_AND_ITS_ALLY, t, (m) => {
      const own = [...t.slice(0, m.index).matchAll(/⟦O(\d+)⟧/g)].pop();
      if (own) for (const ally of listOrgs(ms, m[1]!)) add(ctx, "ALLIED_WITH", R(own[1]), ally, 0.7);
    });
    each(THE_GROUPS_LISTED_ALLIES, t, (m) => {
      for (const ally of listOrgs(ms, m[2]!)) add(ctx, "ALLIED_WITH", previousOrg(history, m[1]), ally, 0.65);
    });
    // "…accused the Congolese army (FARDC) and its allies, the Wazalendo militias": the allies are the army's, and
    // a state has no allies in this ontology's sense.
    each(AND_ITS_ALLIES, t, (m) => {
      if (m[1] === "O") for (const ally of listOrgs(ms, m[3]!)) add(ctx, "ALLIED_WITH", R(m[2]), ally, 0.7);
    });
  }
}
