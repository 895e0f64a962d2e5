/**
 * The one ontology of the product: node labels, relationship types and their properties.
 * Imported by the loader, the API and the UI; it must not import any of them (lint enforces it).
 * Labels and relationship types used in Cypher come from these whitelists, never from text.
 */

export const ENTITY_LABELS = ["Person", "Organization", "State", "Place"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, "Attack", "Article"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ACTOR_LABELS = ["Person", "Organization", "State"] as const satisfies readonly EntityLabel[];

/** Facts about actors, each stated by one or more sentences. */
export const FACT_TYPES = ["AFFILIATED_WITH", "PART_OF", "BACKED_BY", "ALLIED_WITH"] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Relationships from an Attack to its participants and place. */
export const EVENT_REL_TYPES = ["PERPETRATED_BY", "TARGETED", "KILLED", "OCCURRED_IN"] as const;
export type EventRelType = (typeof EVENT_REL_TYPES)[number];

export const PROVENANCE_REL_TYPES = ["MENTIONS"] as const;

export const REL_TYPES = [...FACT_TYPES, ...EVENT_REL_TYPES, ...PROVENANCE_REL_TYPES] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Which labels each relationship type may join (the loader never writes anything else). */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  AFFILIATED_WITH: { from: ["Person"], to: ["Organization", "State"] },
  PART_OF: { from: ["Organization"], to: ["Organization"] },
  BACKED_BY: { from: ["Organization"], to: ["State", "Organization"] },
  ALLIED_WITH: { from: ["Organization"], to: ["Organization"] },
  PERPETRATED_BY: { from: ["Attack"], to: ACTOR_LABELS },
  TARGETED: { from: ["Attack"], to: ACTOR_LABELS },
  KILLED: { from: ["Attack"], to: ["Person"] },
  OCCURRED_IN: { from: ["Attack"], to: ["Place"] },
  MENTIONS: { from: ["Article"], to: [...ENTITY_LABELS, "Attack"] },
};

/** ACLED-style actor categories for organizations, where the text allows a guess. */
export const ACTOR_TYPES = [
  "state forces",
  "political militia",
  "identity militia",
  "rebel group",
  "external force",
  "political party",
  "government body",
  "international body",
  "coalition",
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** A subset of ACLED's sub-event vocabulary: the attacks these articles report. */
export const EVENT_TYPES = [
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Remote explosive/landmine/IED",
  "Suicide bomb",
  "Grenade",
  "Armed clash",
  "Attack",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How an article links an attack to its perpetrator, strongest first. */
export const ATTRIBUTIONS = ["stated", "claimed", "blamed", "alleged"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export function isNodeLabel(s: string): s is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(s);
}

export function isRelType(s: string): s is RelType {
  return (REL_TYPES as readonly string[]).includes(s);
}
