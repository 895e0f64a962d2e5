/**
 * What a sentence says about two names being one actor: an acronym in brackets after its full name, "also known
 * as", "known within the group as".
 */
import type { Sentence } from "../text/sentences.ts";
import type { Mention, SameAs } from "./types.ts";
import { isBracketAcronym } from "./runs.ts";

const TITLE_BEFORE_THE_NAME = /(?<=\bas) (?:Dr|Doctor|Sheikh|Mullah|Haji|Hajji|Commander|General|Gen)\.?\s*$/;

/**
 * "Name (ACRONYM)", "Name (also known as X)", "Name, or X,", "Name, also known as X", "Name, whose real name is X",
 * "Name, a Sunni party known as X" (not "Name, a faction of the group known as X", which names the group).
 */
const GROUP_ALSO_KNOWN_AS =
  /^,\s*(?:an?|the)\s+(?:[^,;()]{1,80}?\b(?:also|better|formerly)|(?:(?!\bof\b)[^,;()]){1,80}?\b(?:party|group|movement|organi[sz]ation|militia|faction)) known as(?: the)?\s*$|^,\s*(?:also |better |widely )?known by its (?:[A-Z]\w+ )?(?:acronym|initials|abbreviation)\s*$/i;

/** Who came out of or serve a group, told before its name: "dissidents of the former FARC", "the armed wing of". */
const PART_OF_BEFORE =
  /\b(?:dissidents|defectors|splinter(?: group| faction)?|breakaway (?:group|faction)|offshoot|remnants|faction|wing|unit|members|fighters) (?:of|from) (?:the )?(?:former |ex-|now-defunct )?$/i;

/** "X, whose real name is Y": the name behind a nom de guerre. */
const WHOSE_REAL_NAME = /^,?\s*whose real name (?:is|was)\s*$/i;

/** "X, known within Hezbollah as Abu Taleb", "X, known to his fighters as Y". */
const KNOWN_WITHIN = /^,?\s*(?:also |better )?known (?:within|in|among|inside|to) [^,;]{1,60}? as\s*$/i;

