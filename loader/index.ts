/**
 * The loader's public entry for other parts of the product (the server's start-up): read files or
 * folders and load them into a database. Everything else in loader/ is its internals.
 */
import type { Driver } from "neo4j-driver";
import { readArticles } from "./read/articles.ts";
import { loadRegistry } from "./mentions/registry.ts";
import { loadIntoDatabase, type LoadHooks, type LoadSummary } from "./write/load.ts";

export type { LoadHooks, LoadSummary };

/** Loads every article under `paths`; unreadable files are reported in `failed`, never thrown. */
export async function loadPaths(paths: string[], driver: Driver, hooks: LoadHooks = {}): Promise<LoadSummary> {
  const { articles, errors } = readArticles(paths);
  const summary = await loadIntoDatabase(articles, loadRegistry(), hooks, { driver });
  summary.failed.unshift(...errors.map((e) => e.message));
  return summary;
}
