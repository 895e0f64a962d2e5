import type { FactType } from "../../ontology/model.ts";
import type { Evidence } from "../provenance/evidence.ts";

/** A fact about two actors, with the sentences that state it. */
export interface Fact extends Evidence {
  type: FactType;
  from: string;
  to: string;
  roles: string[];
  sources: string[];
  /** 0..1, from how directly the sentence states it. */
  confidence: number;
}
