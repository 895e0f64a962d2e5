/**
 * Dates of events from the text, resolved against the publication date with chrono-node.
 * News speaks of the past: a weekday after the publication date means the previous week.
 */
import * as chrono from "chrono-node";
import type { DatePrecision } from "../../ontology/model.ts";
import { countOf, ORDINALS, ordinalOf } from "../text/numbers.ts";
import { WEEKDAY_NAME } from "./words.ts";

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  text: string;
  /** Offset of the expression in the text it was found in. */
  index: number;
}

const WEEKDAY = new RegExp(`\\b${WEEKDAY_NAME}\\b`, "i");
const DAY_MS = 86_400_000;
const TIME_OF_DAY_OF =
  /\b(?:night|morning|evening|afternoon|early hours) of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d))/gi;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Words without which a sentence holds no date expression: chrono is only run where one occurs. */
const DATE_WORD =
  /\b(?:hours|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|week|weekend|month|year|years|ago|day|days|night|earlier|later|christmas|eve)\b/i;

/** A date told as days apart from another event's ("a day after", "the night before"), not by its own name. */
export const toldFromAnother = (d: ResolvedDate) => /\b(?:after|before)$/i.test(d.text);

/**
 * "Hours later, …", "A day later, …", "Two days earlier, …": a sentence that opens with a day counted from the one told
 * before tells another event; not "ambulances arrived minutes later", told after the attack in its sentence.
 */
export const countedFromTheLast = (d: ResolvedDate) => d.index <= 3 && /\b(?:later|earlier|afterwards)$/i.test(d.text);

