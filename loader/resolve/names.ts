/**
 * Name normalisation for matching: case, diacritics, apostrophes, the Arabic article and
 * transliteration variants (Saadi / Saiedi / Saeedi, Qais / Kais, Khazali / Khazaali, Soleimani / Suleimani).
 */
import { LETTERS_WITHOUT_MARKS } from "../text/letters.ts";

const ARTICLES = new Set(["al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "the"]);

/**
 * Memoises a pure string function. Resolution compares the same names over and over; the cache is
 * bounded (cleared when full) so memory stays flat however large the corpus grows.
 */
export function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Lower case ASCII with apostrophes removed and hyphens as spaces. */
export const fold = memo(foldUncached);

function foldUncached(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’‘`ʼ]/g, "")
    .toLowerCase()
    .replace(/[ıłđðħøßæœþ]/g, (c) => LETTERS_WITHOUT_MARKS[c]!)
    .replace(/\bco-(?=[a-z])/g, "co")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Folded tokens without articles ("al-", "the"). */
export const nameTokens = memo(nameTokensUncached);

function nameTokensUncached(s: string): string[] {
  return fold(s)
    .split(" ")
    .filter((t) => t && !ARTICLES.has(t));
}

/**
 * A consonant skeleton that survives transliteration: q→k, vowels dropped after the first letter,
 * doubled letters collapsed. "Saadi", "Saidi", "Saiedi" and "Saeedi" all give "sd".
 */
export const skeleton = memo(skeletonUncached);

function skeletonUncached(token: string): string {
  const t = token.replace(/q/g, "k").replace(/ph/g, "f").replace(/ck/g, "k").replace(/th/g, "t");
  const first = t[0] ?? "";
  const rest = t.slice(1).replace(/[aeiouyw]/g, "");
  return (first + rest).replace(/(.)\1+/g, "$1");
}

/** Matching key of a whole name: skeletons of its tokens. */
export function nameKey(s: string): string {
  return nameTokens(s).map(skeleton).join(" ");
}

/** Kebab-case id from a canonical name, stable across runs. */
export function slug(s: string): string {
  return fold(s).replace(/ /g, "-") || "unnamed";
}

/** Whether two token skeletons agree, allowing one letter of difference in long tokens. */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return true;
  if (sa[0] !== sb[0]) return false;
  if (sa.length >= 3 && sorted(sa) === sorted(sb)) return true;
  return sa.length >= 5 && sb.length >= 5 && editDistance(sa, sb) <= 1;
}

const sorted = memo((s: string) => [...s].sort().join(""));

/** Two spellings of one word: "Qaida" and "Qaeda", "Hizbollah" and "Hezbollah"; not "Koudou" and "Qaeda". */
export function spelledNearly(a: string, b: string): boolean {
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 4));
}

/** Letters to change, add or drop to turn one spelling into another ("Qais" and "Kais": 1). */
export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
