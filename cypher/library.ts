/**
 * The saved-query library: one .cypher file per query in cypher/queries, with a header of comment lines
 * (title, description, param, returns). Read by the API, the CLI and (through the API) the UI.
 * Parameters are validated with zod before they reach Neo4j.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ParamType, QueryParam, SavedQuery } from "./types.ts";

export type { ParamType, QueryParam, SavedQuery };

const QUERIES_DIR = join(dirname(fileURLToPath(import.meta.url)), "queries");

/** Thrown for a query file whose header cannot be read. */
export class QueryFileError extends Error {
  override name = "QueryFileError";
}

const PARAM_LINE =
  /^param:\s*(\w+)\s+(string|integer|number|date|boolean)(?:\((-?\d+)\.\.(-?\d+)\))?\s*=\s*(.+?)\s*--\s*(.+)$/;

function parseDefault(type: ParamType, raw: string, file: string): string | number | boolean {
  try {
    const v: unknown = JSON.parse(raw);
    if (type === "string" || type === "date") return z.string().parse(v);
    if (type === "integer") return z.number().int().parse(v);
    if (type === "number") return z.number().parse(v);
    return z.boolean().parse(v);
  } catch {
    throw new QueryFileError(`${file}: default ${raw} is not a ${type}`);
  }
}

export function parseQueryFile(file: string, text: string): SavedQuery {
  const header: Record<string, string> = {};
  const params: QueryParam[] = [];
  const body: string[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*\/\/\s?(.*)$/.exec(line);
    if (m && body.length === 0) {
      const content = m[1]!.trim();
      const p = PARAM_LINE.exec(content);
      if (p) {
        const type = p[2] as ParamType;
        params.push({
          name: p[1]!,
          type,
          default: parseDefault(type, p[5]!, file),
          description: p[6]!,
          ...(p[3] !== undefined ? { min: Number(p[3]), max: Number(p[4]) } : {}),
        });
      } else {
        const kv = /^(title|description|returns):\s*(.+)$/.exec(content);
        if (kv) header[kv[1]!] = kv[2]!;
        else if (content.startsWith("param:"))
          throw new QueryFileError(
            `${file}: cannot read "${content}" (expected: param: name type = default -- description)`,
          );
      }
    } else body.push(line);
  }
  for (const k of ["title", "description", "returns"]) {
    if (!header[k]) throw new QueryFileError(`${file}: the header needs a "// ${k}:" line`);
  }
  return {
    name: basename(file, ".cypher"),
    title: header.title!,
    description: header.description!,
    returns: header.returns!,
    params,
    cypher: body.join("\n").trim(),
  };
}

let cache: SavedQuery[] | null = null;

export function loadLibrary(dir = QUERIES_DIR): SavedQuery[] {
  if (dir === QUERIES_DIR && cache) return cache;
  const queries = readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => parseQueryFile(f, readFileSync(join(dir, f), "utf8")));
  if (dir === QUERIES_DIR) cache = queries;
  return queries;
}

const paramSchema = (p: QueryParam) => {
  switch (p.type) {
    case "string":
      return z.string().max(500);
    case "date":
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2024-02-07");
    case "integer":
      return z.coerce
        .number()
        .int()
        .min(p.min ?? 0)
        .max(p.max ?? 10_000);
    case "number":
      return z.coerce
        .number()
        .min(p.min ?? -Infinity)
        .max(p.max ?? Infinity);
    case "boolean":
      return z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]);
  }
};

/** Validates given parameters against the query's header: unknown names are refused, missing ones take their default. */
export function validateParams(q: SavedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const unknown = Object.keys(given).filter((k) => !q.params.some((p) => p.name === k));
  if (unknown.length) {
    throw new ParamError(
      `unknown parameter ${unknown.map((u) => `"${u}"`).join(", ")} for query ${q.name} (it takes: ${q.params.map((p) => p.name).join(", ") || "none"})`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const p of q.params) {
    const raw = given[p.name] ?? p.default;
    const r = paramSchema(p).safeParse(raw);
    if (!r.success) throw new ParamError(`parameter "${p.name}" of ${q.name}: ${r.error.issues[0]!.message}`);
    out[p.name] = r.data;
  }
  return out;
}

export class ParamError extends Error {
  override name = "ParamError";
}
