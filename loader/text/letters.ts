/**
 * Letters that are not a base letter and a mark, and so keep their own form under NFD/NFKD ("Kılıç", "Łódź",
 * "Ødegaard"): the Latin letters they are written as in ASCII.
 */
export const LETTERS_WITHOUT_MARKS: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  đ: "d",
  ð: "d",
  ħ: "h",
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};
