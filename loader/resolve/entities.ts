/**
 * Resolves mentions to entities across sentences and articles: one entity per real actor.
 * Order matters and is deliberate: registry names and full names first, then what the text says
 * is the same ("also known as", acronyms), then short forms (surnames, "al-Nujaba") that attach to a
 * unique full name, preferring one in the same article. Different people sharing a surname stay
 * apart: full names must agree on the given name, and a surname alone attaches only when unambiguous.
 */
import type { Registry } from "../mentions/registry.ts";
import type { Mention, SameAs } from "../mentions/types.ts";
import { editDistance, fold, nameTokens, sameToken, slug, spelledNearly } from "./names.ts";
import type { Entity, KnownEntity } from "./types.ts";
import { Clusters, type Cluster } from "./clusters.ts";
import {
  BY_NAME_SET,
  COMMON_HEADS,
  type PersonName,
  endsWithName,
  startsWithName,
  isAcronymName,
  isFragmentOf,
  nearTokenBuckets,
  orgKey,
  paternalSurname,
  personName,
  placeKey,
  placeProper,
  sameKey,
  sameNumberedUnit,
  samePerson,
  spelledAlike,
} from "./matching.ts";

export interface ArticleMentions {
  articleId: string;
  mentions: Mention[];
  sameAs: SameAs[];
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
  const {
    all: clusters,
    find,
    union,
    create: newCluster,
    indexSurface,
    inBuckets,
    addSurface,
    kunyaGroups,
  } = new Clusters();
  const byCanonical = new Map<string, number>();
  const mentionCluster = new Map<string, number>();
  const key = (a: string, m: Mention) => `${a}/${m.id}`;
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

  // "Russia's Federal Security Service (FSB)": the acronym each name's article defines for it.
  const acronymOf = new Map<string, string>();
  for (const a of articles) {
    const pairs = a.sameAs.filter((x) => x.how === "acronym");
    if (pairs.length === 0) continue;
    const byId = new Map(a.mentions.map((m) => [m.id, m]));
    for (const x of pairs) {
      const [ma, mb] = [x.a, x.b].map((id) => byId.get(id));
      if (!ma || !mb) continue;
      const [name, acronym] = isAcronymName(mb.surface) ? [ma, mb] : [mb, ma];
      if (isAcronymName(acronym.surface)) acronymOf.set(key(a.articleId, name), fold(acronym.surface));
    }
  }
  /** The acronyms articles defined for the names of each cluster, by cluster id. */
  const clusterAcronyms = new Map<number, Set<string>>();
  const noteAcronym = (article: string, m: Mention, c: number) => {
    const acronym = acronymOf.get(key(article, m));
    if (acronym !== undefined) clusterAcronyms.set(c, (clusterAcronyms.get(c) ?? new Set()).add(acronym));
  };
  /** Whether cluster `c` was given an acronym, and not the one the article defines for mention `m`. */
  const otherAcronym = (article: string, m: Mention, c: Cluster) => {
    const own = acronymOf.get(key(article, m));
    const given = clusterAcronyms.get(find(c.id));
    return own !== undefined && given !== undefined && !given.has(own);
  };

  const cleanSurface = (s: string) => s.replace(/^(the|a|an)\s+/i, "").trim();
  const isNonActor = (m: Mention) => nonActors.has(fold(m.surface));

