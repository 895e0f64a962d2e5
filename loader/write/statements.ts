/**
 * The loader's Cypher. Labels and relationship types are spliced in only from the ontology's
 * whitelists (ontology/model.ts); every value is a parameter. Each statement takes `$rows` and is
 * idempotent: writing the same rows twice leaves the graph as it was, and rows from a new article
 * add their sources and evidence to what is there.
 */
import { ENTITY_LABELS, REL_ENDPOINTS, type EntityLabel, type NodeLabel, type RelType } from "../../ontology/model.ts";

const RANK = "{stated: 0, claimed: 1, blamed: 2, alleged: 3}";

/**
 * Appends to a list property the values of `list` it does not hold yet. `list` must hold no duplicates
 * (graph-writer.ts makes sure). The property is read once (a one-element comprehension binds it): read
 * per element, or copied per element by a reduce, it made merging into an actor named in thousands of
 * articles take milliseconds per row.
 */
const unionInto = (target: string, list: string) =>
  `[had IN [coalesce(${target}, [])] | had + [item IN ${list} WHERE NOT item IN had]][0]`;

/**
 * Indexes of the row's (value, source) pairs that `target` does not hold yet. A row whose sources are
 * all new to the target (a new article: the common case) needs no pairwise comparison.
 */
const freshPairs = (target: { values: string; sources: string }, row: { values: string; sources: string }) => `
     [had IN [{values: coalesce(${target.values}, []), sources: coalesce(${target.sources}, [])}] |
       CASE WHEN none(s IN ${row.sources} WHERE s IN had.sources) THEN range(0, size(${row.values}) - 1)
       ELSE [i IN range(0, size(${row.values}) - 1) WHERE NOT any(j IN range(0, size(had.values) - 1)
          WHERE had.values[j] = ${row.values}[i] AND had.sources[j] = ${row.sources}[i])] END][0]`;

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
ON MATCH SET n.aliases = [x IN ${unionInto("n.aliases", "row.names")} WHERE x <> n.name],
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
// A date the text states (it has a dateText) beats one assumed from the publication date, then the
// more precise wins; an assumed date only fills a gap.
WITH x, row, row.date IS NOT NULL AND (x.date IS NULL OR (row.dateText IS NOT NULL
        AND (x.dateText IS NULL OR rank[row.datePrecision] < rank[x.datePrecision]))) AS better
// The label names the date, so it follows a better one ("…, 2024-02" becomes "…, 2024-02-07").
SET x.label = CASE WHEN better THEN row.label ELSE x.label END,
    x.name = CASE WHEN better THEN row.label ELSE x.name END,
    x.date = CASE WHEN better THEN row.date ELSE x.date END,
    x.dateText = CASE WHEN better THEN row.dateText ELSE x.dateText END,
    x.datePrecision = CASE WHEN better THEN row.datePrecision ELSE x.datePrecision END,
    x.weapon = coalesce(x.weapon, row.weapon),
    x.eventType = CASE WHEN x.eventType = 'Attack' THEN row.eventType ELSE x.eventType END,
    x.sources = ${unionInto("x.sources", "row.sources")}
