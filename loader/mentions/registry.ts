/**
 * The editable registry of well-known actors (registry/actors.json), validated with zod and indexed
 * by folded alias. It pins canonical names; the extractor does not depend on it to find actors.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { fold } from "../resolve/names.ts";

const stateSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  demonyms: z.array(z.string()),
  /** Left out where the capital's name is a common word or names other places too. */
  capital: z.string().optional(),
});
const orgSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  actorType: z.string(),
  country: z.string().optional(),
  sponsor: z.boolean().optional(),
  partOf: z.string().optional(),
});
/** Places the capitalisation rules would miss or misread: seas, straits, regions ("the Gaza Strip", "Red Sea"). */
const placeSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
});
const registrySchema = z.object({
  states: z.array(stateSchema),
  organizations: z.array(orgSchema),
  nonActors: z.array(z.string()),
  places: z.array(placeSchema).default([]),
});

export type RegistryState = z.infer<typeof stateSchema>;
export type RegistryOrg = z.infer<typeof orgSchema>;

export interface RegistryHit {
  label: "State" | "Organization" | "Place";
  name: string;
  /** How the state was named: its name, a demonym adjective, or its capital as a metonym. */
  form: "name" | "demonym" | "capital";
  org?: RegistryOrg;
}

export class Registry {
  private readonly byAlias = new Map<string, RegistryHit>();
  /** Acronyms written in mixed case ("LeT"), by folded alias: only that spelling names them, not the word "Let". */
  private readonly casedAliases = new Map<string, string>();
  readonly nonActors: Set<string>;
  readonly states: RegistryState[];
  readonly orgs: RegistryOrg[];
  /**
   * Registry aliases that are lower-case phrases ("international coalition"), which no capitalisation
   * rule would find: one pattern, longest first, so a sentence is scanned once for all of them.
   */
  private readonly phrases: RegExp | null;
  private readonly phraseHits = new Map<string, RegistryHit>();

  constructor(data: z.input<typeof registrySchema>) {
    this.states = data.states;
    this.orgs = data.organizations;
    this.nonActors = new Set(data.nonActors.map(fold));
    for (const s of data.states) {
      this.add(s.name, { label: "State", name: s.name, form: "name" });
      for (const a of s.aliases)
        this.add(a, { label: "State", name: s.name, form: a === s.capital ? "capital" : "name" });
      for (const d of s.demonyms) this.add(d, { label: "State", name: s.name, form: "demonym" });
      if (s.capital) this.add(s.capital, { label: "State", name: s.name, form: "capital" });
    }
    for (const o of data.organizations) {
      const hit: RegistryHit = { label: "Organization", name: o.name, form: "name", org: o };
      // A name written partly in lower case ("Saudi-led coalition") is a phrase, as such aliases are.
      for (const a of [o.name, ...o.aliases]) {
        this.add(a, hit);
        if (/(^|[\s-])[a-z]/.test(a)) this.phraseHits.set(phraseKey(a), hit);
      }
    }
    for (const p of data.places ?? []) {
      const hit: RegistryHit = { label: "Place", name: p.name, form: "name" };
      // Capitalised runs find them ("Gulf of Aden" is one: see runs.ts), so they need no phrase of their own.
      for (const a of [p.name, ...p.aliases]) this.add(a, hit);
    }
    const longestFirst = [...this.phraseHits.keys()].sort((a, b) => b.length - a.length);
    this.phrases = longestFirst.length ? new RegExp(`\\b(?:${longestFirst.map(escapeRe).join("|")})\\b`, "gi") : null;
  }

  /** The registry phrases a sentence holds, and the entry each names. */
  phrasesIn(text: string): { match: RegExpExecArray; hit: RegistryHit }[] {
    if (!this.phrases) return [];
    const out: { match: RegExpExecArray; hit: RegistryHit }[] = [];
    for (const match of text.matchAll(this.phrases)) {
      const hit = this.phraseHits.get(phraseKey(match[0]));
      if (hit) out.push({ match: match as RegExpExecArray, hit });
    }
    return out;
  }

  /** Whether a name is listed as no actor at all (outlets, regions too vague to be a place). */
  isNonActor(surface: string): boolean {
    return this.nonActors.has(fold(surface));
  }

  private add(alias: string, hit: RegistryHit) {
    const k = fold(alias);
    if (!this.byAlias.has(k) || hit.form === "name") this.byAlias.set(k, hit);
    if (MIXED_CASE_ACRONYM.test(alias)) this.casedAliases.set(k, alias);
  }

  lookup(surface: string): RegistryHit | undefined {
    for (const s of [surface, surface.replace(/^the /i, "")]) {
      const k = fold(s);
      const cased = this.casedAliases.get(k);
      if (cased === undefined || cased === s) {
        const hit = this.byAlias.get(k);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  org(name: string): RegistryOrg | undefined {
    return this.orgs.find((o) => o.name === name);
  }

  state(name: string): RegistryState | undefined {
    return this.states.find((s) => s.name === name);
  }
}

/** "LeT", "JeM": an acronym with a small letter inside, which a word of the same letters ("Let") is not. */
const MIXED_CASE_ACRONYM = /^(?=\p{Lu}*\p{Ll})(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,5}$/u;

const phraseKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

const DEFAULT_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "registry", "actors.json");
let cached: Registry | null = null;

export function loadRegistry(file = DEFAULT_FILE): Registry {
  if (file === DEFAULT_FILE && cached) return cached;
  const parsed = registrySchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`${file}: field ${i.path.join(".")}: ${i.message}`);
  }
  const r = new Registry(parsed.data);
  if (file === DEFAULT_FILE) cached = r;
  return r;
}
