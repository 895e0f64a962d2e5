/**
 * Sentences and tokens of an article, from wink-nlp (its lite English model): tokens, sentence
 * boundaries and parts of speech. The article is read in one pass with paragraphs joined by blank
 * lines, which wink treats as sentence breaks (a headline never runs into the next line).
 * Character offsets are rebuilt from wink's preceding-space data.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

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

export function splitSentences(paragraphs: string[]): Sentence[] {
  const doc = nlp.readDoc(paragraphs.map((p) => p.replace(/\s*\n\s*/g, " ")).join("\n\n"));
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: Sentence[] = [];
  for (const [from, to] of spans) {
    const tokens: Token[] = [];
    let text = "";
    for (let i = from; i <= to; i++) {
      const w = words[i]!;
      if (pos[i] === "SPACE" || /^\s+$/.test(w)) continue;
      const sp = tokens.length > 0 && spaces[i]!.length > 0;
      if (sp) text += " ";
      tokens.push({ text: w, pos: pos[i]!, start: text.length, end: text.length + w.length, spaceBefore: sp });
      text += w;
    }
    if (tokens.length > 0) out.push({ index: out.length, text, tokens });
  }
  return out;
}
