/**
 * Nicknames told in quotation marks inside a name (Qais "Abu Ali" al-Khazali): taken out of the tokens before the
 * search, and kept for the mention they belong to.
 */
import type { Token } from "../text/sentences.ts";
import { CALENDAR } from "./cues.ts";
import { isCapWord } from "./runs.ts";

/** A nickname in quotes between a given name and a surname: Jimmy "Barbecue" Chérizier. */
export interface Nickname {
  /** Offsets of the quoted nickname, quotes included, in the sentence text. */
  start: number;
  end: number;
  name: string;
}

const OPENING_QUOTES = new Set(['"', "“", "‘", "'"]);

const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);

/** The nicknames of a sentence's names, and its tokens without them: the name reads on as one run. */
export function withoutNicknames(tokens: Token[], text: string): { tokens: Token[]; nicknames: Nickname[] } {
  const nicknames: Nickname[] = [];
  const kept: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (OPENING_QUOTES.has(t.text) && k > 0 && isCapWord(tokens[k - 1]!) && isCapWord(tokens[k + 1] ?? t)) {
      let close = k + 2;
      while (close < Math.min(tokens.length, k + 5) && !CLOSING_QUOTES.has(tokens[close]!.text)) close++;
      const surname = tokens[close + 1];
      if (
        close < tokens.length &&
        CLOSING_QUOTES.has(tokens[close]!.text) &&
        surname &&
        surname.spaceBefore &&
        isCapWord(surname) &&
        !CALENDAR.has(surname.text)
      ) {
        const start = t.start;
        const end = tokens[close]!.end;
        nicknames.push({ start, end, name: text.slice(tokens[k + 1]!.start, tokens[close - 1]!.end) });
        k = close;
        continue;
      }
    }
    kept.push(t);
  }
  return nicknames.length ? { tokens: kept, nicknames } : { tokens, nicknames };
}
