/**
 * How names are compared: a person's name parsed into given names, surname and kunya; an organisation's key
 * without its generic words; a place's key without its spelling variants; and the buckets that keep comparisons local.
 */
import {
  BY_NAMES,
  ENGLISH_ORG_HEADS,
  GENERIC_HEADS,
  KUNYA,
  NAME_PARTICLES,
  PLACE_TRAILERS,
} from "../mentions/lexicon.ts";
import { editDistance, fold, memo, nameTokens, sameToken, skeleton } from "./names.ts";

const KUNYA_SET = new Set(KUNYA.map((k) => k.toLowerCase()));

const PARTICLE_SET = new Set(NAME_PARTICLES.map((k) => k.toLowerCase()));

export const BY_NAME_SET = new Set(BY_NAMES.map((k) => k.toLowerCase()));

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
export function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Al|El)$/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join("") : undefined;
}

/** English heads of group names, common nouns that may stand alone for the group told before ("the Observatory"). */
export const COMMON_HEADS = new Set(ENGLISH_ORG_HEADS);

const PLACE_GENERIC = new Set(
  PLACE_TRAILERS.filter((t) => !["airport", "street", "base", "camp", "crossing"].includes(t)),
);

/** A place's name without its generic words ("Babil Province" → "babil"). */
export function placeProper(tokens: string[]): string {
  return tokens.filter((t) => !PLACE_GENERIC.has(t)).join(" ");
}

/** A surface form with what matching needs of it, computed when the surface joins a cluster. */
export interface ParsedSurface {
  folded: string;
  person: PersonName;
  tokens: string[];
  key: string[];
  /** Written in capitals ("SNA"): matched as letters, never by the skeleton a word would have. */
  acronym: boolean;
}

/** A name in capitals ("SNA", "U.S."): an acronym, matched as letters. */
export const isAcronymName = (s: string) => /^[A-Z][A-Z.-]+$/.test(s);

export const parseSurface = (s: string): ParsedSurface => ({
  acronym: isAcronymName(s),
  folded: fold(s),
  person: personName(s),
  tokens: nameTokens(s),
  key: orgKey(s),
});

/** Person name parts: given name (a kunya counts as one), surname, and the kunya if any. */
export interface PersonName {
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
export function spelledAlike(a: PersonName, b: PersonName): boolean {
  if (a.tokens.some((t) => b.tokens.includes(t))) return true;
  if (!a.given || !b.given || !a.surname || !b.surname) return false;
  return editDistance(a.given, b.given) + editDistance(a.surname, b.surname) <= 2;
}

export function samePerson(a: PersonName, b: PersonName): boolean {
  if (!a.surname || !b.surname || !sameToken(a.surname, b.surname)) {
    return !!a.kunya && !a.surname && !!b.kunya && !b.surname && sameToken(a.kunya, b.kunya);
  }
  if (!a.given || !b.given) return false;
  if (a.kunya || b.kunya) return !!a.kunya && !!b.kunya && sameToken(a.kunya, b.kunya);
  return sameToken(a.given, b.given);
}

export function endsWithName(long: PersonName, short: PersonName): boolean {
  const tail = long.tokens.slice(long.tokens.length - short.tokens.length);
  return long.tokens.length > short.tokens.length && tail.every((t, i) => t === short.tokens[i]);
}

/**
 * "Hamid ul Haq" after "Hamid ul Haq Haqqani", "Abdullah bin Zayed" after "Abdullah bin Zayed Al Nahyan": the start of
 * a longer name, held together by a particle; two plain names ("Mohammed Ali", "Mohammed Ali Nasser") may be two men.
 */
export function startsWithName(long: PersonName, short: PersonName): boolean {
  return (
    long.tokens.length > short.tokens.length &&
    short.tokens.length >= 3 &&
    short.tokens.slice(1, -1).some((t) => PARTICLE_SET.has(t)) &&
    short.tokens.every((t, i) => t === long.tokens[i])
  );
}

/**
 * The last names of every start `startsWithName` accepts, to file the name under: "haq" for "Anwar ul Haq Qasimi", any
 * word after its first inner particle and before its last word.
 */
export function startSurnames(pn: PersonName): string[] {
  const t = pn.tokens;
  const particle = t.findIndex((w, i) => i > 0 && PARTICLE_SET.has(w));
  return particle < 0 ? [] : t.slice(particle + 1, -1);
}

/**
 * "Bastida" for "Salvador Bastida García", "Petro" for "Gustavo Petro Urrego": the first of two surnames, by which
 * Spanish and Portuguese names are told again.
 */
export function paternalSurname(pn: PersonName): string | null {
  return pn.tokens.length === 3 && !pn.kunya ? pn.tokens[1]! : null;
}

/** Organisation key: content tokens, generic heads ("Harakat", "Movement") dropped, transliteration folded. */
export const orgKey = memo(orgKeyUncached);

function orgKeyUncached(surface: string): string[] {
  return nameTokens(surface)
    .filter((t) => !(t in GENERIC_HEADS) && !DROP_FOR_KEY.has(t))
    .map(skeleton);
}

export const placeKey = memo(placeKeyUncached);

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

export const tokenBucket = (prefix: string, token: string) => {
  const s = skeleton(token);
  return `${prefix}${s[0]}${s.length}`;
};

export const nearTokenBuckets = (prefix: string, token: string) => {
  const s = skeleton(token);
  return [s.length - 1, s.length, s.length + 1].map((n) => `${prefix}${s[0]}${n}`);
};

export function sameKey(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i] || sameToken(t, b[i]!));
}

/**
 * "the 444 Brigade" after "the 444 Combat Brigade", "the 47th Brigade" after "the 47th Mechanized Brigade": a unit
 * named by its number and its kind, with or without what it is.
 */
export function sameNumberedUnit(a: string[], b: string[]): boolean {
  return (
    a.length >= 2 &&
    b.length >= 2 &&
    a.length !== b.length &&
    /^\d/.test(a[0]!) &&
    a[0] === b[0] &&
    a.at(-1) === b.at(-1)
  );
}

/**
 * A short organisation name is a fragment of a longer one when it is the longer one's ending and
 * what it leaves out is not a unit head: "al-Nujaba" ⊂ "Harakat Hezbollah al-Nujaba", but
 * "Hezbollah" is not "Kataib Hezbollah".
 */
export function isFragmentOf(short: string[], longTokens: string[], longKey: string[]): boolean {
  if (short.length === 0 || short.length >= longKey.length) return false;
  const tail = longKey.slice(longKey.length - short.length);
  if (!sameKey(short, tail)) return false;
  return !UNIT_HEADS.has(longTokens[0] ?? "");
}
