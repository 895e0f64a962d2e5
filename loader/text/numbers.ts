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
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that count, as a regular expression's alternatives: "three", "several", "dozens". */
export const COUNT_WORD = `(?:\\d(?:[\\d,]*\\d)?(?!,?\\d)|${Object.keys(NUMBER_WORDS).join("|")}|several|some|dozens|scores|hundreds)`;

/** A word count, "twenty-one" and "1,200" included, as a regular expression's capture. */
export const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\w+(?:-(?:one|two|three|four|five|six|seven|eight|nine)\b)?)`;

/** The number a word or digits stand for, or null. */
export function numberOf(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  // "nearly 3,000 people": thousands grouped by commas.
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ""));
  const dash = w.indexOf("-");
  if (dash < 0) return NUMBER_WORDS[w.toLowerCase()] ?? null;
  // "Twenty-one": tens and a unit.
  const tens = NUMBER_WORDS[w.slice(0, dash).toLowerCase()];
  const unit = NUMBER_WORDS[w.slice(dash + 1).toLowerCase()];
  return tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10 ? tens + unit : null;
}

/** A count as a toll or a span writes it, "a" and "an" counting one ("a civilian and a police officer"). */
export const countOf = (w: string): number | null => (/^an?$/i.test(w) ? 1 : numberOf(w));

export const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** The number an ordinal stands for ("fifth", "5th"), or null. */
export function ordinalOf(w: string): number | null {
  const n = ORDINALS.indexOf(w.toLowerCase()) + 1;
  if (n > 0) return n;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(w);
  return digits ? Number(digits[1]) : null;
}