/** Whether a sentence names a calendar date ("January 27", "2020") that later relative dates may lean on. */
export const hasCalendarDate = (text: string) => CALENDAR_DATE.test(text);
const CALENDAR_DATE =
  /\b(?:\d{4}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * "…on Tuesday, a day after X struck…": X happened a day before the date the sentence told last; "A day
 * earlier, X…", a day before the date told last. "less than a week after": weeks apart tell the time only roughly, so
 * to the month; "a month after X", X's month.
 */
const DAYS_APART =
  /^(a|an|one|two|three|four|five|six|seven|\d+) (days?|weeks?|months?) (after|before|earlier|later)$/i;

/**
 * A bare year: "in 2020", "of 1992"; "since 1992" too, which starts a period and dates only what a clause after
 * it tells ("since 1992, when his predecessor was killed"): it is given from the year on, as the words before a
 * date are what tell a period (see sentence.ts). "the 1983 bombing", "a 2022 shooting": the year of an event, told
 * as its modifier.
 */
const BARE_YEAR =
  /\b(in|of|since) ((?:19|20)\d\d)\b(?!\s*[-–])|\b(the|a) ((?:19|20)\d\d) (?=(?:[\w-]+ ){0,2}(?:bombings?|attacks?|strikes?|assassination|killing|massacre|raid|ambush|explosions?|blasts?|shootings?|hijacking)\b)/g;

/** Feasts an attack may be dated by, as month and day. */
const FEASTS: Record<string, [string, string]> = {
  "christmas day": ["12", "25"],
  "christmas eve": ["12", "24"],
  "new year's day": ["01", "01"],
  "new year's eve": ["12", "31"],
};

const FEAST_DAY = new RegExp(`\\b(${Object.keys(FEASTS).join("|").replace(/'/g, "[’']")})\\b`, "gi");

/** What a date before it names: "the November ceasefire", "the 2021 coup", "a January truce". */
const AGREEMENT_AFTER =
  /^\s+(?:ceasefire|cease-fire|truce|agreement|deal|accord|elections?|coup|talks|summit|peace)\b/i;

/** Every date expression in `text`, relative to `published` (YYYY-MM-DD) and to the article's previous date. */
export function findDates(text: string, published: string | null, previous?: ResolvedDate): ResolvedDate[] {
  if (!DATE_WORD.test(text)) return [];
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date();
  const out: ResolvedDate[] = [];
  // "the night of Jan. 3": chrono reads a time of day before a date as no date at all; the words are blanked
  // out (spaces keep every offset) so that it reads the date.
  const plain = text.replace(TIME_OF_DAY_OF, (m) => " ".repeat(m.length));
  for (const r of chrono.parse(plain, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    // "from ⟦L1⟧, on Tuesday", "since Sunday, including": chrono takes the comma around a weekday into the expression.
    const lead = /^[,(\s]*/.exec(r.text)![0].length;
    const rText = r.text.slice(lead).replace(/[,\s]+$/, "");
    const rIndex = r.index + lead;
    const apart = DAYS_APART.exec(rText);
    if (apart) {
      // Days apart need a day to count from; weeks or months apart are rough, and the publication date will do.
      const rough = /^(?:week|month)/i.test(apart[2]!);
      const anchor =
        out[out.length - 1] ?? previous ?? (rough && published ? { date: published, precision: "day" } : null);
      if (anchor?.precision !== "day") continue;
      // "on Tuesday, a day after X struck": X came the day before; "A week before that, X…": X came a week before.
      // "A day earlier, X…": X came the day before the date told last; "Two days later, X…": two days after it.
      const towardPast = /^(?:earlier|later)$/i.test(apart[3]!)
        ? /^earlier$/i.test(apart[3]!)
        : /after/i.test(apart[3]!) !== /^\s*(?:that|this)\b/i.test(text.slice(rIndex + rText.length));
      const n = countOf(apart[1]!)! * (towardPast ? -1 : 1);
      const base = new Date(`${anchor.date}T12:00:00Z`);
      // "a month after X": X's month, counted back from the date told.
      const d = /^month/i.test(apart[2]!)
        ? new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + n, 1, 12))
        : new Date(base.getTime() + n * (/^week/i.test(apart[2]!) ? 7 : 1) * DAY_MS);
      out.push({ date: iso(d), precision: rough ? "month" : "day", text: rText, index: rIndex });
      continue;
    }
    // "Maulana Ziaullah Jan.": a month's short name right after a capitalised word ends a name, it tells no date.
    if (
      /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(rText) &&
      /(?:\b[A-Z][a-z]+|⟦P\d+⟧)\s$/.test(text.slice(Math.max(0, rIndex - 20), rIndex))
    )
      continue;
    // "in violation of the November ceasefire", "the 2021 coup": the date names an agreement or a turn of power, not an
    // event of the story.
    if (AGREEMENT_AFTER.test(text.slice(rIndex + rText.length, rIndex + rText.length + 20))) continue;
    // "captured the town for several hours": how long, not when.
    if (/^for\b/i.test(rText)) continue;
    // "the night before": a time of day alone is no date (the day it leans on is read below).
    if (/^(?:the\s+)?(?:night|morning|evening|afternoon|noon|midnight|dawn|tonight)$/i.test(rText)) continue;
    // "at 16 locations": a clock time alone is no date.
    const certain = (c: Parameters<typeof r.start.isCertain>[0]) => r.start.isCertain(c);
    if (certain("hour") && !certain("day") && !certain("weekday") && !certain("month") && !certain("year")) continue;
    let d = r.start.date();
    const weekday = WEEKDAY.test(rText);
    const weekend = /\bweekend\b/i.test(rText);
    // chrono reads "Friday" or "the weekend" as the next one: the story's is a week before.
    if (published && d.getTime() > ref.getTime() + DAY_MS / 2) {
      if (weekday || weekend) d = new Date(d.getTime() - 7 * DAY_MS);
      else if (!r.start.isCertain("year"))
        d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
    }
    // "the third attack in two days", "talks next week": what is still to come dates no event of the story.
    if (published && d.getTime() > ref.getTime() + DAY_MS / 2) continue;
    const precision: DatePrecision =
      weekday || weekend || r.start.isCertain("day") ? "day" : r.start.isCertain("month") ? "month" : "year";
    if (/\b(past|last|this) week\b/i.test(rText) || (/\bago\b/i.test(rText) && !/\bdays? ago\b/i.test(rText))) {
      out.push({ date: iso(d), precision: /week/i.test(rText) ? "month" : "year", text: rText, index: rIndex });
      continue;
    }
    // "on Friday and Saturday": the days one event went on, dated by the first.
    const last = out[out.length - 1];
    if (last && /^\s*(?:and|to|through)\s*$/.test(text.slice(last.index + last.text.length, rIndex))) continue;
    out.push({ date: iso(d), precision, text: rText, index: rIndex });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const word = m[1] ?? m[3]!;
    const yearText = m[2] ?? m[4]!;
    const year = m.index! + word.length + 1;
    if (!out.some((o) => o.index <= year && year < o.index + o.text.length)) {
      const yearOnly = word === "since" || word === "the" || word === "a";
      out.push({
        date: `${yearText}-01-01`,
        precision: "year",
        text: yearOnly ? yearText : m[0],
        index: yearOnly ? year : m.index!,
      });
    }
  }
  // "on Christmas Day", "on New Year's Eve": feasts chrono does not know, the last before publication.
  if (published)
    for (const m of text.matchAll(FEAST_DAY)) {
      const [month, day] = FEASTS[m[1]!.toLowerCase().replace(/[’']/g, "'")]!;
      let year = Number(published.slice(0, 4));
      if (`${year}-${month}-${day}` > published) year -= 1;
      out.push({ date: `${year}-${month}-${day}`, precision: "day", text: m[0], index: m.index! });
    }
  // "struck three sites overnight, the president said": the night that ends on the day of publication, where the
  // sentence tells no other date ("overnight on Thursday").
  // "an overnight attack" only says when in the day.
  const overnight =
    published && out.length === 0 ? /(?<!\b(?:an?|the|its|their)\s+)\bovernight(?=\s*[,.;]|$)/i.exec(text) : null;
  if (overnight) out.push({ date: published!, precision: "day", text: overnight[0], index: overnight.index });
  // Days told relative to the last date before them: the sentence's own ("on Monday, hours after…"), else the
  // previous sentence's.
  for (const m of text.matchAll(
    /\bthe (following|next|previous) (?:day|night)\b|\bthe (?:day|night) (before|after)\b|\b(?:hours|minutes) (?:later|earlier|after|before)\b|\b(?:later|earlier) that day\b|\bthe same (?:day|night)\b/gi,
  )) {
    const own = out.filter((o) => o.index < m.index! && o.precision === "day").sort((a, b) => a.index - b.index);
    const anchor = own[own.length - 1] ?? previous;
    if (!anchor || anchor.precision !== "day") continue;
    if (out.some((o) => o.index <= m.index! && m.index! < o.index + o.text.length)) continue;
    const delta = /^(?:hours|minutes)|that day|same (?:day|night)/i.test(m[0])
      ? 0
      : /following|next|after/i.test(m[0])
        ? 1
        : /previous|before/i.test(m[0])
          ? -1
          : 0;
    const d = new Date(new Date(`${anchor.date}T12:00:00Z`).getTime() + delta * DAY_MS);
    out.push({ date: iso(d), precision: "day", text: m[0], index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}

const ANNIVERSARY = new RegExp(`\\b((?:${ORDINALS.join("|")})|\\d{1,2}(?:st|nd|rd|th)?) anniversary(?= of\\b)`, "i");

/**
 * "…to mark the fifth anniversary of the killing of X": the month of the publication, that many years back, where an
 * event looked back on is told by its anniversary.
 */
export function anniversaryDate(text: string, published: string): ResolvedDate | null {
  const m = ANNIVERSARY.exec(text);
  const years = m ? ordinalOf(m[1]!) : null;
  if (!m || years === null) return null;
  return {
    date: `${Number(published.slice(0, 4)) - years}-${published.slice(5, 7)}-01`,
    precision: "month",
    text: m[0],
    index: m.index,
  };
}
