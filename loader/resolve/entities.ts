/**
 * Resolves mentions to entities across sentences and articles: one entity per real actor.
 * Order matters and is deliberate: registry names and full names first, then what the text says
 * is the same ("also known as", acronyms), then short forms (surnames, "al-Nujaba") that attach to a
 * unique full name, preferring one in the same article. Different people sharing a surname stay
 * apart: full names must agree on the given name, and a surname alone attaches only when unambiguous.
 */
import type { EntityLabel } from "../../ontology/model.ts";
import { BY_NAMES, ENGLISH_ORG_HEADS, GENERIC_HEADS, KUNYA, PLACE_TRAILERS } from "../mentions/lexicon.ts";
import type { Registry } from "../mentions/registry.ts";
import type { Mention, SameAs } from "../mentions/types.ts";
import { editDistance, fold, memo, nameTokens, sameToken, skeleton, slug } from "./names.ts";
import type { Entity, KnownEntity } from "./types.ts";

const KUNYA_SET = new Set(KUNYA.map((k) => k.toLowerCase()));
const BY_NAME_SET = new Set(BY_NAMES.map((k) => k.toLowerCase()));
const UNIT_HEADS = new Set([
  "kataib",
  "katib",
  "asaib",
  "saraya",
  "liwa",
  "jaish",
  "jabhat",
  "firqat",
  "brigades",
  "brigade",
  "battalions",
  "army",
  "front",
]);
/** Also the joining vowel of a Persian or Urdu name, spelled either way ("Tehreek-e-Taliban", "Tehreek-i-Taliban"). */
const DROP_FOR_KEY = new Set(["militia", "group", "faction", "e", "i"]);
/** "Kurdistan Democratic Party" → "KDP", "Patriotic Union of Kurdistan" → "PUK": the letters an acronym of it would have. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Al|El)$/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join("") : undefined;
}

/** English heads of group names, common nouns that may stand alone for the group told before ("the Observatory"). */
const COMMON_HEADS = new Set(ENGLISH_ORG_HEADS);
const PLACE_GENERIC = new Set(
  PLACE_TRAILERS.filter((t) => !["airport", "street", "base", "camp", "crossing"].includes(t)),
);

/** A place's name without its generic words ("Babil Province" → "babil"). */
function placeProper(tokens: string[]): string {
  return tokens.filter((t) => !PLACE_GENERIC.has(t)).join(" ");
}

export interface ArticleMentions {
  articleId: string;
  mentions: Mention[];
  sameAs: SameAs[];
}

interface Cluster {
  id: number;
  label: EntityLabel;
  canonical?: string;
  knownId?: string;
  surfaces: Map<string, number>;
  /** Each surface parsed once, in the order of `surfaces`: candidates are compared against these. */
  parsed: ParsedSurface[];
  articles: Set<string>;
  perArticle: Map<string, number>;
  /** Per article, where a full name first names it (see pos): for back-references. */
  firstFull: Map<string, number>;
  parent: number;
  actorType?: string;
}

/** A surface form with what matching needs of it, computed when the surface joins a cluster. */
interface ParsedSurface {
  folded: string;
  person: PersonName;
  tokens: string[];
  key: string[];
  /** Written in capitals ("SNA"): matched as letters, never by the skeleton a word would have. */
  acronym: boolean;
}

/** A name in capitals ("SNA", "U.S."): an acronym, matched as letters. */
const isAcronymName = (s: string) => /^[A-Z][A-Z.-]+$/.test(s);

const parseSurface = (s: string): ParsedSurface => ({
  acronym: isAcronymName(s),
  folded: fold(s),
  person: personName(s),
  tokens: nameTokens(s),
  key: orgKey(s),
});

/** Person name parts: given name (a kunya counts as one), surname, and the kunya if any. */
interface PersonName {
  given: string | null;
  surname: string | null;
  kunya: string | null;
  tokens: string[];
}

export const personName = memo(personNameUncached);

