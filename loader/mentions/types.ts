import type { EntityLabel } from "../../ontology/model.ts";

/** A name found in a sentence, before resolution. Offsets are in the sentence text. */
export interface Mention {
  /** Unique in the article: `${sentence}:${n}`. */
  id: string;
  sentence: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  surface: string;
  /** null: a name with no type cue yet; resolution may attach it to a known entity or drop it. */
  label: EntityLabel | null;
  title?: string;
  /** For states: named, by demonym adjective ("Iraqi") or by its capital as a metonym ("Washington"). */
  form?: "name" | "demonym" | "capital";
  /** Canonical name from the registry, when it knows the actor. */
  canonical?: string;
  /** Other names the text gives the actor inside the mention: a nickname in quotes (Jimmy "Barbecue" Chérizier). */
  aliases?: string[];
  /** Kinds of evidence for the label, for confidence and debugging. */
  cues: string[];
}

/** Two mentions that the text says name the same actor ("X (PMF)", "X, also known as Y"). */
export interface SameAs {
  a: string;
  b: string;
  how: "acronym" | "aka" | "or";
}
