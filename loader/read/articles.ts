/**
 * Reads articles from files and folders: .txt/.md, optional YAML front matter or a manifest.json sidecar.
 * Cleans what news feeds deliver: repeated paragraphs and photo captions, several stories in one file.
 * Every problem is reported per file (ArticleError) and never stops the other files.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Article } from "./types.ts";
import { statedPublication } from "./published.ts";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = new Set([".txt", ".md"]);

export class ArticleError extends Error {
  override name = "ArticleError";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must be a date like 2024-02-08"));

const metaSchema = z.object({
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  published: isoDate.nullable().optional(),
  url: z.string().nullable().optional(),
});
type Meta = z.infer<typeof metaSchema>;

const manifestSchema = z.object({
  articles: z.array(metaSchema.extend({ file: z.string() })),
});

export interface ReadResult {
  articles: Article[];
  errors: ArticleError[];
}

/** Expands files and folders into article files, in a stable order. */
export function listArticleFiles(paths: string[]): { files: string[]; errors: ArticleError[] } {
  const files: string[] = [];
  const errors: ArticleError[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      errors.push(new ArticleError(p, "no such file or folder"));
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push(new ArticleError(p, `cannot be read (${(e as Error).message})`));
      continue;
    }
    if (st.isDirectory()) {
      try {
        for (const f of readdirSync(p).sort()) if (EXTENSIONS.has(extname(f).toLowerCase())) files.push(join(p, f));
      } catch (e) {
        errors.push(new ArticleError(p, `folder cannot be read (${(e as Error).message})`));
      }
    } else files.push(p);
  }
  return { files, errors };
}

function manifestFor(
  dir: string,
  cache: Map<string, Map<string, Meta> | ArticleError>,
): Map<string, Meta> | ArticleError {
  const hit = cache.get(dir);
  if (hit) return hit;
  const file = join(dir, "manifest.json");
  let result: Map<string, Meta> | ArticleError = new Map();
  if (existsSync(file)) {
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success) {
        const i = parsed.error.issues[0]!;
        result = new ArticleError(file, `field ${i.path.join(".")}: ${i.message}; fix the manifest or remove it`);
      } else result = new Map(parsed.data.articles.map((a) => [a.file, a]));
    } catch (e) {
      result = new ArticleError(file, `is not valid JSON (${(e as Error).message})`);
    }
  }
  cache.set(dir, result);
  return result;
}

/** Reads every file; bad files become errors, good ones articles. */
export function readArticles(paths: string[]): ReadResult {
  const { files, errors } = listArticleFiles(paths);
  const articles: Article[] = [];
  const manifests = new Map<string, Map<string, Meta> | ArticleError>();
  // An article's id is its file name: two files of one name in different folders would be one article.
  const fileOf = new Map<string, string>();
  const seen = new Set<string>();
  for (const file of files) {
    const path = resolve(file);
    if (seen.has(path)) continue;
    seen.add(path);
    try {
      const manifest = manifestFor(dirname(file), manifests);
      if (manifest instanceof ArticleError) throw manifest;
      const read = readArticleFile(file, manifest.get(basename(file)) ?? {});
      const clash = read.find((a) => fileOf.has(a.id));
      if (clash) {
        throw new ArticleError(
          file,
          `has the same name as ${fileOf.get(clash.id)}; an article's id is its file name, so rename one of them`,
        );
      }
      for (const a of read) fileOf.set(a.id, file);
      articles.push(...read);
    } catch (e) {
      errors.push(e instanceof ArticleError ? e : new ArticleError(file, (e as Error).message));
    }
  }
  return { articles, errors };
}

export function readArticleFile(file: string, sidecar: Meta = {}): Article[] {
  let buf: Buffer;
  try {
    const st = statSync(file);
    if (st.size > MAX_ARTICLE_BYTES) {
      throw new ArticleError(
        file,
        `is ${(st.size / 1048576).toFixed(1)} MB, over the 5 MB limit for one article; split it`,
      );
    }
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof ArticleError) throw e;
    throw new ArticleError(file, `cannot be read (${(e as Error).message})`);
  }
  return parseArticle(basename(file, extname(file)), buf, sidecar, file);
}

/** Turns raw bytes into one or more cleaned articles. `id` is the file name without extension. */
export function parseArticle(id: string, buf: Buffer, sidecar: Meta = {}, file = id): Article[] {
  if (buf.length === 0) throw new ArticleError(file, "is empty");
  if (buf.includes(0)) throw new ArticleError(file, "looks binary (contains NUL bytes); only UTF-8 text is read");
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new ArticleError(file, "is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and load again");
  }
  // One letter, one character: "é" written as "e" and an accent would be two, and wink would cut the name there.
  raw = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  const { meta, body } = splitFrontMatter(raw, file);
  const merged: Meta = { ...sidecar, ...stripNulls(meta) };
  if (!body.trim()) throw new ArticleError(file, "has no text after its front matter");
  const stories = splitStories(body);
  return stories.map((story, i) => {
    const paragraphs = cleanParagraphs(story);
    const headline = i === 0 ? (merged.title ?? paragraphs[0] ?? null) : (paragraphs[0] ?? null);
    return {
      id: stories.length > 1 ? `${id}#${i + 1}` : id,
      file,
      outlet: merged.outlet ?? null,
      published: merged.published ?? statedPublication(story.split("\n")),
      url: merged.url ?? null,
      headline,
      paragraphs,
      text: paragraphs.join("\n\n"),
    };
  });
}

function stripNulls(m: Meta): Meta {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null && v !== undefined)) as Meta;
}

