/**
 * A sentence with its resolved mentions replaced by markers such as ⟦O3⟧ (O organisation, P person,
 * S state, L place; the number indexes `refs`). Fact and event patterns are regular expressions over
 * this text, so they read like the sentences they match.
 */
import type { EntityLabel } from "../../ontology/model.ts";
import type { Mention } from "../mentions/types.ts";
import type { Entity } from "../resolve/types.ts";
import type { Sentence } from "../text/sentences.ts";

export interface Ref {
  entity: Entity;
  mention: Mention;
}

export interface MarkedSentence {
  sentence: Sentence;
  text: string;
  refs: Ref[];
}

/** The words a ref stands for, as the sentence writes them: a state's mention may cover its organ ("British warplanes"). */
export const written = (ms: MarkedSentence, ref: Ref): string =>
  ms.sentence.text.slice(ref.mention.start, ref.mention.end);

const LETTER: Record<EntityLabel, string> = { Organization: "O", Person: "P", State: "S", Place: "L" };

/**
 * A word or two in scare quotes: "it had "eliminated" X", "killed "dozens" of fighters". The patterns read the words,
 * which the quotation marks only distance the speaker from.
 */
const SCARE_QUOTED = /(?<=^|[\s(])["“]([a-z][a-z-]*(?: [a-z][a-z-]*)?)["”](?=[\s,.;:)]|$)/g;
const unquoted = (between: string) => between.replace(SCARE_QUOTED, "$1");

export function markSentence(
  sentence: Sentence,
  mentions: Mention[],
  articleId: string,
  mentionEntity: Map<string, string>,
  entities: Map<string, Entity>,
): MarkedSentence {
  let text = "";
  let at = 0;
  const refs: Ref[] = [];
  for (const m of mentions) {
    const id = mentionEntity.get(`${articleId}/${m.id}`);
    const entity = id ? entities.get(id) : undefined;
    if (!entity || m.start < at) continue;
    // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said": a name's acronym in brackets after it is the same
    // actor, and the patterns read the name alone.
    const last = refs[refs.length - 1];
    if (
      last?.entity === entity &&
      /^\s*\(\s*$/.test(sentence.text.slice(at, m.start)) &&
      /^\s*\)/.test(sentence.text.slice(m.end))
    ) {
      at = sentence.text.indexOf(")", m.end) + 1;
      continue;
    }
    text += unquoted(sentence.text.slice(at, m.start)) + `⟦${LETTER[entity.label]}${refs.length}⟧`;
    refs.push({ entity, mention: m });
    at = m.end;
  }
  text += unquoted(sentence.text.slice(at));
  return { sentence, text, refs };
}

/** Marker of any label (or of the given letters) with the ref index captured. */
export const mk = (letters = "OPSL") => `⟦[${letters}](\\d+)⟧`;

/** Any text between two facts' ends that does not cross a person or organisation marker. */
export const gap = (max: number) => `(?:[^⟦]|⟦[SL]\\d+⟧){0,${max}}?`;
