import type { FactType } from "../../ontology/model.ts";

/** A fact about two actors, with the sentences that state it. */
export interface Fact {
  type: FactType;
  from: string;
  to: string;
  roles: string[];
  sources: string[];
  evidence: string[];
  /** The article of each evidence sentence (parallel to `evidence`). */
  evidenceSources: string[];
  /** 0..1, from how directly the sentence states it. */
  confidence: number;
}