function personNameUncached(surface: string): PersonName {
  const toks = nameTokens(surface);
  let kunya: string | null = null;
  if (toks.length >= 2 && KUNYA_SET.has(toks[0]!)) kunya = toks[1]!;
  if (toks.length === 0) return { given: null, surname: null, kunya, tokens: toks };
  if (toks.length === 1) return { given: null, surname: toks[0]!, kunya, tokens: toks };
  if (kunya && toks.length === 2) return { given: kunya, surname: null, kunya, tokens: toks };
  return { given: kunya ?? toks[0]!, surname: toks[toks.length - 1]!, kunya, tokens: toks };
}

/**
 * Across articles, two full names that match only as transliterations may be two people ("Hassan Salem",
 * "Hossein Salami"): one part must be spelled the same, or the two spellings differ by a letter or two in
 * all ("Qais al-Khazali", "Kais al-Khazaali").
 */
function spelledAlike(a: PersonName, b: PersonName): boolean {
  if (a.tokens.some((t) => b.tokens.includes(t))) return true;
  if (!a.given || !b.given || !a.surname || !b.surname) return false;
  return editDistance(a.given, b.given) + editDistance(a.surname, b.surname) <= 2;
}

function samePerson(a: PersonName, b: PersonName): boolean {
  if (!a.surname || !b.surname || !sameToken(a.surname, b.surname)) {
    return !!a.kunya && !a.surname && !!b.kunya && !b.surname && sameToken(a.kunya, b.kunya);
  }
  if (!a.given || !b.given) return false;
  if (a.kunya || b.kunya) return !!a.kunya && !!b.kunya && sameToken(a.kunya, b.kunya);
  return sameToken(a.given, b.given);
}

function endsWithName(long: PersonName, short: PersonName): boolean {
  const tail = long.tokens.slice(long.tokens.length - short.tokens.length);
  return long.tokens.length > short.tokens.length && tail.every((t, i) => t === short.tokens[i]);
}

/** Organisation key: content tokens, generic heads ("Harakat", "Movement") dropped, transliteration folded. */
export const orgKey = memo(orgKeyUncached);

function orgKeyUncached(surface: string): string[] {
  return nameTokens(surface)
    .filter((t) => !(t in GENERIC_HEADS) && !DROP_FOR_KEY.has(t))
    .map(skeleton);
}

const placeKey = memo(placeKeyUncached);

/**
 * Places match by consonant skeleton ("Deir ez-Zor", "Deir al-Zour"), and by whether a word ends in a
 * vowel: the "-i" of a nisba makes another place ("al-Baghdadi" is a town in Anbar, not Baghdad).
 */
function placeKeyUncached(surface: string): string {
  return nameTokens(surface)
    .filter((t) => !PLACE_GENERIC.has(t))
    .map((t) => skeleton(t) + (/[aeiouy]$/.test(t) ? "'" : ""))
    .join(" ");
}

export interface ResolveResult {
  entities: Entity[];
  /** mention id (`${articleId}/${mentionId}`) → entity id; unresolved mentions are absent. */
  mentionEntity: Map<string, string>;
}

