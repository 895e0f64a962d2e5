/**
 * Turns an extraction into the graph exchange format (graphology JSON, ontology/graph.ts): the one
 * shape that the dry run writes, the Neo4j writer reads, and the scorer and UI understand.
 */
import type { GraphJson } from "../../ontology/graph.ts";
import type { EventRelType } from "../../ontology/model.ts";
import type { Extraction } from "../pipeline.ts";
import type { Participant } from "../events/types.ts";

type GraphNode = GraphJson["nodes"][number];
type GraphEdge = GraphJson["edges"][number];

export const articleKey = (id: string) => `article:${id}`;

/** Independent outlets among the articles: a fact two outlets state is stronger than one stated twice. */
function outletNames(sources: string[], outletOf: Map<string, string>): string[] {
  return [...new Set(sources.map((s) => outletOf.get(s) ?? s))].sort();
}

const outletCount = (sources: string[], outletOf: Map<string, string>) => outletNames(sources, outletOf).length;

export function buildGraph(x: Extraction): GraphJson {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const outletOf = new Map(x.articles.map((a) => [a.id, a.outlet ?? a.id]));

  for (const a of x.articles) {
    nodes.push({
      key: articleKey(a.id),
      attributes: {
        type: "Article",
        label: a.headline ?? a.id,
        aliases: [],
        sources: [a.id],
        id: a.id,
        outlet: a.outlet,
        headline: a.headline,
        published: a.published,
        url: a.url,
        file: a.file,
        text: a.text,
      },
    });
  }
  for (const e of x.entities) {
    nodes.push({
      key: e.id,
      attributes: {
        type: e.label,
        label: e.name,
        name: e.name,
        aliases: e.aliases,
        mentions: e.mentions,
        sources: e.sources,
        id: e.id,
        ...(e.actorType ? { actorType: e.actorType } : {}),
      },
    });
    for (const s of e.sources) {
      edges.push({
        key: `MENTIONS:${s}->${e.id}`,
        source: articleKey(s),
        target: e.id,
        attributes: { type: "MENTIONS", sources: [s], evidence: [], count: e.mentionsBySource[s] ?? 1 },
      });
    }
  }
  for (const f of x.facts) {
    edges.push({
      key: `${f.type}:${f.from}->${f.to}`,
      source: f.from,
      target: f.to,
      ...(f.type === "ALLIED_WITH" ? { undirected: true } : {}),
      attributes: {
        type: f.type,
        sources: f.sources,
        outlets: outletCount(f.sources, outletOf),
        outletNames: outletNames(f.sources, outletOf),
        evidence: f.evidence,
        evidenceSources: f.evidenceSources,
        confidence: Math.min(1, f.confidence + 0.05 * (outletCount(f.sources, outletOf) - 1)),
        role: f.roles.length ? f.roles.join("; ") : null,
      },
    });
  }
  for (const at of x.attacks) {
    nodes.push({
      key: at.id,
      attributes: {
        type: "Attack",
        label: at.label,
        aliases: [],
        sources: at.sources,
        id: at.id,
        date: at.date,
        datePrecision: at.datePrecision,
        dateText: at.dateText,
        eventType: at.eventType,
        weapon: at.weapon,
        fatalitiesMin: at.fatalitiesMin,
        fatalitiesMax: at.fatalitiesMax,
        fatalityCounts: at.fatalityReports.map((r) => r.count),
        fatalitySources: at.fatalityReports.map((r) => r.source),
        woundedMin: at.woundedMin,
        woundedMax: at.woundedMax,
        woundedCounts: at.woundedReports.map((r) => r.count),
        woundedSources: at.woundedReports.map((r) => r.source),
        evidence: at.evidence,
        evidenceSources: at.evidenceSources,
      },
    });
    const rel = (type: EventRelType, ps: Participant[]) => {
      for (const p of ps) {
        edges.push({
          key: `${type}:${at.id}->${p.entity}`,
          source: at.id,
          target: p.entity,
          attributes: {
            type,
            sources: p.sources,
            outlets: outletCount(p.sources, outletOf),
            outletNames: outletNames(p.sources, outletOf),
            evidence: p.evidence,
            evidenceSources: p.evidenceSources,
            confidence:
              p.attribution === "alleged"
                ? 0.5
                : p.attribution === "blamed"
                  ? 0.6
                  : p.attribution === "claimed"
                    ? 0.7
                    : 0.8,
            ...(p.attribution ? { attribution: p.attribution } : {}),
          },
        });
      }
    };
    rel("PERPETRATED_BY", at.perpetrators);
    rel("TARGETED", at.targets);
    rel("KILLED", at.killed);
    rel("OCCURRED_IN", at.places);
    for (const s of at.sources) {
      edges.push({
        key: `MENTIONS:${s}->${at.id}`,
        source: articleKey(s),
        target: at.id,
        attributes: { type: "MENTIONS", sources: [s], evidence: [], count: 1 },
      });
    }
  }
  return {
    attributes: { name: "militia-graph" },
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
