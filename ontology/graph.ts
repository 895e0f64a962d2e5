/**
 * The graph exchange format: graphology's serialised JSON, with our attributes validated by zod.
 * Written by the loader's dry run and the API, read by the UI, the exports and the scorer.
 */
import { z } from "zod";
import { ATTRIBUTIONS, DATE_PRECISIONS, NODE_LABELS, REL_TYPES } from "./model.ts";

/** Provenance carried by every entity, attack and fact. */
export const provenanceSchema = z.object({
  sources: z.array(z.string()),
  evidence: z.array(z.string()).default([]),
});

export const nodeAttributesSchema = z
  .object({
    type: z.enum(NODE_LABELS),
    label: z.string(),
    name: z.string().optional(),
    aliases: z.array(z.string()).default([]),
    mentions: z.number().int().nonnegative().optional(),
    sources: z.array(z.string()).default([]),
    actorType: z.string().optional(),
    date: z.string().nullable().optional(),
    datePrecision: z.enum(DATE_PRECISIONS).nullable().optional(),
    dateText: z.string().nullable().optional(),
    eventType: z.string().optional(),
    weapon: z.string().nullable().optional(),
    fatalitiesMin: z.number().nullable().optional(),
    fatalitiesMax: z.number().nullable().optional(),
    woundedMin: z.number().nullable().optional(),
    woundedMax: z.number().nullable().optional(),
    outlet: z.string().nullable().optional(),
    headline: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
  })
  .passthrough();
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;

export const edgeAttributesSchema = z
  .object({
    type: z.enum(REL_TYPES),
    sources: z.array(z.string()).default([]),
    outlets: z.number().int().nonnegative().optional(),
    evidence: z.array(z.string()).default([]),
    /** The article of each evidence sentence (parallel to `evidence`). */
    evidenceSources: z.array(z.string()).optional(),
    outletNames: z.array(z.string()).optional(),
    confidence: z.number().min(0).max(1).optional(),
    role: z.string().nullable().optional(),
    attribution: z.enum(ATTRIBUTIONS).nullable().optional(),
  })
  .passthrough();
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;

export const graphJsonSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z
    .object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() })
    .default({ type: "directed", multi: true, allowSelfLoops: false }),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: edgeAttributesSchema,
    }),
  ),
});
export type GraphJson = z.infer<typeof graphJsonSchema>;