export function resolveEntities(
  articles: ArticleMentions[],
  registry: Registry,
  known: KnownEntity[] = [],
  nonActors: Set<string> = new Set(),
): ResolveResult {
  const clusters: Cluster[] = [];
  const find = (i: number): number => {
    while (clusters[i]!.parent !== i) i = clusters[i]!.parent = clusters[clusters[i]!.parent]!.parent;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const A = clusters[ra]!;
    const B = clusters[rb]!;
    if (A.label !== B.label) return;
    if (A.knownId && B.knownId && A.knownId !== B.knownId) return;
    if (A.canonical && B.canonical && A.canonical !== B.canonical) return;
    B.parent = ra;
    let i = 0;
    for (const [s, c] of B.surfaces) {
      if (!A.surfaces.has(s)) A.parsed.push(B.parsed[i]!);
      A.surfaces.set(s, (A.surfaces.get(s) ?? 0) + c);
      i++;
    }
    for (const x of B.articles) A.articles.add(x);
    for (const [art, n] of B.perArticle) A.perArticle.set(art, (A.perArticle.get(art) ?? 0) + n);
    for (const [art, si] of B.firstFull) A.firstFull.set(art, Math.min(si, A.firstFull.get(art) ?? si));
    A.canonical ??= B.canonical;
    A.knownId ??= B.knownId;
    A.actorType ??= B.actorType;
  };
  const newCluster = (label: EntityLabel, extra: Partial<Cluster> = {}): number => {
    const id = clusters.length;
    clusters.push({
      id,
      label,
      surfaces: new Map(),
      parsed: [],
      articles: new Set(),
      perArticle: new Map(),
      firstFull: new Map(),
      parent: id,
      ...extra,
    });
    return id;
  };
  const byCanonical = new Map<string, number>();
  const mentionCluster = new Map<string, number>();
  const key = (a: string, m: Mention) => `${a}/${m.id}`;
  // Buckets of clusters that could match a name, so lookups stay local. Every precise comparison
  // (sameToken, sameKey) requires the surnames or last key tokens to agree on the first letter and
  // on length within one letter: names are filed under their token's (letter, length) and looked up
  // under the neighbouring lengths too. A kunya is filed the same way (sameToken compares kunyas too).
  const buckets = new Map<string, Set<number>>();
  const bucketKeys = (label: EntityLabel, surface: string): string[] => {
    if (label === "Person") {
      const pn = personName(surface);
      const keys: string[] = [];
      if (pn.surname) keys.push(tokenBucket("P:s:", pn.surname));
      if (pn.kunya) keys.push(tokenBucket("P:k:", pn.kunya));
      return keys;
    }
    if (label === "Organization") {
      const k = orgKey(surface);
      // Names with a common head ("Syrian Observatory for Human Rights") are filed by it too: "the Observatory".
      const heads = surface.split(/\s+/).filter((w) => COMMON_HEADS.has(w) && w !== surface);
      const initials = initialsOf(surface);
      return [
        `O:f:${fold(surface)}`,
        ...(k.length ? [tokenBucket("O:l:", k[k.length - 1]!)] : []),
        ...heads.map((h) => `O:h:${h}`),
        ...(initials ? [`O:i:${initials}`] : []),
      ];
    }
    if (label === "Place") return [`L:${placeKey(surface)}`];
    return [];
  };
  /** A surface new to its cluster: filed in the buckets and parsed once. */
  const indexSurface = (c: number, surface: string) => {
    const cl = clusters[c]!;
    if (cl.surfaces.has(surface)) return;
    cl.parsed.push(parseSurface(surface));
    for (const k of bucketKeys(cl.label, surface)) {
      const b = buckets.get(k);
      if (b) b.add(c);
      else buckets.set(k, new Set([c]));
    }
  };
  const inBuckets = (keys: string[], label: EntityLabel): Cluster[] => {
    const roots = new Set<number>();
    for (const k of keys) for (const c of buckets.get(k) ?? []) roots.add(find(c));
    return [...roots].map((i) => clusters[i]!).filter((c) => c.label === label);
  };
  const addSurface = (c: number, surface: string, article: string, position?: number, nicknames: string[] = []) => {
    const cl = clusters[find(c)]!;
    indexSurface(cl.id, surface);
    cl.surfaces.set(surface, (cl.surfaces.get(surface) ?? 0) + 1);
    // A nickname told inside the name is a name of the actor, though not a mention of its own.
    for (const nick of nicknames) {
      indexSurface(cl.id, nick);
      if (!cl.surfaces.has(nick)) cl.surfaces.set(nick, 0);
    }
    cl.articles.add(article);
    cl.perArticle.set(article, (cl.perArticle.get(article) ?? 0) + 1);
    if (position !== undefined && nameTokens(surface).length >= 2 && !(cl.firstFull.get(article)! <= position)) {
      cl.firstFull.set(article, position);
    }
  };

  // Known entities from the database: their ids and names win.
  const knownClusters: number[] = [];
  for (const k of known) {
    const c = newCluster(k.label, { knownId: k.id, canonical: registry.lookup(k.name)?.name ?? k.name });
    byCanonical.set(`${k.label}:${clusters[c]!.canonical}`, c);
    for (const s of [k.name, ...k.aliases]) {
      indexSurface(c, s);
      clusters[c]!.surfaces.set(s, 0);
    }
    knownClusters.push(c);
  }

  const cleanSurface = (s: string) => s.replace(/^(the|a|an)\s+/i, "").trim();
  const isNonActor = (m: Mention) => nonActors.has(fold(m.surface));

  // Pass 1: registry names, typed multi-token names.
  const pending: { article: string; m: Mention }[] = [];
  for (const a of articles) {
    for (const m of a.mentions) {
      if (isNonActor(m) || !m.label) {
        if (m.label === null) pending.push({ article: a.articleId, m });
        continue;
      }
      const surface = cleanSurface(m.surface);
      if (m.canonical) {
        const k = `${m.label}:${m.canonical}`;
        let c = byCanonical.get(k);
        if (c === undefined) {
          const org = m.label === "Organization" ? registry.org(m.canonical) : undefined;
          c = newCluster(m.label, { canonical: m.canonical, ...(org ? { actorType: org.actorType } : {}) });
          byCanonical.set(k, c);
        }
        addSurface(c, surface, a.articleId, pos(m), m.aliases);
        mentionCluster.set(key(a.articleId, m), c);
        continue;
      }
      pending.push({ article: a.articleId, m });
    }
  }

  const live = () => [...new Set(clusters.map((_, i) => find(i)))].map((i) => clusters[i]!);
  const personCandidates = (pn: PersonName) =>
    inBuckets(
      [
        ...(pn.surname ? nearTokenBuckets("P:s:", pn.surname) : []),
        ...(pn.kunya ? nearTokenBuckets("P:k:", pn.kunya) : []),
        // "Abu Shabab" may be the end of a full name, filed by its surname ("Yasser Abu Shabab").
        ...(pn.kunya && !pn.surname ? nearTokenBuckets("P:s:", pn.kunya) : []),
      ],
      "Person",
    );
  const orgCandidates = (surface: string) => {
    const k = orgKey(surface);
    return inBuckets(
      [`O:f:${fold(surface)}`, ...(k.length ? nearTokenBuckets("O:l:", k[k.length - 1]!) : [])],
      "Organization",
    );
  };

  /** Whether a name starts with a country's name or demonym ("Palestinian Islamic Jihad"). */
  const national = (tokens: string[]) => registry.lookup(tokens[0] ?? "")?.label === "State";
  const tryAttach = (article: string, m: Mention, allowShort: boolean): number | undefined => {
    const surface = cleanSurface(m.surface);
    const label = m.label;
    if (label === "Person" || label === null) {
      const pn = personName(surface);
      if (pn.tokens.length === 0) return undefined;
      const full = pn.tokens.length >= 2;
      const candidates = personCandidates(pn).filter((c) =>
        c.parsed.some(({ person: other }) => {
          if (full)
            return (
              (samePerson(pn, other) && (c.articles.has(article) || spelledAlike(pn, other))) ||
              // "General Majur Dak" after "David Majur Dak", "Abu Shabab" after "Yasser Abu Shabab": the end of a
              // longer name its article gave.
              (c.articles.has(article) && endsWithName(other, pn)) ||
              (!!pn.kunya && !!other.kunya && sameToken(pn.kunya, other.kunya) && (!pn.surname || !other.surname))
            );
          // "SOHR" is no spelling of "al-Sharaa": a name in capitals is an acronym, not a surname.
          return (
            allowShort &&
            !!pn.surname &&
            !!other.surname &&
            other.tokens.length >= 2 &&
            !isAcronymName(surface) &&
            sameToken(pn.surname, other.surname)
          );
        }),
      );
      // A bare surname with no cue of its own only refers back within its article.
      const scoped = full || label === "Person" ? candidates : candidates.filter((c) => c.articles.has(article));
      const pick = full ? pickUnique(scoped, article) : pickAntecedent(scoped, article, pos(m));
      if (pick !== undefined) return pick;
      // "which controls Jurf al-Nasr", "a front for Hurras al-Din": an Arabic name with no cue of a person is the place
      // or the group the article named so.
      if (label === "Person" && m.cues.includes("arabic-name")) {
        const folded = fold(surface);
        return (
          inBuckets([`L:${placeKey(surface)}`], "Place").find(
            (c) => c.articles.has(article) && c.parsed.some((p) => p.folded === folded),
          )?.id ??
          orgCandidates(surface).find((c) => c.articles.has(article) && c.parsed.some((p) => p.folded === folded))?.id
        );
      }
      // "the Abu Sayyaf" after "the Abu Sayyaf Group": a kunya that is the name of a group its article named.
      if (label === "Person" && m.cues.includes("kunya")) {
        const k = orgKey(surface);
        const group = orgCandidates(surface).filter(
          (c) => c.articles.has(article) && c.parsed.some((p) => !p.acronym && sameKey(p.key, k)),
        );
        return pickUnique(group, article);
      }
      if (label === "Person") return undefined;
    }
    if (label === "Organization" || label === null) {
      const k = orgKey(surface);
      if (k.length === 0) return undefined;
      const candidates = orgCandidates(surface);
      // An acronym matches only itself ("HQ" is not "Hoquq"), or the initials of a group its article named
      // in full ("the KDP of Masoud Barzani" after "the Kurdistan Democratic Party").
      if (isAcronymName(surface)) {
        const folded = fold(surface);
        const same = candidates.find((c) => c.parsed.some((p) => p.folded === folded))?.id;
        if (same !== undefined) return same;
        const spelled = inBuckets([`O:i:${surface.replace(/[.-]/g, "")}`], "Organization").filter((c) =>
          c.articles.has(article),
        );
        return pickUnique(spelled, article);
      }
      // "Sounion" and "Sanaa" are no spellings of "SNA", though their skeletons are its letters.
      const exact = candidates.filter((c) => c.parsed.some((p) => !p.acronym && sameKey(p.key, k)));
      if (exact.length > 0) return pickUnique(exact, article) ?? exact[0]!.id;
      if (!allowShort) {
        // "the Nujaba movement" names its group by one word plus a generic head: it may still be a fragment.
        const tokens = nameTokens(surface);
        if (k.length < 2 && tokens.length < 2) {
          // "the Guards" after "the Revolutionary Guards" in the same article: a plural common noun that ends
          // a name told before refers back to it, as it does "the Islamic Revolutionary Guard Corps" (a corps
          // is its members); so does the head of a group's name ("the Observatory"). A one-word proper
          // name ("Hezbollah") is a name of its own.
          const head = COMMON_HEADS.has(surface);
          if (!/^[A-Z][a-z]+s$/.test(surface) && !head) return undefined;
          const ends = (t: string[]) =>
            t.at(-1) === tokens[0] ||
            (t.at(-1) === "corps" && `${t.at(-2)}s` === tokens[0]) ||
            (head && t.includes(tokens[0]!));
          const ending = [
            ...candidates,
            ...orgCandidates("Corps"),
            ...(head ? inBuckets([`O:h:${surface}`], "Organization") : []),
          ].filter((c) => c.articles.has(article) && c.parsed.some((p) => p.tokens.length >= 2 && ends(p.tokens)));
          return pickUnique(ending, article);
        }
        // Across articles, a name is another's fragment only when the words it lacks name a country
        // ("Islamic Jihad", "Palestinian Islamic Jihad"): "Ta'ang National Liberation Army" is not the
        // "National Liberation Army" of Colombia.
        const related = candidates.filter(
          (c) =>
            c.label === "Organization" &&
            c.parsed.some(
              (p) =>
                p.key.length >= 2 &&
                ((isFragmentOf(k, p.tokens, p.key) && (c.articles.has(article) || national(p.tokens))) ||
                  (isFragmentOf(p.key, tokens, k) && (c.articles.has(article) || national(tokens)))),
            ),
        );
        return pickUnique(related, article);
      }
      // A word with no cue of its own ("The Sounion was hit") is a group's short name in another article only
      // if it is that name's last word as written, not one that sounds like it ("Ansar al-Sunna").
      const folded = fold(surface);
      const supers = candidates.filter((c) =>
        c.parsed.some(
          (p) =>
            isFragmentOf(k, p.tokens, p.key) &&
            (label !== null || c.articles.has(article) || p.tokens.at(-1) === folded),
        ),
      );
      const pick = pickUnique(supers, article);
      if (pick !== undefined) return pick;
    }
    // "denied any link to the Pahalgam attack": a word with no cue of its own that its article named as a place.
    if (label === null) {
      const folded = fold(surface);
      const place = inBuckets([`L:${placeKey(surface)}`], "Place").find(
        (c) => c.articles.has(article) && c.parsed.some((p) => p.folded === folded),
      );
      if (place) return place.id;
    }
    if (label === "Place") {
      // "at the al-Nujaba headquarters": a known group's name, not a place.
      const asOrg = orgKey(surface);
      const org = asOrg.length
        ? orgCandidates(surface).find((c) => c.parsed.some((p) => !p.acronym && sameKey(p.key, asOrg)))
        : undefined;
      if (org) return org.id;
      const k = placeKey(surface);
      // A short skeleton is shared by places far apart ("Gwoza" and "Gaza" are both G-Z): with one, the names
      // themselves, "province" and the like aside, must be one letter apart at most ("Ghaza", "Babil Province").
      const own = placeProper(nameTokens(surface));
      return inBuckets([`L:${k}`], "Place").find(
        (c) =>
          k.replace(/[^a-z]/g, "").length > 3 || c.parsed.some((p) => editDistance(placeProper(p.tokens), own) <= 1),
      )?.id;
    }
    return undefined;
  };

  /** Clusters of a kunya an article gives one of its people, until they join that person. */
  const heldKunyas = new Set<number>();
  const akaMentions = new Set(
    articles.flatMap((a) =>
      a.sameAs.filter((x) => x.how === "aka").flatMap((x) => [`${a.articleId}/${x.a}`, `${a.articleId}/${x.b}`]),
    ),
  );
  // Pass 2: typed full names, in document order: a new name starts a cluster or joins a matching one.
  const shortOnes: { article: string; m: Mention }[] = [];
  for (const p of pending) {
    const surface = cleanSurface(p.m.surface);
    const isShort = p.m.label === null || (p.m.label === "Person" && personName(surface).tokens.length < 2);
    if (isShort) {
      shortOnes.push(p);
      continue;
    }
    // "Elayawi, also known as Abu Hussein": a kunya an article gives one of its people is theirs. It joins
    // another article's "Abu Hussein" only where the two men's names agree (mergeSharedNames), never first.
    const pn = p.m.label === "Person" ? personName(surface) : null;
    const ownKunya = !!pn?.kunya && !pn.surname && akaMentions.has(key(p.article, p.m));
    const c = (ownKunya ? undefined : tryAttach(p.article, p.m, false)) ?? newCluster(p.m.label!);
    if (ownKunya) heldKunyas.add(c);
    addSurface(c, surface, p.article, pos(p.m), p.m.aliases);
    mentionCluster.set(key(p.article, p.m), c);
  }

  // Pass 3: what the text says is the same actor.
  applySameAs();
  // Clusters that now share a name (e.g. a kunya learnt from "also known as") are one actor.
  mergeSharedNames();

  // Pass 4: short forms attach to a full name (the nearest before it in the article), else stand alone if typed.
  for (const p of shortOnes) {
    const found = tryAttach(p.article, p.m, true);
    // "the Foreign Ministry" is the one its article named with its state, never another article's.
    const c =
      found !== undefined && p.m.cues.includes("state-ministry") && !clusters[find(found)]!.articles.has(p.article)
        ? undefined
        : found;
    const surface = cleanSurface(p.m.surface);
    if (c !== undefined) {
      addSurface(c, surface, p.article, undefined, p.m.aliases);
      mentionCluster.set(key(p.article, p.m), find(c));
    } else if (p.m.label) {
      const n = newCluster(p.m.label);
      addSurface(n, surface, p.article, undefined, p.m.aliases);
      mentionCluster.set(key(p.article, p.m), n);
    }
  }
  applySameAs();
  mergeSharedNames();

  function applySameAs() {
    for (const a of articles) {
      for (const s of a.sameAs) {
        const ca = mentionCluster.get(`${a.articleId}/${s.a}`);
        const cb = mentionCluster.get(`${a.articleId}/${s.b}`);
        if (ca !== undefined && cb !== undefined) union(ca, cb);
        else if (ca !== undefined && cb === undefined) {
          const m = a.mentions.find((x) => x.id === s.b);
          if (m) {
            addSurface(ca, cleanSurface(m.surface), a.articleId);
            mentionCluster.set(`${a.articleId}/${s.b}`, ca);
          }
        }
      }
    }
  }

  function mergeSharedNames() {
    // Only people whose kunyas start with the same letter can share a kunya: one group per letter.
    const byLetter = new Map<string, Set<number>>();
    for (const [k, bucket] of buckets) {
      if (!k.startsWith("P:k:")) continue;
      const letter = k[4]!;
      const group = byLetter.get(letter) ?? new Set();
      for (const c of bucket) group.add(c);
      byLetter.set(letter, group);
    }
    for (const group of byLetter.values()) mergeKunyaGroup([...new Set([...group].map(find))].map((i) => clusters[i]!));
  }

  function mergeKunyaGroup(persons: Cluster[]) {
    // Names are parsed once per person and again only when a merge has changed them.
    const names = persons.map((p) => p.parsed.map((x) => x.person));
    /** A bare kunya ("Abu Taqwa") is what lets two people be found to share one. */
    const bare = (n: PersonName[]) => n.some((x) => x.kunya && !x.surname);
    const held = (c: Cluster, n: PersonName[]) => heldKunyas.has(c.id) && n.every((x) => !!x.kunya && !x.surname);
    /** Whether `a` names a bare kunya that one of `b`'s names has too. */
    const sharesBare = (a: PersonName[], b: PersonName[]) =>
      a.some((x) => x.kunya && !x.surname && b.some((y) => !!y.kunya && sameToken(y.kunya, x.kunya!)));
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const A = persons[i]!;
        const B = persons[j]!;
        const an = names[i]!;
        const bn = names[j]!;
        if (!bare(an) && !bare(bn)) continue;
        // A kunya still waiting for the man its article gives it to ("Elayawi, also known as Abu Hussein").
        if (held(A, an) || held(B, bn)) continue;
        if (find(A.id) === find(B.id)) continue;
        const kunyaShared = sharesBare(an, bn) || sharesBare(bn, an);
        const givenA = an.filter((x) => x.tokens.length >= 2 && !x.kunya).map((x) => x.given!);
        const givenB = bn.filter((x) => x.tokens.length >= 2 && !x.kunya).map((x) => x.given!);
        const givenClash =
          givenA.length > 0 && givenB.length > 0 && !givenA.some((g) => givenB.some((h) => sameToken(g, h)));
        if (kunyaShared && !givenClash) {
          union(A.id, B.id);
          const root = find(A.id);
          persons.forEach((p, k) => {
            if (p.id === root) names[k] = p.parsed.map((x) => x.person);
          });
        }
      }
    }
  }

  // Build entities.
  const roots = new Map<number, Entity>();
  const usedIds = new Set<string>();
  for (const c of live()) {
    if (c.surfaces.size === 0 && !c.knownId) continue;
    if (!c.knownId && [...c.surfaces.values()].every((n) => n === 0)) continue;
    const name = c.canonical ?? chooseName(c);
    let id = c.knownId ?? `${c.label.toLowerCase()}:${slug(name)}`;
    while (!c.knownId && usedIds.has(id)) id += "-2";
    usedIds.add(id);
    const aliases = [...new Set([...c.surfaces.keys()].filter((s) => s !== name))].sort();
    const mentions = [...c.surfaces.values()].reduce((a, b) => a + b, 0);
    roots.set(c.id, {
      id,
      label: c.label,
      name,
      aliases,
      mentions,
      mentionsBySource: Object.fromEntries(c.perArticle),
      sources: [...c.articles].sort(),
      ...(c.actorType ? { actorType: c.actorType } : {}),
      ...(c.knownId ? { known: true } : {}),
    });
  }
  const mentionEntity = new Map<string, string>();
  for (const [mk, c] of mentionCluster) {
    const e = roots.get(find(c));
    if (e) mentionEntity.set(mk, e.id);
  }
  return { entities: [...roots.values()], mentionEntity };
}