export function findSameAs(s: Sentence, mentions: Mention[]): SameAs[] {
  const out: SameAs[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    // "Taleb Sami Abdallah, known within Hezbollah as Abu Taleb": the name a group knows him by.
    const c = mentions[i + 2];
    if (c && a.label === "Person" && KNOWN_WITHIN.test(s.text.slice(a.end, c.start)))
      out.push({ a: a.id, b: c.id, how: "aka" });
    // "the Katiba Macina, an al-Qaeda-linked armed group also known as the Macina Liberation Front": the other
    // name of a group, told after what it is, names in that telling and all; "X, better known by its French
    // acronym Y", the language's name and all.
    if (a.label === "Organization" || a.label === null) {
      const other = mentions
        .slice(i + 1, i + 4)
        .find((m) => m.label !== "Person" && GROUP_ALSO_KNOWN_AS.test(s.text.slice(a.end, m.start)));
      if (other) out.push({ a: a.id, b: other.id, how: "aka" });
    }
    const b = mentions[i + 1]!;
    const between = s.text.slice(a.end, b.start);
    const after = s.text.slice(b.end, b.end + 2);
    // "The U.N. mission in Congo, known as MONUSCO": the other name is the mission's, not the country's
    // the phrase ends with.
    if (
      (a.label === "State" || a.label === "Place") &&
      /\b(?:in|of|from|to|for|at|on)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, a.start - 10), a.start))
    )
      continue;
    // 'alias "Fito"': the quotation mark that opens the other name is no word between the two; nor is the title of
    // "known as Dr. Hussein", which the name finder leaves out of the name.
    const told = between.replace(/\s*["“‘]$/, "").replace(TITLE_BEFORE_THE_NAME, " ");
    // "the operation, which Israel called Rising Lion": the namer, not the named.
    if (
      /^\s*called\s*$/.test(told) &&
      /\b(?:which|that|what)\s+$/i.test(s.text.slice(Math.max(0, a.start - 8), a.start))
    )
      continue;
    // "Name (Other)": the other name in brackets, right after the name.
    const bracketed = /^\s*\(\s*$/.test(between) && after.startsWith(")");
    // "dissidents of the former FARC known as the 33rd Front": the other name is the dissidents', not the group's
    // (an acronym in brackets still closes the group's own name: "fighters of the Sinjar Resistance Units (YBS)").
    if (!bracketed && PART_OF_BEFORE.test(s.text.slice(Math.max(0, a.start - 60), a.start))) continue;
    // "Iván Mordisco, the leader of the EMC, whose real name is Néstor Vera": a real name is a man's, the one the
    // appositive after his name ends with; so is "Mohammed Jaber, a commander of the Tulkarm Battalion, known as Abu
    // Shujaa", a man's nom de guerre.
    if (
      (WHOSE_REAL_NAME.test(told) || (b.label === "Person" && /^,\s*(?:also |better )?known as\s*$/i.test(told))) &&
      a.label !== "Person"
    ) {
      const man = mentions.slice(0, i).findLast((m) => m.label === "Person");
      if (man && /^, (?:the|a|an) [^,;]{1,80}$/.test(s.text.slice(man.end, a.start))) {
        out.push({ a: man.id, b: b.id, how: "aka" });
        continue;
      }
    }
    // "Jabhat Fateh al-Sham, formerly al-Qaeda's Syrian affiliate": the group whose part it was, not another name.
    if (/^['’]s?\b/.test(s.text.slice(b.end, b.end + 2)) && !bracketed) continue;
    if (bracketed && isBracketAcronym(b.surface.replace(/-/g, ""))) {
      out.push({ a: a.id, b: b.id, how: "acronym" });
    } else if (
      /^\s*\(\s*also known as(?: the)?\s*$/i.test(told) ||
      /^\)?,?\s*(?:who (?:is|was) |which (?:is|was) )?(?:also |better |widely |formerly |previously |formally |officially |now )?(?:(?:known|spelled|spelt) as|called)(?: the)?\s*$/i.test(
        told,
      ) ||
      /^\s*\(\s*(?:formerly|previously|also called|also spelled)(?: the)?\s*$/i.test(told) ||
      /^,?\s*(?:formerly|previously|also called|also spelled)(?: the)?\s*$/i.test(told) ||
      WHOSE_REAL_NAME.test(told) ||
      // "The GSIM, better known by its Arabic acronym JNIM", "the Group to Support Islam and Muslims (GSIM), known by
      // its Arabic acronym JNIM": a group's other name, by its acronym.
      /^\)?,?\s*(?:who is |who was |which is )?(?:also |formerly |previously )?(?:known|better known|widely known) by (?:(?:the|his|her) (?:nom de guerre|kunya|alias|name)|(?:its|their) (?:[\w-]+ )?(?:acronym|initials|abbreviation|name))\s*$/i.test(
        told,
      ) ||
      /^,?\s*(?:nicknamed|alias|a\.k\.a\.?|aka)\s*$/i.test(told) ||
      // "The Gulf Clan, which calls itself the Gaitanist Army of Colombia": the name it gives itself.
      /^,?\s*(?:which|who) (?:calls|called) (?:itself|himself|herself)(?: the)?\s*$/i.test(told) ||
      (a.label === "Person" && KNOWN_WITHIN.test(told))
    ) {
      out.push({ a: a.id, b: b.id, how: "aka" });
    } else if (bracketed && a.label === "Person" && (b.label === "Person" || b.label === null)) {
      // "Abu Fadak (Abdulaziz al-Mohammadawi)": a nom de guerre and the name behind it.
      out.push({ a: a.id, b: b.id, how: "aka" });
    } else if (
      bracketed &&
      a.label === "Organization" &&
      (b.label === "Organization" || b.label === null) &&
      /\s/.test(b.surface)
    ) {
      // "Jaish al-Adl (Army of Justice)": a group's name and its translation.
      out.push({ a: a.id, b: b.id, how: "aka" });
    } else if (
      /^,\s*or\s*$/.test(between) &&
      (/^\s*,/.test(s.text.slice(b.end)) ||
        // "the Kurdistan Workers' Party, or PKK.": an acronym may end the sentence.
        (/^\s*[.;]/.test(s.text.slice(b.end)) && isBracketAcronym(b.surface.replace(/-/g, ""))))
    ) {
      out.push({ a: a.id, b: b.id, how: "or" });
    }
  }
  return out;
}
