/** GET /api/search?q=: names and aliases through the full-text index, tolerant of transliteration. */
import type { FastifyPluginAsync } from "fastify";
import neo4j from "neo4j-driver";
import { z } from "zod";
import { readOptions, type AppDeps } from "../app.ts";
import { SEARCH_ENTITIES } from "../api-queries.ts";
import { parseBody } from "../validate.ts";

const query = z.object({
  q: z.string().trim().min(1, "must not be empty").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/**
 * A Lucene query from user text: each word must match, as a prefix (typing "Khaz") or within one or two
 * edits (a transliteration: "Khazaali" finds "Khazali"). Only letters and digits reach Lucene.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !["al", "el", "the"].includes(w));
  if (words.length === 0) return null;
  return words.map((w) => (w.length < 3 ? w : `(${w}* OR ${w}~${w.length >= 6 ? 2 : 1})`)).join(" AND ");
}

export const searchRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get("/api/search", async (req) => {
    const { q, limit } = parseBody(query, req.query);
    const lucene = luceneQuery(q);
    if (!lucene) return { query: q, results: [] };
    const { records } = await deps.driver.executeQuery(
      SEARCH_ENTITIES,
      { lucene, limit: neo4j.int(limit) },
      readOptions(deps),
    );
    return { query: q, results: records.map((r) => r.toObject()) };
  });
};
