/**
 * Runs of capitalised tokens that may be names (chunks), and the token tests the search reads them with: acronyms,
 * titles, names defined in brackets, Persian izafa heads, numbered units.
 */
import { MONTH_ABBREVIATIONS } from "../text/months.ts";
import type { Token } from "../text/sentences.ts";
import {
  CALENDAR,
  GIVEN_NAME_SET,
  GROUP_NOUNS,
  HYPHENED_PARTICLES_SET,
  INNER_CONNECTORS,
  IN_AFTER,
  IN_THE_AFTER,
  KUNYA_SET,
  MEMBERS,
  NUMBERED_SITES,
  ORG_HEAD_SET,
  PARTICLES,
  POLITY_HEADS,
  ROLES,
  ROMANCE_ARTICLES,
  ROMANCE_JOINERS,
  TITLES_BY_FIRST,
  WATER_HEADS,
} from "./cues.ts";

export const isCapWord = (t: Token) => CAP_WORD.test(t.text);

const capAt = (tokens: Token[], k: number) => tokens[k] !== undefined && isCapWord(tokens[k]!);

/** "M23", "3R": a group named by letters and a number, as acronyms are; "5G", "3D", "4WD" and "64GB" are things. */
const LETTERS_AND_NUMBER_SOURCE = String.raw`[A-Z]{1,3}\d{1,3}|\d{1,2}(?!(?:G|D|K|WD|[GMTK]B|KM|MM)$)[A-Z]{1,3}`;
const LETTERS_AND_NUMBER = new RegExp(`^(?:${LETTERS_AND_NUMBER_SOURCE})$`);

/**
 * A capitalised word ("Hezbollah", "McGurk"), a capitalised prefix before a lower-case word ("Anti-terrorism"),
 * a hyphenated word the tokenizer keeps whole ("Inter-Services Public Relations") or letters and a number
 * ("M23", "3R"): one test, as it runs on every token.
 */