  // Pass 1: registry names, typed multi-token names.
  const pending: { article: string; m: Mention }[] = [];
  for (const a of articles) {
    // "the Justice and Equality Movement (JEM)… JEM fighters": an acronym its article spelled out is that group's
    // there, whatever the registry files under it.
    const spelledOut = new Set(
      a.mentions.filter((m) => m.cues.includes("defined-acronym") && !m.canonical).map((m) => m.surface),
    );
    for (const m of a.mentions) {
      if (isNonActor(m) || !m.label) {
        if (m.label === null) pending.push({ article: a.articleId, m });
        continue;
      }
      const surface = cleanSurface(m.surface);
      if (m.canonical && !(m.label === "Organization" && spelledOut.has(m.surface))) {
        const k = `${m.label}:${m.canonical}`;
        let c = byCanonical.get(k);
        if (c === undefined) {
          const org = m.label === "Organization" ? registry.org(m.canonical) : undefined;
          c = newCluster(m.label, { canonical: m.canonical, ...(org ? { actorType: org.actorType } : {}) });
          byCanonical.set(k, c);
        }
        addSurface(c, surface, a.articleId, pos(m), m.aliases);
        mentionCluster.set(key(a.articleId, m), c);
        noteAcronym(a.articleId, m, c);
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
              (c.articles.has(article) && (endsWithName(other, pn) || startsWithName(other, pn))) ||
              (!!pn.kunya && !!other.kunya && sameToken(pn.kunya, other.kunya) && (!pn.surname || !other.surname))
            );
          // "SOHR" is no spelling of "al-Sharaa": a name in capitals is an acronym, not a surname.
          return (
            allowShort &&
            !!pn.surname &&
            !!other.surname &&
            other.tokens.length >= 2 &&
            !isAcronymName(surface) &&
            (sameToken(pn.surname, other.surname) ||
              // "Bastida was a member of…" after "Salvador Bastida García", in its article and spelled the same
              // ("Mahmuda" is no "Muhammad" in "Isa Muhammad Bawa").
              (c.articles.has(article) && pn.surname === paternalSurname(other)))
          );
        }),
      );
      // A bare surname with no cue of its own only refers back within its article.
      const scoped = full || label === "Person" ? candidates : candidates.filter((c) => c.articles.has(article));
      const pick = full ? pickUnique(scoped, article) : pickAntecedent(scoped, article, pos(m));
      if (pick !== undefined) return pick;
      // "which controls Jurf al-Nasr", "a front for Hurras al-Din": an Arabic name with no cue of a person is the place
      // or the group the article named so; "World Vision said", after "the charity World Vision", the group.
      if (label === "Person") {
        const folded = fold(surface);
        const named =
          inBuckets([`L:${placeKey(surface)}`], "Place").find(
            (c) => c.articles.has(article) && c.parsed.some((p) => p.folded === folded),
          )?.id ??
          orgCandidates(surface).find((c) => c.articles.has(article) && c.parsed.some((p) => p.folded === folded))?.id;
        if (named !== undefined) return named;
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
      // "Sounion" and "Sanaa" are no spellings of "SNA", though their skeletons are its letters. A word the text gives no
      // kind ("the Point Triple and Koudou positions") is a spelling of a group's one word ("Qaeda") only when it is
      // written nearly alike ("Qaida"), not when only its consonants agree.
      const word = label === null && k.length === 1 ? nameTokens(surface) : undefined;
      const exact = candidates.filter((c) =>
        c.parsed.some(
          (p) =>
            !p.acronym &&
            sameKey(p.key, k) &&
            (word?.length !== 1 || nameTokens(p.folded).some((t) => spelledNearly(t, word[0]!))),
        ),
      );
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
        // "Russia's Federal Security Service (FSB)" is not "Ukraine's Security Service (SBU)" told before it: names
        // given different acronyms are different groups.
        const related = candidates.filter(
          (c) =>
            c.label === "Organization" &&
            !otherAcronym(article, m, c) &&
            c.parsed.some(
              (p) =>
                p.key.length >= 2 &&
                ((isFragmentOf(k, p.tokens, p.key) && (c.articles.has(article) || national(p.tokens))) ||
                  (isFragmentOf(p.key, tokens, k) && (c.articles.has(article) || national(tokens))) ||
                  (sameNumberedUnit(k, p.key) && c.articles.has(article))),
            ),
        );
        return pickUnique(related, article);
      }
      // A word with no cue of its own ("The Sounion was hit") is a group's short name in another article only
      // if it is that name's last word as written, not one that sounds like it ("Ansar al-Sunna"). So is the
      // capitalised first word of a sentence, which may be any word ("Provincial police chief X" is no "Province"), and
      // never a common head ("Energy exports were halted" after "HKN Energy"). "Al-Nujaba is…" ends "Harakat Hezbollah
      // al-Nujaba" as written, its particle with it.
      const folded = fold(surface);
      const first = label === null && m.tokenStart === 0;
      const supers = candidates.filter((c) =>
        c.parsed.some(
          (p) =>
            isFragmentOf(k, p.tokens, p.key) &&
            (label !== null ||
              (c.articles.has(article) && !first) ||
              ((p.tokens.at(-1) === folded || p.folded.endsWith(` ${folded}`)) &&
                !(first && COMMON_HEADS.has(surface)))),
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
      // "The Israeli military said its aircraft had struck al-Hajj" after "…killed Samer al-Hajj": a bare surname the
      // context alone made a place is the man its article named.
      const pn = m.cues.includes("place-context") && !m.canonical ? personName(surface) : null;
      const men =
        pn?.surname && pn.tokens.length === 1
          ? personCandidates(pn).filter(
              (c) =>
                c.articles.has(article) &&
                c.parsed.some(({ person: other }) => other.tokens.length >= 2 && other.surname === pn.surname),
            )
          : [];
      const man = pickAntecedent(men, article, pos(m));
      if (man !== undefined) return man;
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
    noteAcronym(p.article, p.m, c);
  }

  // Pass 3: what the text says is the same actor.
  applySameAs();
  // Clusters that now share a name (e.g. a kunya learnt from "also known as") are one actor.
  mergeSharedNames();

  // Pass 4: short forms attach to a full name (the nearest before it in the article), else stand alone if typed.
  for (const p of shortOnes) {
    const found = tryAttach(p.article, p.m, true);
    // "X, also known as Kagi Karialan": a name the text already gave to X is counted once, not again as a short form;
    // it still joins X to the actor that name stands for ("The EMC, led by…" after "the Central General Staff (EMC)").
    const given = mentionCluster.get(key(p.article, p.m));
    if (given !== undefined) {
      if (found !== undefined) union(given, found);
      continue;
    }
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
    for (const group of kunyaGroups()) mergeKunyaGroup([...new Set([...group].map(find))].map((i) => clusters[i]!));
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

/** A mention's position in its article, comparable across sentences. */
const pos = (m: Mention) => m.sentence * 100_000 + m.start;

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
      // "El Mencho", "El Hijo del Llanero Solititito": a nickname with an article, never the name a person goes by here.
      if (/^(?:El|La|Los|Las|The) /.test(s)) v -= 50;
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
