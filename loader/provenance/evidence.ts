/** Evidence as two parallel lists: each sentence that states a fact, and the article it comes from. */
export interface Evidence {
  evidence: string[];
  evidenceSources: string[];
}

/** Adds a sentence from an article unless that same pair is already there. */
export function addEvidence<T extends Evidence>(into: T, sentence: string, source: string): T {
  if (!into.evidence.some((e, i) => e === sentence && into.evidenceSources[i] === source)) {
    into.evidence.push(sentence);
    into.evidenceSources.push(source);
  }
  return into;
}
