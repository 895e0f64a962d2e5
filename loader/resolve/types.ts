import type { EntityLabel } from "../../ontology/model.ts";

/** One real-world actor or place after resolution. */
export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  mentions: number;
  /** Mentions per article id: the writer stores them on MENTIONS so reloads do not double-count. */
  mentionsBySource: Record<string, number>;
  sources: string[];
  actorType?: string;
  /** Already in the database: its id and name are kept. */
  known?: boolean;
}

/** An entity that already exists (from Neo4j), given to the resolver so new articles merge into it. */
export interface KnownEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
}