function splitFrontMatter(raw: string, file: string): { meta: Meta; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
  if (!m) return { meta: {}, body: raw };
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (e) {
    const reason = (e as Error).message.split("\n")[0]!;
    // A headline such as "Burkina Faso: jihadists kill dozens" is the usual cause: YAML reads its colon as a key's.
    const hint = /mappings/.test(reason)
      ? '; put a value that holds ": " in quotes, e.g. title: "Mali: army retakes Kidal"'
      : "";
    throw new ArticleError(file, `front matter is not valid YAML (${reason})${hint}`);
  }
  const parsed = metaSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ArticleError(file, `front matter field ${i.path.join(".") || "(root)"}: ${i.message}`);
  }
  return { meta: parsed.data, body: raw.slice(m[0].length) };
}

/**
 * A file may carry several stories: a headline-like line repeated (feeds repeat the title before
 * the body) after a run of blank lines starts a new one.
 */
export function splitStories(body: string): string[] {
  const blocks = body.split(/\n{3,}/);
  const stories: string[] = [];
  for (const block of blocks) {
    const first = block.trim().split("\n")[0]?.trim() ?? "";
    const repeatsTitle =
      first.length > 0 && first.length < 160 && block.split("\n").filter((l) => l.trim() === first).length >= 2;
    if (stories.length > 0 && repeatsTitle && !/[.!?]$/.test(first)) stories.push(block);
    else if (stories.length === 0) stories.push(block);
    else stories[stories.length - 1] += "\n\n" + block;
  }
  return stories.map((s) => s.trim()).filter(Boolean);
}

const CAPTION =
  /\((?:[A-Z][\w.'’ -]*\/)?(?:Reuters|AP|AFP|EPA|Getty Images|AP Photo[^)]*|[A-Z][A-Z .'-]+\/ ?AFP|[A-Z]{2,}[^)]*)\)\s*$/;
const BOILERPLATE =
  /^(TT|Most Popular|Advertisement|Share this article|(?:read more|read also|also read|see also|related)\s*:.*|Powered by automated translation|(?:Published|Updated|Posted|Last updated)(?: on)?\s*:.*|File: .*|©.*|.{0,80} contributed to this report\.?)$/i;
/** The city filed from and the reporter, as a line of its own: "Baghdad - Fadhel al-Nashmi". */
const CITY_BYLINE =
  /^[A-Z][a-z]+(?: [A-Z][a-z]+)? [-–—:] [A-Z][a-z'’]+(?: (?:[A-Z][\w'’]*|al|el|bin)(?:-[A-Z]?[\w'’]+)?){1,3}$/;
/** A byline: "By Ahmed Rasheed and Timour Azhari". */
const BYLINE =
  /^By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and|, and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*$/;

const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
const AGENCY = String.raw`\([A-Z][\w .'-]{1,24}\)`;
/** Capitals and small letters with the accents of Latin-script place names ("BOGOTÁ", "Asunción"). */
const UPPER = "A-ZÀ-ÖØ-Þ";
const LOWER = "a-zß-öø-ÿ";
const CITY = String.raw`[${UPPER}][${UPPER}'’.-]{3,}(?: [${UPPER}][${UPPER}'’.-]+)*(?:\/[${UPPER}][${UPPER}'’.]{2,}(?: [${UPPER}][${UPPER}'’.]+)*)*(?:, [${UPPER}][${UPPER}${LOWER}'’.]+(?: (?:of (?:the )?|the )?[${UPPER}][${UPPER}${LOWER}'’.]+){0,3})?`;
/** A city written as a name, which only a news agency after it makes a dateline ("Ouagadougou (AFP) - "). */
const NAMED_CITY = String.raw`[${UPPER}][${LOWER}'’.-]+(?: (?:[a-z]{1,3}-)?[${UPPER}][${LOWER}'’.-]+){0,2}`;
const AGENCY_NAMES =
  "AFP|AP|Reuters|dpa|Xinhua|UPI|Anadolu|AA|TASS|IRNA|SANA|WAFA|KUNA|EFE|PTI|IANS|ANI|Bernama|Kyodo|Yonhap";
const NEWS_AGENCY = String.raw`\((?:${AGENCY_NAMES})\)`;
/**
 * A wire dateline ("DUBAI, March 12 (Reuters) - ", "BEIRUT (AP) — ", "ERBIL, Kurdistan Region - ", "GOMA,
 * Democratic Republic of Congo, Jan 28 (Reuters) - ", "PORT-AU-PRINCE, Haiti (AP) — ", "May 13 (Reuters) - ",
 * "ISLAMABAD: " as South Asian papers write it, "Ouagadougou (AFP) - ", "Damascus, SANA - "): where the reporter
 * filed from, not a place the story is about.
 */
const DATELINE = new RegExp(
  String.raw`^(?:${CITY}(?:,? ${MONTH_DAY})?(?: ${AGENCY})?|${MONTH_DAY} ${AGENCY}|${NAMED_CITY}(?:, ${MONTH_DAY})? ${NEWS_AGENCY}|${NAMED_CITY}, (?:${AGENCY_NAMES}))(?: ?[-—–]+|:) (?=[A-Z"“‘'0-9])`,
);

/**
 * Paragraphs of the story, each once: drops exact repeats, photo captions (lines ending in an
 * agency credit), feed boilerplate and lines that repeat the headline; removes wire datelines.
 */
export function cleanParagraphs(story: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of story.split("\n")) {
    const p = line.trim().replace(DATELINE, "");
    if (!p) continue;
    const key = p.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key)) continue;
    seen.add(key);
    if (BOILERPLATE.test(p) || BYLINE.test(p) || (out.length <= 1 && CITY_BYLINE.test(p))) continue;
    if (CAPTION.test(p) && out.length > 0) continue;
    out.push(p);
  }
  return out;
}