WITH x, row,${freshPairs({ values: "x.evidence", sources: "x.evidenceSources" }, { values: "row.evidence", sources: "row.evidenceSources" })} AS freshEvidence,${freshPairs({ values: "x.fatalityCounts", sources: "x.fatalitySources" }, { values: "row.fatalityCounts", sources: "row.fatalitySources" })} AS freshTolls,${freshPairs({ values: "x.woundedCounts", sources: "x.woundedSources" }, { values: "row.woundedCounts", sources: "row.woundedSources" })} AS freshWounded
SET x.evidence = coalesce(x.evidence, []) + [i IN freshEvidence | row.evidence[i]],
    x.evidenceSources = coalesce(x.evidenceSources, []) + [i IN freshEvidence | row.evidenceSources[i]],
    x.fatalityCounts = coalesce(x.fatalityCounts, []) + [i IN freshTolls | row.fatalityCounts[i]],
    x.fatalitySources = coalesce(x.fatalitySources, []) + [i IN freshTolls | row.fatalitySources[i]],
    x.woundedCounts = coalesce(x.woundedCounts, []) + [i IN freshWounded | row.woundedCounts[i]],
    x.woundedSources = coalesce(x.woundedSources, []) + [i IN freshWounded | row.woundedSources[i]]`;

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
WITH a, b, row.props AS row
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r = row
ON MATCH SET r.sources = ${unionInto("r.sources", "row.sources")},
    r.roles = ${unionInto("r.roles", "row.roles")},
    r.role = CASE WHEN size(r.roles) = 0 THEN null ELSE reduce(s = head(r.roles), x IN tail(r.roles) | s + '; ' + x) END,
    r.attributions = ${unionInto("r.attributions", "row.attributions")},
    r.attribution = CASE WHEN size(r.attributions) = 0 THEN null
        ELSE reduce(best = head(r.attributions), x IN tail(r.attributions) | CASE WHEN ${RANK}[x] < ${RANK}[best] THEN x ELSE best END) END,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.outletNames = ${unionInto("r.outletNames", "row.outletNames")},
    r.outlets = size(r.outletNames)
// A relationship just created holds the row's evidence already: skip it before the pairwise comparison.
WITH r, row WHERE r.evidence <> row.evidence OR r.evidenceSources <> row.evidenceSources
WITH r, row,${freshPairs({ values: "r.evidence", sources: "r.evidenceSources" }, { values: "row.evidence", sources: "row.evidenceSources" })} AS fresh
WHERE size(fresh) > 0
SET r.evidence = r.evidence + [i IN fresh | row.evidence[i]],
    r.evidenceSources = r.evidenceSources + [i IN fresh | row.evidenceSources[i]]`;
}

/** Death tolls derived from the figures and the named dead the graph now holds; the range of the wounded. */
export const REFRESH_ATTACK_TOLLS = `
UNWIND $ids AS id
MATCH (x:Attack {id: id})
OPTIONAL MATCH (x)-[:KILLED]->(p:Person)
WITH x, count(p) AS named
WITH x, named, x.fatalityCounts AS counts, coalesce(x.woundedCounts, []) AS wounded
SET x.woundedMin = CASE WHEN size(wounded) = 0 THEN null
                   ELSE reduce(m = head(wounded), c IN wounded | CASE WHEN c < m THEN c ELSE m END) END,
    x.woundedMax = CASE WHEN size(wounded) = 0 THEN null
                   ELSE reduce(m = head(wounded), c IN wounded | CASE WHEN c > m THEN c ELSE m END) END,
    x.fatalitiesMin = CASE WHEN size(counts) = 0 THEN CASE WHEN named > 0 THEN named END
                      ELSE reduce(m = head(counts), c IN counts | CASE WHEN c < m THEN c ELSE m END) END,
    x.fatalitiesMax = CASE WHEN size(counts) = 0 THEN CASE WHEN named > 0 THEN named END
                      ELSE reduce(m = named, c IN counts | CASE WHEN c > m THEN c ELSE m END) END`;

export const READ_KNOWN_ENTITIES = `
MATCH (n) WHERE n:Person OR n:Organization OR n:State OR n:Place
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases`;

export const READ_KNOWN_ATTACKS = `
MATCH (x:Attack)
RETURN x.id AS id, x.date AS date, x.datePrecision AS precision, x.dateText AS dateText,
       [(x)-[:KILLED]->(p) | p.id] AS killed,
       [(x)-[:OCCURRED_IN]->(l) | l.id] AS places,
       [(x)-[:PERPETRATED_BY]->(a) | a.id] AS perpetrators,
       [(x)-[:TARGETED]->(t) | t.id] AS targets`;

function checkLabel(label: NodeLabel): NodeLabel {
  if (!(["Person", "Organization", "State", "Place", "Attack", "Article"] as const).includes(label))
    throw new Error(`unknown label ${label}`);
  return label;
}