const tokenBucket = (prefix: string, token: string) => {
  const s = skeleton(token);
  return `${prefix}${s[0]}${s.length}`;
};

const nearTokenBuckets = (prefix: string, token: string) => {
  const s = skeleton(token);
  return [s.length - 1, s.length, s.length + 1].map((n) => `${prefix}${s[0]}${n}`);
};

/** A mention's position in its article, comparable across sentences. */
const pos = (m: Mention) => m.sentence * 100_000 + m.start;

function sameKey(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i] || sameToken(t, b[i]!));
}

/**
 * A short organisation name is a fragment of a longer one when it is the longer one's ending and
 * what it leaves out is not a unit head: "al-Nujaba" ⊂ "Harakat Hezbollah al-Nujaba", but
 * "Hezbollah" is not "Kataib Hezbollah".
 */
function isFragmentOf(short: string[], longTokens: string[], longKey: string[]): boolean {
  if (short.length === 0 || short.length >= longKey.length) return false;
  const tail = longKey.slice(longKey.length - short.length);
  if (!sameKey(short, tail)) return false;
  return !UNIT_HEADS.has(longTokens[0] ?? "");
}

/** The full name this back-reference points to: the latest one introduced before it in the article. */
function pickAntecedent(cands: Cluster[], article: string, position: number): number | undefined {
  const uniq = [...new Map(cands.map((c) => [c.id, c])).values()];
  if (uniq.length <= 1) return uniq[0]?.id;
  const before = uniq
    .filter((c) => (c.firstFull.get(article) ?? Infinity) < position)
    .sort((a, b) => b.firstFull.get(article)! - a.firstFull.get(article)!);
  if (before.length > 0) return before[0]!.id;
  return pickUnique(uniq, article);
}

