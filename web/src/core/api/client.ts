/**
 * The explorer's only way to the data: typed calls to the read-only API. Errors come back as ApiError
 * with the server's code and message, so views can say exactly what went wrong.
 */
import type { SavedQuery } from "../../../../cypher/types.ts";
import type { ApiGraph } from "../graph/data.ts";

export type { QueryParam, SavedQuery } from "../../../../cypher/types.ts";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

async function call<T>(method: "GET" | "POST", url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw new ApiError(0, "network", `the server did not answer (${(e as Error).message})`);
  }
  const json = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    const err = json?.error;
    throw new ApiError(
      res.status,
      err?.code ?? "http_error",
      err?.message ?? `HTTP ${res.status}`,
      (err ?? {}) as Record<string, unknown>,
    );
  }
  return json as T;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: ApiGraph;
  truncated: null | { reason: string; limit: number };
  ms: number;
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  score: number;
}

export interface Evidence {
  sentence: string;
  article: { id: string | null; outlet?: string; headline?: string; published?: string };
}

export interface Relation {
  type: string;
  direction: "in" | "out";
  other: { id: string; name: string; type: string; date?: string | null };
  role: string | null;
  attribution: string | null;
  confidence: number | null;
  outlets: number | null;
  sources: string[] | null;
  evidence: Evidence[];
}

export interface NodeDetails {
  node: { key: string; labels: string[]; properties: Record<string, unknown> };
  type: string;
  relations: Relation[];
  articles: { id: string; outlet: string; headline: string; published: string; count: number }[];
}

export interface Article {
  id: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  url: string | null;
  text: string;
}

export const api = {
  queries: () => call<{ queries: SavedQuery[] }>("GET", "/api/queries").then((r) => r.queries),
  runQuery: (name: string, params: Record<string, unknown>) =>
    call<QueryResult>("POST", `/api/queries/${encodeURIComponent(name)}`, { params }),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    call<QueryResult>("POST", "/api/cypher", { query, params }),
  search: (q: string) =>
    call<{ results: SearchHit[] }>("GET", `/api/search?q=${encodeURIComponent(q)}&limit=8`).then((r) => r.results),
  node: (id: string) => call<NodeDetails>("GET", `/api/nodes/${encodeURIComponent(id)}`),
  neighborhood: (id: string, depth = 1) =>
    call<{ graph: ApiGraph }>("GET", `/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=${depth}`).then(
      (r) => r.graph,
    ),
  overview: () => call<{ graph: ApiGraph }>("GET", "/api/overview").then((r) => r.graph),
  article: (id: string) => call<Article>("GET", `/api/articles/${encodeURIComponent(id)}`),
};
