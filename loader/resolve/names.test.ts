import { describe, expect, it } from "vitest";
import { nameKey, sameToken, slug } from "./names.ts";
import { orgKey, personName } from "./matching.ts";

describe("transliteration-aware names", () => {
  it.each([
    ["Saadi", "Saidi"],
    ["Saiedi", "Saeedi"],
    ["Qais", "Kais"],
    ["Khazali", "Khazaali"],
    ["Soleimani", "Suleimani"],
    ["Baqer", "Bakir"],
    ["Mahdi", "Madhi"],
  ])("%s and %s are the same name", (a, b) => expect(sameToken(a.toLowerCase(), b.toLowerCase())).toBe(true));

  it.each([
    ["Sadr", "Saidi"],
    ["Hakim", "Khiam"],
    ["Sources", "Forces"],
  ])("%s and %s are different names", (a, b) => expect(sameToken(a.toLowerCase(), b.toLowerCase())).toBe(false));

  it("ignores the Arabic article and its spellings", () => {
    expect(nameKey("Qais al-Khazali")).toBe(nameKey("Kais Al Khazaali"));
    expect(nameKey("Harakat al-Nujaba")).toBe(nameKey("Harakat Al Nujaba"));
  });

  it("treats a generic head as no part of a group's identity, but keeps unit heads", () => {
    expect(orgKey("Harakat al-Nujaba")).toEqual(orgKey("Nujaba Movement"));
    expect(orgKey("Kataib Hezbollah")).not.toEqual(orgKey("Hezbollah"));
  });

  it("reads a kunya as a given name", () => {
    expect(personName("Abu Mahdi al-Muhandis")).toMatchObject({ kunya: "mahdi", surname: "muhandis" });
    expect(personName("Abu Taqwa")).toMatchObject({ kunya: "taqwa", surname: null });
  });

  it("makes stable kebab-case ids", () => expect(slug("Asa'ib Ahl al-Haq")).toBe("asaib-ahl-al-haq"));
});