function pickUnique(cands: Cluster[], article: string): number | undefined {
  const ids = [...new Set(cands.map((c) => c.id))];
  if (ids.length === 1) return ids[0];
  const local = cands.filter((c) => c.articles.has(article));
  const localIds = [...new Set(local.map((c) => c.id))];
  return localIds.length === 1 ? localIds[0] : undefined;
}

/** The most used full form: for people a full name over a kunya or surname, for groups a name over an acronym. */
function chooseName(c: Cluster): string {
  const entries = [...c.surfaces.entries()].filter(([, n]) => n > 0);
  const score = ([s, n]: [string, number]) => {
    let v = n;
    const toks = nameTokens(s);
    if (c.label === "Person") {
      if (toks.length >= 2 && !BY_NAME_SET.has(toks[0]!)) v += 100;
      else if (toks.length >= 2) v += 50;
    } else if (c.label === "Organization") {
      if (/^[A-Z.-]+$/.test(s)) v -= 100;
      if (toks.length >= 2) v += 10;
      if (/^al[- ]/i.test(s)) v -= 5;
    } else if (c.label === "Place" && /^al[- ]/i.test(s)) {
      // "Al Mashtal" and "Mashtal" are one place; English usage drops the article.
      v -= 5;
    }
    return v + s.length / 1000;
  };
  entries.sort((a, b) => score(b) - score(a));
  const best = entries[0]?.[0] ?? "unnamed";
  return c.label === "Person" ? best.replace(/\bAl\s(?=[A-Z])/g, "al-") : best;
}
