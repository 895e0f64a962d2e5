/**
 * Clusters of mentions that name one actor, joined by union-find, and filed in buckets of the names they could match,
 * so that a lookup compares a name with a few clusters only.
 */
import type { EntityLabel } from "../../ontology/model.ts";
import { fold, nameTokens } from "./names.ts";
import {
  COMMON_HEADS,
  initialsOf,
  orgKey,
  parseSurface,
  paternalSurname,
  personName,
  placeKey,
  startSurnames,
  tokenBucket,
  type ParsedSurface,
} from "./matching.ts";

export interface Cluster {
  id: number;
  label: EntityLabel;
  canonical?: string;
  knownId?: string;
  surfaces: Map<string, number>;
  /** Each surface parsed once, in the order of `surfaces`: candidates are compared against these. */
  parsed: ParsedSurface[];
  articles: Set<string>;
  perArticle: Map<string, number>;
  /** Per article, where a full name first names it (see pos in entities.ts): for back-references. */
  firstFull: Map<string, number>;
  parent: number;
  actorType?: string;
}

export class Clusters {
  /** Every cluster made, merged or not: `find` gives the one each now belongs to. */
  readonly all: Cluster[] = [];
  /** The cluster `i` was merged into; paths halve as they are walked. */
  readonly find = (i: number): number => {
    while (this.all[i]!.parent !== i) i = this.all[i]!.parent = this.all[this.all[i]!.parent]!.parent;
    return i;
  };
  /** One actor from two clusters, unless their types, known ids or canonical names differ. */
  readonly union = (a: number, b: number) => {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const A = this.all[ra]!;
    const B = this.all[rb]!;
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
  /** A new cluster, alone in its set; its id is its place in `all`. */
  readonly create = (label: EntityLabel, extra: Partial<Cluster> = {}): number => {
    const id = this.all.length;
    this.all.push({
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
  // Buckets of clusters that could match a name, so lookups stay local. Every precise comparison
  // (sameToken, sameKey) requires the surnames or last key tokens to agree on the first letter and
  // on length within one letter: names are filed under their token's (letter, length) and looked up
  // under the neighbouring lengths too. A kunya is filed the same way (sameToken compares kunyas too).
  private readonly buckets = new Map<string, Set<number>>();
  /** A surface new to its cluster: filed in the buckets and parsed once. */
  readonly indexSurface = (c: number, surface: string) => {
    const cl = this.all[c]!;
    if (cl.surfaces.has(surface)) return;
    cl.parsed.push(parseSurface(surface));
    for (const k of bucketKeys(cl.label, surface)) {
      const b = this.buckets.get(k);
      if (b) b.add(c);
      else this.buckets.set(k, new Set([c]));
    }
  };
  /** The clusters of a label filed under any of `keys`, each once. */
  readonly inBuckets = (keys: string[], label: EntityLabel): Cluster[] => {
    const roots = new Set<number>();
    for (const k of keys) for (const c of this.buckets.get(k) ?? []) roots.add(this.find(c));
    return [...roots].map((i) => this.all[i]!).filter((c) => c.label === label);
  };
  /** A mention of the cluster: its surface counted, and where a full name first names it. */
  readonly addSurface = (c: number, surface: string, article: string, position?: number, nicknames: string[] = []) => {
    const cl = this.all[this.find(c)]!;
    this.indexSurface(cl.id, surface);
    cl.surfaces.set(surface, (cl.surfaces.get(surface) ?? 0) + 1);
    // A nickname told inside the name is a name of the actor, though not a mention of its own.
    for (const nick of nicknames) {
      this.indexSurface(cl.id, nick);
      if (!cl.surfaces.has(nick)) cl.surfaces.set(nick, 0);
    }
    cl.articles.add(article);
    cl.perArticle.set(article, (cl.perArticle.get(article) ?? 0) + 1);
    if (position !== undefined && nameTokens(surface).length >= 2 && !(cl.firstFull.get(article)! <= position)) {
      cl.firstFull.set(article, position);
    }
  };

  /** People filed by their kunya, in groups by its first letter: only people of one group can share a kunya. */
  readonly kunyaGroups = (): Set<number>[] => {
    const byLetter = new Map<string, Set<number>>();
    for (const [k, bucket] of this.buckets) {
      if (!k.startsWith("P:k:")) continue;
      const letter = k[4]!;
      const group = byLetter.get(letter) ?? new Set();
      for (const c of bucket) group.add(c);
      byLetter.set(letter, group);
    }
    return [...byLetter.values()];
  };
}

function bucketKeys(label: EntityLabel, surface: string): string[] {
  if (label === "Person") {
    const pn = personName(surface);
    const keys: string[] = [];
    if (pn.surname) keys.push(tokenBucket("P:s:", pn.surname));
    for (const s of startSurnames(pn)) keys.push(tokenBucket("P:s:", s));
    const paternal = paternalSurname(pn);
    if (paternal) keys.push(tokenBucket("P:s:", paternal));
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
}
