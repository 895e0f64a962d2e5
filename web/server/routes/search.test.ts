import { describe, expect, it } from "vitest";
import { luceneQuery } from "./search.ts";

describe("search text to a Lucene query", () => {
  it("matches each word as a prefix or within a transliteration's edits", () => {
    expect(luceneQuery("Qais Khazaali")).toBe("(qais* OR qais~1) AND (khazaali* OR khazaali~2)");
  });

  it("drops the Arabic article and anything Lucene would read as syntax", () => {
    expect(luceneQuery('al-Nujaba" OR *:* ~')).toBe("(nujaba* OR nujaba~2) AND or");
    expect(luceneQuery("((( ")).toBeNull();
  });
});
