/** Counts as news text writes them: digits or words ("three killed", "two days after"). */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** The number a word or digits stand for, or null. */
export const numberOf = (w: string): number | null =>
  /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w.toLowerCase()] ?? null);
