/** An article after reading and cleaning: the unit of provenance for everything the loader extracts. */
export interface Article {
  /** File name without extension; `#n` is appended for the n-th story of a multi-story file. */
  id: string;
  file: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD); relative dates in the text resolve against it. */
  published: string | null;
  url: string | null;
  headline: string | null;
  paragraphs: string[];
  text: string;
}
