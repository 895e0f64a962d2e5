/**
 * Sentences and tokens of an article, from wink-nlp (its lite English model): tokens, sentence
 * boundaries and parts of speech. Paragraph breaks are always sentence breaks (wink joins a headline
 * to the next line otherwise). Character offsets are rebuilt from wink's preceding-space data.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { ItemSentence } from "wink-nlp";

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
  /** Index in the article, stable across runs: used in evidence ids. */
  index: number;
  paragraph: number;
  text: string;
  tokens: Token[];
}

export function splitSentences(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    const doc = nlp.readDoc(para);
    doc.sentences().each((s: ItemSentence) => {
      const words = s.tokens().out() as string[];
      const pos = s.tokens().out(its.pos) as string[];
      const spaces = s.tokens().out(its.precedingSpaces) as string[];
      const tokens: Token[] = [];
      let text = "";
      words.forEach((w, i) => {
        const sp = i === 0 ? "" : spaces[i]!.length > 0 ? " " : "";
        text += sp;
        tokens.push({
          text: w,
          pos: pos[i]!,
          start: text.length,
          end: text.length + w.length,
          spaceBefore: sp.length > 0,
        });
        text += w;
      });
      const trimmed = tokens.filter((t) => t.pos !== "SPACE");
      if (trimmed.length === 0) return;
      const shift = trimmed[0]!.start;
      for (const t of trimmed) {
        t.start -= shift;
        t.end -= shift;
      }
      out.push({ index: out.length, paragraph, text: text.slice(shift).trimEnd(), tokens: trimmed });
    });
  });
  return out;
}
