import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle, readArticles } from "./articles.ts";
import { scratchDir } from "../../tests/helpers/scratch.ts";

const dir = () => scratchDir("articles-");

describe("reading articles", () => {
  it("reads the seed folder with its manifest: outlet, date and title come from manifest.json", () => {
    const { articles, errors } = readArticles(["seeds"]);
    expect(errors).toEqual([]);
    const rudaw = articles.find((a) => a.id === "001_07ee8de466f1c881")!;
    expect(rudaw.outlet).toBe("Rudaw");
    expect(rudaw.published).toBe("2024-02-08");
  });

  it("splits a file that carries two stories and keeps the second one's own headline", () => {
    const { articles } = readArticles(["seeds/000_480602174a1c387a.txt"]);
    expect(articles.map((a) => a.id)).toEqual(["000_480602174a1c387a#1", "000_480602174a1c387a#2"]);
    expect(articles[1]!.headline).toBe("Israeli Army Reaches Outskirts of Litani River in Southern Lebanon");
    expect(articles[0]!.text).not.toContain("Litani");
  });

  it("keeps each paragraph once when a feed repeats the body", () => {
    const [a] = readArticles(["seeds/001_07ee8de466f1c881.txt"]).articles;
    const para = a!.paragraphs.filter((p) => p.startsWith("Washington blamed Saadi"));
    expect(para).toHaveLength(1);
  });

  it("drops the wire dateline a story opens with, hyphenated, accented and written as names", () => {
    const [a] = parseArticle(
      "d",
      Buffer.from(
        "SAN-PEDRO, Ivory Coast (AP) — Gunmen attacked a port on Monday.\nNAIROBI (Reuters) - A second story line.\n" +
          "May 13 (Reuters) - A third, with no city.\nPESHAWAR: A fourth, as papers in Pakistan write it.\n" +
          "Bobo Dioulasso (AFP) - A fifth, its city written as a name.\nKataib Hezbollah (KH) - a group, no dateline.\n" +
          "Deir ez-Zor, SANA - A sixth, its agency after a comma.\n" +
          "BUKAVU, Democratic Republic of the Congo, Feb 16 (Reuters) - A seventh, its country in four words.\n" +
          "ASUNCIÓN (EFE) - An eighth, its city accented.\nMedellín (AFP) - A ninth, accented and written as a name.",
      ),
    );
    expect(a!.paragraphs).toEqual([
      "Gunmen attacked a port on Monday.",
      "A second story line.",
      "A third, with no city.",
      "A fourth, as papers in Pakistan write it.",
      "A fifth, its city written as a name.",
      "Kataib Hezbollah (KH) - a group, no dateline.",
      "A sixth, its agency after a comma.",
      "A seventh, its country in four words.",
      "An eighth, its city accented.",
      "A ninth, accented and written as a name.",
    ]);
  });

  it("drops photo captions that repeat the body and feed boilerplate", () => {
    const [a] = readArticles(["seeds/002_d94bc43f8e1ae04c.txt"]).articles;
    expect(a!.text).not.toContain("(AP Photo/Hadi Mizban)");
    expect(a!.text).not.toContain("Most Popular");
  });

  it("takes the publication date a page states when no metadata gives one, and drops bylines and links to other stories", () => {
    const [a] = parseArticle(
      "page",
      Buffer.from(
        "Iraqi faction claims drone attack on US base\nBy Ahmed Rasheed and Timour Azhari\nPublished: Sunday, 10 December 2023 - 14:22 GMT\nThe Islamic Resistance in Iraq said on Sunday it had launched two drones at a US base.\nRead more: US strikes kill five militants near Kirkuk\nShare this article\n© 2023 Reuters. All rights reserved.",
      ),
    );
    expect(a!.published).toBe("2023-12-10");
    expect(a!.paragraphs).toEqual([
      "Iraqi faction claims drone attack on US base",
      "The Islamic Resistance in Iraq said on Sunday it had launched two drones at a US base.",
    ]);
    const [withMeta] = parseArticle(
      "meta",
      Buffer.from("---\npublished: 2023-12-11\n---\nPublished: Sunday, 10 December 2023\nBody."),
    );
    expect(withMeta!.published).toBe("2023-12-11");
  });

  it("refuses a second file of the same name from another folder, and reads a file named twice once", () => {
    const root = dir();
    for (const sub of ["one", "two"]) {
      mkdirSync(join(root, sub));
      writeFileSync(join(root, sub, "report.txt"), `Headline\nA story from folder ${sub}.`);
    }
    const { articles, errors } = readArticles([join(root, "one"), join(root, "two"), join(root, "one", "report.txt")]);
    expect(articles.map((a) => a.text)).toEqual(["Headline\n\nA story from folder one."]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(join(root, "two", "report.txt"));
    expect(errors[0]!.message).toContain("rename one of them");
  });

  it("takes metadata from YAML front matter", () => {
    const [a] = parseArticle(
      "x",
      Buffer.from(
        "---\ntitle: A strike\noutlet: Example News\npublished: 2024-03-01\n---\nA drone strike hit Baghdad.\n",
      ),
    );
    expect(a).toMatchObject({ headline: "A strike", outlet: "Example News", published: "2024-03-01" });
  });

  it.each([
    ["an empty file", Buffer.alloc(0), /is empty/],
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ["a file that is not UTF-8", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41]), /not valid UTF-8/],
    ["malformed front matter", Buffer.from("---\ntitle: [unclosed\n---\nText."), /front matter is not valid YAML/],
    [
      "a headline with a colon left unquoted",
      Buffer.from("---\ntitle: Burkina Faso: jihadists kill dozens\n---\nText."),
      /front matter is not valid YAML \(.*\); put a value that holds ": " in quotes/,
    ],
    [
      "a front matter date that is not a date",
      Buffer.from("---\npublished: yesterday\n---\nText."),
      /front matter field published/,
    ],
  ])("rejects %s with a clear message naming the file", (_name, buf, message) => {
    expect(() => parseArticle("bad", buf, {}, "inbox/bad.txt")).toThrow(ArticleError);
    expect(() => parseArticle("bad", buf, {}, "inbox/bad.txt")).toThrow(message);
    expect(() => parseArticle("bad", buf, {}, "inbox/bad.txt")).toThrow(/^inbox\/bad\.txt: /);
  });

  it("reports bad files one by one and still reads every good one", () => {
    const d = dir();
    writeFileSync(join(d, "a.txt"), "A US drone strike killed a commander in Baghdad.");
    writeFileSync(join(d, "b.txt"), "");
    writeFileSync(join(d, "c.txt"), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    writeFileSync(join(d, "d.md"), "Kataib Hezbollah is part of the Islamic Resistance in Iraq.");
    const { articles, errors } = readArticles([d, join(d, "missing.txt")]);
    expect(articles.map((a) => a.id)).toEqual(["a", "d"]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/missing\.txt: no such file or folder/),
      expect.stringMatching(/b\.txt: is empty/),
      expect.stringMatching(/c\.txt: is 5\.0 MB, over the 5 MB limit/),
    ]);
  });

  it("names the manifest field that is wrong", () => {
    const d = dir();
    mkdirSync(join(d, "x"));
    writeFileSync(join(d, "x", "manifest.json"), JSON.stringify({ articles: [{ file: "a.txt", published: "soon" }] }));
    writeFileSync(join(d, "x", "a.txt"), "Text.");
    const { errors } = readArticles([join(d, "x")]);
    expect(errors[0]!.message).toMatch(/manifest\.json: field articles\.0\.published/);
  });
});
