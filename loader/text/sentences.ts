/**
 * Sentences and tokens of an article, from wink-nlp (its lite English model): tokens, sentence
 * boundaries and parts of speech. The article is read in one pass with paragraphs joined by blank
 * lines, which wink treats as sentence breaks (a headline never runs into the next line).
 * Character offsets are rebuilt from wink's preceding-space data.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { LETTERS_WITHOUT_MARKS } from "./letters.ts";
import { MONTH_ABBREVIATIONS } from "./months.ts";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export interface Token {
  text: string;
  pos: string;
  /** Offset in the sentence text. */
  start: number;
  end: number;
  /** Whether whitespace precedes the token. */
  spaceBefore: boolean;
}

export interface Sentence {
  /** Index in the article, stable across runs: mentions and facts refer to sentences by it. */
  index: number;
  text: string;
  tokens: Token[];
}

/**
 * wink's tokenizer knows the letters of Latin-1 only: it cuts "Erdoğan" in three and ends a sentence at "ğ".
 * It reads every other letter as a stand-in of the same length (its base letter, else x or X), and the tokens
 * are then taken from the text itself, which they cover exactly with the spaces before them.
 */
const OTHER_LETTER = /[\u0100-\uffff]/g;

function standIn(c: string): string {
  if (!/\p{L}/u.test(c)) return c;
  const upper = /\p{Lu}/u.test(c);
  const base = LETTERS_WITHOUT_MARKS[c.toLowerCase()]?.[0] ?? c.normalize("NFD")[0]!;
  if (/^[A-Za-z]$/.test(base)) return upper ? base.toUpperCase() : base;
  return upper ? "X" : "x";
}

export function splitSentences(paragraphs: string[]): Sentence[] {
  const input = paragraphs.map((p) => p.replace(/\s*\n\s*/g, " ")).join("\n\n");
  const read = input.replace(OTHER_LETTER, standIn);
  const doc = nlp.readDoc(read);
  const readWords = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let offset = 0;
  const words =
    read === input
      ? readWords
      : readWords.map((w, i) => {
          offset += spaces[i]!.length + w.length;
          return input.slice(offset - w.length, offset);
        });
  const out: Sentence[] = [];
  /** A paragraph break (wink keeps "\n\n" as a space token or as a token's preceding spaces) since the last token. */
  let paragraphBreak = false;
  for (const [from, to] of spans.flatMap(([from, to]) => splitAtNameStops(from, to, words))) {
    const tokens: Token[] = [];
    let text = "";
    let breakBefore = false;
    for (let i = from; i <= to; i++) {
      const w = words[i]!;
      const before = spaces[i]!;
      if (before !== " " && before.includes("\n")) paragraphBreak = true;
      if (pos[i] === "SPACE" || /^\s+$/.test(w)) {
        if (w.includes("\n")) paragraphBreak = true;
        continue;
      }
      if (tokens.length === 0) breakBefore = paragraphBreak;
      paragraphBreak = false;
      const sp = tokens.length > 0 && spaces[i]!.length > 0;
      // "the 3R armed group", "5G": wink splits a number from the capitals after it; they are one word, as "M23" is.
      const number = tokens.at(-1);
      if (!sp && number && /^\d{1,2}$/.test(number.text) && /^[A-Z]{1,3}$/.test(w)) {
        number.text += w;
        number.end += w.length;
        number.pos = "PROPN";
        text += w;
        continue;
      }
      if (sp) text += " ";
      tokens.push({ text: w, pos: pos[i]!, start: text.length, end: text.length + w.length, spaceBefore: sp });
      text += w;
    }
    if (tokens.length === 0) continue;
    const prev = out[out.length - 1];
    // "Rear Adm. Daniel Hagari": wink ends a sentence at a title's abbreviation it does not know; the
    // name after it belongs to the same sentence, and the abbreviation and its point are one token.
    const abbreviation = prev?.tokens.at(-2);
    if (
      prev &&
      abbreviation &&
      TITLE_ABBREVIATIONS.has(abbreviation.text) &&
      prev.tokens.at(-1)!.text === "." &&
      !prev.tokens.at(-1)!.spaceBefore &&
      /^[A-Z]/.test(tokens[0]!.text) &&
      !breakBefore
    ) {
      prev.tokens.pop();
      abbreviation.text += ".";
      abbreviation.end += 1;
      const shift = prev.text.length + 1;
      for (const t of tokens) prev.tokens.push({ ...t, start: t.start + shift, end: t.end + shift });
      prev.tokens[prev.tokens.length - tokens.length]!.spaceBefore = true;
      prev.text += " " + text;
      continue;
    }
    // "…, Maulana Ziaullah Jan.", "…the kibbutz of Nir Oz.": wink keeps an abbreviation's letters and the sentence's
    // full stop as one token; the name ends before the stop.
    const last = tokens[tokens.length - 1]!;
    if (NAME_WITH_STOP.test(last.text)) {
      tokens.splice(
        tokens.length - 1,
        1,
        { ...last, text: last.text.slice(0, -1), end: last.end - 1 },
        {
          text: ".",
          pos: "PUNCT",
          start: last.end - 1,
          end: last.end,
          spaceBefore: false,
        },
      );
    }
    out.push({ index: out.length, text, tokens });
  }
  return out;
}

/**
 * Words wink reads as abbreviations that end names, never open them: a month's ("Gul Jan"), a unit's ("Nir Oz"), a
 * suffix's ("Inc", "Jr").
 */
const NAME_WITH_STOP = new RegExp(
  `^(?:${[...MONTH_ABBREVIATIONS, "Oz", "Lb", "Inc", "Ltd", "Corp", "Jr", "Sr"].join("|")})\\.$`,
);

/** Words that open a sentence and never go on a name: "The", "He", "It". */
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|This|These|Those|His|Her|Its|Their|But|However|Meanwhile)$/;

/**
 * "…a local leader, Maulana Noor Jan. Police said…", "…at Kibbutz Nir Oz. Gaza's civil defence said…": wink reads such a
 * stop as an abbreviation's and goes on; before a capitalised word (not a day's number) it ends the sentence.
 */
function splitAtNameStops(from: number, to: number, words: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++)
    if (
      (NAME_WITH_STOP.test(words[i]!) && /^\p{Lu}/u.test(words[i + 1] ?? "")) ||
      // "…, said Inspector General Sundarraj P. The personnel were…": an initial that ends a name and the sentence.
      (/^\p{Lu}\.$/u.test(words[i]!) && SENTENCE_OPENERS.test(words[i + 1] ?? ""))
    ) {
      out.push([start, i]);
      start = i + 1;
    }
  out.push([start, to]);
  return out;
}

/** Abbreviated titles wink-nlp takes for the end of a sentence ("Rear Adm.", "Cmdr.", "Rev. Fr."). */
const TITLE_ABBREVIATIONS = new Set([
  "Adm",
  "Cmdr",
  "Cdr",
  "Supt",
  "Amb",
  "Insp",
  "Cpl",
  "Pvt",
  "Maj",
  "Rev",
  "Fr",
  "Msgr",
  "Spc",
  "Pfc",
]);