const CAP_WORD = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’]*|(?:Co|Anti|Non|Pan|Counter)-\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|${LETTERS_AND_NUMBER_SOURCE})$`,
  "u",
);

/** An acronym as a name defines it in brackets, lower-case letters for its particles included ("(LeJ)"). */
export const isBracketAcronym = (s: string) => isAcronym(s) || /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}$/.test(s);

/** Whether an acronym in brackets stands at token `k`: "(HTS)", or in pieces, "(CSP-DPA)". */
export function bracketAcronymAt(tokens: Token[], k: number): boolean {
  const letters = bracketLetters(tokens, k);
  return letters !== "" && isBracketAcronym(letters);
}

/** The letters in brackets at token `k`, the pieces joined without their hyphens and points ("SPLMN"); else "". */
export function bracketLetters(tokens: Token[], k: number): string {
  if (tokens[k]?.text !== "(") return "";
  let close = k + 1;
  while (close < Math.min(tokens.length, k + 5) && tokens[close]!.text !== ")") close++;
  if (tokens[close]?.text !== ")" || close === k + 1) return "";
  return tokens
    .slice(k + 1, close)
    .map((x) => x.text)
    .join("")
    .replace(/[-.]/g, "");
}

/** "PMF", "U.S.", "SPLM-IO" (a split named by a suffix), "M23". */
export const isAcronym = (s: string) =>
  (/^[A-Z][A-Z.]{1,7}(?:-[A-Z]{1,4})?$/.test(s) && s.replace(/\./g, "").length >= 2) || LETTERS_AND_NUMBER.test(s);

interface Chunk {
  ts: number;
  te: number;
}

/** Capitalised runs of tokens, joined by hyphens without spaces, Arabic particles and a few connectors. */
export function chunks(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsName =
      (isCapWord(t) && !CALENDAR.has(t.text) && (i > 0 || t.pos === "PROPN" || tokens[i + 1]?.pos === "PROPN")) ||
      // "the 33rd Front", "the 47th Brigade", "the 444 Combat Brigade": a unit named by its number.
      (ORDINAL.test(t.text) && tokens[i + 1] !== undefined && isCapWord(tokens[i + 1]!) && namesUnit(tokens, i + 1)) ||
      (/^\d{2,4}$/.test(t.text) && namesUnit(tokens, i + 1, NUMBERED_UNITS)) ||
      (PARTICLES.has(t.text) && tokens[i + 1] && (tokens[i + 1]!.text === "-" || isCapWord(tokens[i + 1]!)));
    // A function word starts no name ("The", "It"), though one in capitals is an acronym ("an IS leader").
    const functionWord = ["DET", "PRON", "AUX", "SCONJ", "CCONJ"].includes(t.pos) && !/^[A-Z]{2,}$/.test(t.text);
    // "Heavily armed gang members…", "Reportedly…": an adverb that opens a sentence starts no name.
    const adverb = t.pos === "ADV" && /ly$/.test(t.text);
    // "Paramilitary Rapid Support Forces fighters attacked…": what the group is, capitalised only to open the sentence.
    const descriptor = i === 0 && DESCRIPTORS.has(t.text) && tokens[i + 1] !== undefined && isCapWord(tokens[i + 1]!);
    if (!startsName || adverb || descriptor || (functionWord && !isCapWord(tokens[i + 1] ?? t))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      const next = tokens[j + 1];
      const shortPrefix = /^(Co|Anti|Non|Pro)$/.test(tokens[j - 1]!.text) && /^[a-z]+$/.test(next?.text ?? "");
      if (
        u.text === "-" &&
        !u.spaceBefore &&
        next &&
        !next.spaceBefore &&
        (isCapWord(next) ||
          PARTICLES.has(next.text) ||
          shortPrefix ||
          // "Saut-d'Eau": a French article or preposition elided before a capital.
          /^[dl]['’]\p{Lu}/u.test(next.text) ||
          // "Tehreek-e-Taliban", "Jamaat-i-Islami": a particle between two hyphens.
          (HYPHENED_PARTICLES_SET.has(next.text) && tokens[j + 2]?.text === "-" && isCapWord(tokens[j + 3] ?? next)))
      ) {
        j += 2;
        continue;
      }
      if (
        next &&
        ((PARTICLES.has(u.text) && (isCapWord(next) || next.text === "-")) ||
          (HYPHENED_PARTICLES_SET.has(u.text) && next.text === "-" && !next.spaceBefore))
      ) {
        j++;
        continue;
      }
      if (isCapWord(u) && (!CALENDAR.has(u.text) || monthInName(tokens, j))) {
        j++;
        continue;
      }
      // "Tower 22", "Camp 14": a site named by its number; "the Barrio 18 gang": a gang named so.
      if (
        /^\d{1,3}$/.test(u.text) &&
        j === i + 1 &&
        (NUMBERED_SITES.has(tokens[i]!.text) || /^(?:gang|cartel|crew)$/.test(tokens[j + 1]?.text ?? ""))
      ) {
        j++;
        break;
      }
      // "Kurdistan Workers' Party", "People's Protection Units": an apostrophe inside the name. Not "the Houthis'
      // Supreme Political Council": a people's or group's plural in "-is" (Houthis, Iraqis) is its possessor.
      const prevText = tokens[j - 1]!.text;
      if (
        !u.spaceBefore &&
        next &&
        isCapWord(next) &&
        // Nor "the Qassam Brigades' Rafah Brigade": a plural that ends a group's name is the group, owning the next.
        ((/^['’]$/.test(u.text) &&
          /s$/.test(prevText) &&
          !/is$/.test(prevText) &&
          !ORG_HEAD_SET.has(prevText.toLowerCase())) ||
          (/^['’]s$/.test(u.text) && prevText === "People"))
      ) {
        j += 2;
        continue;
      }
      // "Secretary of State Marco Rubio", "Chief of Staff Eyal Zamir": a title with "of" in it runs on.
      const titleEnd = u.text === "of" ? titleOver(tokens, i, j) : 0;
      if (titleEnd > j) {
        j = titleEnd;
        continue;
      }
      const soFar = tokens.slice(i, j).map((x) => x.text.toLowerCase());
      // "the Communist Party of the Philippines", "the National Democratic Front of the Philippines": a party named with
      // its country.
      if (
        u.text === "of" &&
        /^(?:party|front)$/.test(soFar[soFar.length - 1]!) &&
        next?.text === "the" &&
        capAt(tokens, j + 2) &&
        !CALENDAR.has(tokens[j + 2]!.text)
      ) {
        j += 2;
        continue;
      }
      // "Democratic Republic of the Congo", "Islamic Emirate of Afghanistan": a state named by its polity.
      if (u.text === "of" && POLITY_HEADS.has(soFar[soFar.length - 1]!)) {
        if (next && isCapWord(next)) {
          j++;
          continue;
        }
        if (next?.text === "the" && isCapWord(tokens[j + 2] ?? next)) {
          j += 2;
          continue;
        }
      }
      if (
        INNER_CONNECTORS.has(u.text) &&
        next &&
        isCapWord(next) &&
        // "the Badr Organisation of Hadi al-Amiri", "the Government of National Unity of Prime Minister X": whose the
        // group is, not its name.
        !(
          u.text === "of" &&
          (GIVEN_NAME_SET.has(next.text) || KUNYA_SET.has(next.text) || titledNameAt(tokens, j + 1))
        ) &&
        // "the Bassa Local Government Area of Plateau State": a place and the state it is in, not a body's name.
        !(u.text === "of" && soFar[soFar.length - 1] === "area") &&
        (soFar.some((w) => ORG_HEAD_SET.has(w)) ||
          // "Gulf of Aden", "Strait of Hormuz": a body of water named by what it is of.
          (u.text === "of" && WATER_HEADS.has(soFar[soFar.length - 1]!)) ||
          // "the Freedom of Russia Legion": what the name is of runs on to a group's head.
          (!ROLES.has(soFar[soFar.length - 1]!) &&
            (namesGroup(tokens, j + 1) ||
              // "Fighters of Ansar al-Sunna": who belongs to a group is not part of its name.
              (namesUnit(tokens, j + 1) && !MEMBERS.has(soFar[soFar[0] === "the" ? 1 : 0]!)))))
      ) {
        j++;
        continue;
      }
      // "the Reconstruction and Development Coalition", "the Justice and Development Party": a party named for two
      // ideals.
      if (
        u.text === "and" &&
        j === i + 1 &&
        IDEALS.has(tokens[i]!.text) &&
        next &&
        IDEALS.has(next.text) &&
        namesUnit(tokens, j + 1)
      ) {
        j++;
        continue;
      }
      // "Volunteers for the Defence of the Homeland (VDP)": a long name joined by function words is one
      // name where an acronym in brackets closes it.
      const defined =
        DEFINED_CONNECTORS.has(u.text) &&
        (tokens[j - 1]!.pos === "PROPN" ||
          isCapWord(tokens[j - 1]!) ||
          ORG_HEAD_SET.has(tokens[j - 1]!.text.toLowerCase())) &&
        // "the Freedom of Belarus Legion and the Front to Liberate Azawad (FLA)": a name its head ended, then a list.
        !(u.text === "and" && ORG_HEAD_SET.has(tokens[j - 1]!.text.toLowerCase())) &&
        // "Members of the Volunteers for … (VDP)": who belongs to the group is not part of its name.
        !MEMBERS.has(soFar[soFar[0] === "the" ? 1 : 0]!) &&
        !ROLES.has(soFar[soFar[0] === "the" ? 1 : 0]!)
          ? definedNameEnd(tokens, j)
          : 0;
      if (defined > j) {
        j = defined;
        break;
      }
      // "the Committee to Protect Journalists": a group's name runs on over "to" into a name of two words or more.
      if (u.text === "to" && capAt(tokens, j + 1) && capAt(tokens, j + 2) && soFar.some((w) => ORG_HEAD_SET.has(w))) {
        j++;
        continue;
      }
      // "the Inter-American Commission on Human Rights", "the Council on Foreign Relations": a body's name runs on
      // over "on" into the two or more words of its subject (not "the Commission on Monday said").
      if (
        u.text === "on" &&
        /^(?:Commission|Committee|Council|Conference)$/.test(tokens[j - 1]!.text) &&
        capAt(tokens, j + 1) &&
        capAt(tokens, j + 2) &&
        !CALENDAR.has(tokens[j + 1]!.text)
      ) {
        j++;
        continue;
      }
      // "the Front for the Liberation of Azawad", "the Islamic State in the Sahel": a group's name runs on over "for
      // the", and a known group's over "in the", where no acronym closes it.
      if (
        next?.text === "the" &&
        capAt(tokens, j + 2) &&
        !CALENDAR.has(tokens[j + 2]!.text) &&
        ((u.text === "for" && soFar.some((w) => ORG_HEAD_SET.has(w))) ||
          (u.text === "in" && IN_THE_AFTER.has(tokens[j - 1]!.text)))
      ) {
        j += 2;
        continue;
      }
      // "Norte de Santander", "Lula da Silva", "Fuerzas Armadas Revolucionarias de Colombia", "Comandos de la
      // Frontera".
      const article = ROMANCE_ARTICLES.has(next?.text ?? "") ? 1 : 0;
      const rest = tokens[j + 1 + article];
      if (ROMANCE_JOINERS.has(u.text) && rest && isCapWord(rest) && isCapWord(tokens[j - 1]!)) {
        j += 1 + article;
        continue;
      }
      if (u.text === "in" && next && isCapWord(next) && IN_AFTER.has(tokens[j - 1]!.text)) {
        j++;
        continue;
      }
      break;
    }
    while (
      j > i &&
      (PARTICLES.has(tokens[j - 1]!.text) ||
        tokens[j - 1]!.text === "-" ||
        INNER_CONNECTORS.has(tokens[j - 1]!.text) ||
        tokens[j - 1]!.text === "in")
    )
      j--;
    if (j > i) {
      const ts = spelledStart(tokens, i, j);
      // "the Quds Force of the Islamic Revolutionary Guard Corps (IRGC)": a name of its own before the one spelled.
      let lead = ts;
      while (lead > i && DEFINED_CONNECTORS.has(tokens[lead - 1]!.text)) lead--;
      if (lead - i >= 2 && ORG_HEAD_SET.has(tokens[lead - 1]!.text.toLowerCase())) out.push({ ts: i, te: lead });
      out.push({ ts, te: j });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Where a title that starts in tokens [from, k), at most three before `k`, and runs over token `k` ends ("Prime
 * Minister" over "Minister", "Secretary of State" over "of"); 0 when none does.
 */
export function titleOver(tokens: Token[], from: number, k: number): number {
  for (let s = Math.max(from, k - 3); s < k; s++)
    for (const { parts } of TITLES_BY_FIRST.get(tokens[s]!.text) ?? [])
      if (s + parts.length > k && parts.every((p, n) => tokens[s + n]?.text === p)) return s + parts.length;
  return 0;
}

/** Whether a title and a name after it start at token `k`: "Prime Minister Abdul Hamid Dbeibah". */
function titledNameAt(tokens: Token[], k: number): boolean {
  return (TITLES_BY_FIRST.get(tokens[k]!.text) ?? []).some(
    ({ parts }) => parts.every((p, n) => tokens[k + n]?.text === p) && capAt(tokens, k + parts.length),
  );
}

export const DEFINED_CONNECTORS = new Set([
  ...["of", "for", "and", "the", "in", "to"],
  // French, Spanish and Portuguese ones: "Union pour la Paix en Centrafrique (UPC)", "Ejército de Liberación Nacional
  // (ELN)", "Primeiro Comando da Capital (PCC)".
  ..."pour de du des la le les en et au aux del para por da do dos das".split(" "),
]);

/**
 * Where a name that goes on from token `k` over capitalised words and "of", "for", "and", "the", "in", "to" ends, when
 * an acronym in brackets follows it ("… for the Defence of the People of Azawad (CSP-DPA)"); else 0. A name that goes
 * on "in" a place ends with its acronym's last letter ("Transition Mission in Somalia (ATMIS)"), so that "… in
 * Lebanon (AFP)" stays a name and a place.
 */
export function definedNameEnd(tokens: Token[], k: number): number {
  let j = k;
  let words = 0;
  while (j < tokens.length && j - k < 12) {
    const t = tokens[j]!;
    // "the Santa Rosa de Lima Cartel and the Jalisco New Generation Cartel (CJNG)": a name its head ended, then a list.
    if (t.text === "and" && j > k && ORG_HEAD_SET.has(tokens[j - 1]!.text.toLowerCase())) break;
    if (isCapWord(t)) words++;
    else if (!DEFINED_CONNECTORS.has(t.text)) break;
    j++;
  }
  while (j > k && DEFINED_CONNECTORS.has(tokens[j - 1]!.text)) j--;
  if (words === 0 || !bracketAcronymAt(tokens, j)) return 0;
  const at = tokens.slice(k, j).findIndex((t) => t.text === "in");
  if (at < 0) return j;
  const acronym = tokens[j + 1]!.text;
  // "Transition Mission in Somalia (ATMIS)", "Stabilisation Mission in Somalia (AUSSOM)", "Union for Peace in the
  // Central African Republic (UPC)": the place spelled by its first letters.
  const first = k + at + 1 + (tokens[k + at + 1]?.text === "the" ? 1 : 0);
  const place = tokens[first]!.text.toUpperCase();
  return [1, 2, 3].some((n) => acronym.endsWith(place.slice(0, n))) ? j : 0;
}

const MONTHS = new Set(MONTH_ABBREVIATIONS);

/** "Maulana Ziaullah Jan", "Gul Jan": a month's abbreviation that goes on a name, with no day after it, is a name. */
function monthInName(tokens: Token[], j: number): boolean {
  return MONTHS.has(tokens[j]!.text) && !/^\d/.test(tokens[j + 1]?.text ?? "");
}

/**
 * "Forces of the Southern Transitional Council (STC)": where the acronym in brackets after a run spells only its end,
 * the name starts where the spelling does.
 */
function spelledStart(tokens: Token[], i: number, j: number): number {
  if (!bracketAcronymAt(tokens, j)) return i;
  const acronym = bracketLetters(tokens, j);
  const initials = (k: number) =>
    initialsOf(
      tokens
        .slice(k, j)
        .map((t) => t.text)
        .join(" "),
      true,
    );
  if (initials(i) === acronym) return i;
  for (let k = i + 1; k < j; k++)
    if (isCapWord(tokens[k]!) && DEFINED_CONNECTORS.has(tokens[k - 1]!.text) && initials(k) === acronym) return k;
  return i;
}

/** The first word of a name joined in the Persian/Urdu way ("Lashkar-e-Taiba", "Jamaat-ul-Ahrar"), lower-cased. */
export function izafaHead(word: string): string {
  return /^\p{Lu}\p{Ll}+-(?:e|i|ul|ud|ut|al)-\p{Lu}/u.test(word) ? word.slice(0, word.indexOf("-")).toLowerCase() : "";
}

/** Words that tell what a group is, not part of its name. */
const DESCRIPTORS = new Set(["Paramilitary", "Militant", "Rebel", "Jihadist", "Islamist", "Suspected", "Separatist"]);

/** Ideals a party is named for, two joined by "and": "Justice and Development", "Peace and Prosperity". */
const IDEALS = new Set([
  ...["Reconstruction", "Development", "Justice", "Peace", "Freedom", "Progress", "Unity", "Prosperity", "Reform"],
  ...["Democracy", "Liberty", "Dignity", "Construction", "Equality", "Solidarity", "Salvation", "Renewal", "Change"],
]);

const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;

/** Whether the capitalised run from `k` ends in the head of a group's name ("33rd Front", "5th Armoured Division"). */
function namesUnit(tokens: Token[], k: number, heads: Set<string> = ORG_HEAD_SET): boolean {
  let j = k;
  while (j < tokens.length && isCapWord(tokens[j]!)) j++;
  return j > k && heads.has(tokens[j - 1]!.text.toLowerCase());
}

/** Units a bare number may name ("the 444 Brigade"); "12 Army soldiers" counts soldiers. */
const NUMBERED_UNITS = new Set(["brigade", "division", "regiment", "battalion"]);

/** Whether the capitalised run from `k` is followed by a group noun: "State of Law coalition". */
function namesGroup(tokens: Token[], k: number): boolean {
  while (k < tokens.length && isCapWord(tokens[k]!)) k++;
  return GROUP_NOUNS.has(tokens[k]?.text.toLowerCase() ?? "");
}

/** Headlines in Title Case give capitalisation no meaning: only registry names are taken from them. */
export function isTitleCase(text: string): boolean {
  if (/[.!?"”:]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** The initials of a phrase's words: of those with a capital only, or of all. */
export function initialsOf(phrase: string, capitalOnly: boolean): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => (capitalOnly ? /^\p{Lu}/u : /^\p{L}/u).test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}
