/**
 * The loader's Cypher. Labels and relationship types are spliced in only from the ontology's
 * whitelists (ontology/model.ts); every value is a parameter. Each statement takes `$rows` and is
 * idempotent: writing the same rows twice leaves the graph as it was, and rows from a new article
 * add their sources and evidence to what is there.
 */
import { ENTITY_LABELS, REL_ENDPOINTS, type EntityLabel, type NodeLabel, type RelType } from "../../ontology/model.ts";

const RANK = "{stated: 0, claimed: 1, blamed: 2, alleged: 3}";

/** Appends to a list property the values of `$list` it does not hold yet. */
const unionInto = (target: string, list: string) =>
  `reduce(acc = coalesce(${target}, []), x IN ${list} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.outlet = row.outlet, a.headline = row.headline, a.name = coalesce(row.headline, row.id),
    a.published = row.published, a.url = row.url, a.file = row.file, a.text = row.text`;

export function mergeEntities(label: EntityLabel): string {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.sources = row.sources, n.actorType = row.actorType
ON MATCH SET n.aliases = [x IN ${unionInto("n.aliases", "row.aliases + [row.name]")} WHERE x <> n.name],
    n.sources = ${unionInto("n.sources", "row.sources")},
    n.actorType = coalesce(n.actorType, row.actorType)`;
}

export function mergeMentions(label: NodeLabel): string {
  return `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (n:${checkLabel(label)} {id: row.target})
MERGE (a)-[m:MENTIONS]->(n)
WITH n, m, row, coalesce(m.count, 0) AS before
SET m.count = row.count, n.mentions = coalesce(n.mentions, 0) + row.count - before`;
}

export const MERGE_ATTACKS = `
UNWIND $rows AS row
MERGE (x:Attack {id: row.id})
ON CREATE SET x.name = row.label, x.label = row.label, x.eventType = row.eventType
WITH x, row, {day: 0, month: 1, year: 2} AS rank
SET x.date = CASE WHEN x.date IS NULL OR rank[row.datePrecision] < rank[x.datePrecision] THEN row.date ELSE x.date END,
    x.dateText = CASE WHEN x.date IS NULL OR rank[row.datePrecision] < rank[x.datePrecision] THEN row.dateText ELSE x.dateText END,
    x.datePrecision = CASE WHEN x.datePrecision IS NULL OR rank[row.datePrecision] < rank[x.datePrecision] THEN row.datePrecision ELSE x.datePrecision END,
    x.weapon = coalesce(x.weapon, row.weapon),
    x.eventType = CASE WHEN x.eventType = 'Attack' THEN row.eventType ELSE x.eventType END,
    x.sources = ${unionInto("x.sources", "row.sources")}
WITH x, row,
     [i IN range(0, size(row.evidence) - 1) WHERE NOT any(j IN range(0, size(coalesce(x.evidence, [])) - 1)
        WHERE x.evidence[j] = row.evidence[i] AND x.evidenceSources[j] = row.evidenceSources[i])] AS freshEvidence,
     [i IN range(0, size(row.fatalityCounts) - 1) WHERE NOT any(j IN range(0, size(coalesce(x.fatalityCounts, [])) - 1)
        WHERE x.fatalityCounts[j] = row.fatalityCounts[i] AND x.fatalitySources[j] = row.fatalitySources[i])] AS freshTolls
SET x.evidence = coalesce(x.evidence, []) + [i IN freshEvidence | row.evidence[i]],
    x.evidenceSources = coalesce(x.evidenceSources, []) + [i IN freshEvidence | row.evidenceSources[i]],
    x.fatalityCounts = coalesce(x.fatalityCounts, []) + [i IN freshTolls | row.fatalityCounts[i]],
    x.fatalitySources = coalesce(x.fatalitySources, []) + [i IN freshTolls | row.fatalitySources[i]]`;

/**
 * Fact and event relationships: sources, evidence, roles and attributions accumulate; confidence keeps
 * its best. A new relationship takes the row as it is (the common case of a first load, kept cheap);
 * an existing one merges it in. SET items apply in order, so later ones see the merged lists.
 */
export function mergeRelationships(type: RelType, from: NodeLabel, to: NodeLabel): string {
  const ends = REL_ENDPOINTS[type];
  if (!ends || !ends.from.includes(from) || !ends.to.includes(to))
    throw new Error(`(${from})-[:${type}]->(${to}) is not in the ontology`);
  return `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.sources = row.sources, r.evidence = row.evidence, r.evidenceSources = row.evidenceSources,
    r.roles = row.roles, r.role = row.role, r.attributions = row.attributions, r.attribution = row.attribution,
    r.confidence = row.confidence, r.outletNames = row.outletNames, r.outlets = size(row.outletNames)
ON MATCH SET r.sources = ${unionInto("r.sources", "row.sources")},
    r.roles = ${unionInto("r.roles", "row.roles")},
    r.role = CASE WHEN size(r.roles) = 0 THEN null ELSE reduce(s = head(r.roles), x IN tail(r.roles) | s + '; ' + x) END,
    r.attributions = ${unionInto("r.attributions", "row.attributions")},
    r.attribution = CASE WHEN size(r.attributions) = 0 THEN null
        ELSE reduce(best = head(r.attributions), x IN tail(r.attributions) | CASE WHEN ${RANK}[x] < ${RANK}[best] THEN x ELSE best END) END,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.outletNames = ${unionInto("r.outletNames", "row.outletNames")},
    r.outlets = size(r.outletNames)
WITH r, row, [i IN range(0, size(row.evidence) - 1) WHERE NOT any(j IN range(0, size(r.evidence) - 1)
        WHERE r.evidence[j] = row.evidence[i] AND r.evidenceSources[j] = row.evidenceSources[i])] AS fresh
SET r.evidence = r.evidence + [i IN fresh | row.evidence[i]],
    r.evidenceSources = r.evidenceSources + [i IN fresh | row.evidenceSources[i]]`;
}

/** Death tolls derived from the figures and the named dead the graph now holds. */
export const REFRESH_ATTACK_TOLLS = `
UNWIND $ids AS id
MATCH (x:Attack {id: id})
OPTIONAL MATCH (x)-[:KILLED]->(p:Person)
WITH x, count(p) AS named
WITH x, named, x.fatalityCounts AS counts
SET x.fatalitiesMin = CASE WHEN size(counts) = 0 THEN CASE WHEN named > 0 THEN named END
                      ELSE reduce(m = head(counts), c IN counts | CASE WHEN c < m THEN c ELSE m END) END,
    x.fatalitiesMax = CASE WHEN size(counts) = 0 THEN CASE WHEN named > 0 THEN named END
                      ELSE reduce(m = named, c IN counts | CASE WHEN c > m THEN c ELSE m END) END`;

export const READ_KNOWN_ENTITIES = `
MATCH (n) WHERE n:Person OR n:Organization OR n:State OR n:Place
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases`;

export const READ_KNOWN_ATTACKS = `
MATCH (x:Attack)
RETURN x.id AS id, x.date AS date, x.datePrecision AS precision,
       [(x)-[:KILLED]->(p) | p.id] AS killed,
       [(x)-[:OCCURRED_IN]->(l) | l.id] AS places,
       [(x)-[:PERPETRATED_BY]->(a) | a.id] AS perpetrators,
       [(x)-[:TARGETED]->(t) | t.id] AS targets`;

function checkLabel(label: NodeLabel): NodeLabel {
  if (!(["Person", "Organization", "State", "Place", "Attack", "Article"] as const).includes(label))
    throw new Error(`unknown label ${label}`);
  return label;
}
