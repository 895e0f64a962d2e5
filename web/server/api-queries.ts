/**
 * The Cypher behind the API's fixed endpoints (search, node details, neighbourhood). Parameters only;
 * labels and relationship types are the ontology's.
 */

/** A node by its id, through each label's uniqueness index. */
const FIND_BY_ID = `
CALL () {
  MATCH (n:Person {id: $id}) RETURN n
  UNION MATCH (n:Organization {id: $id}) RETURN n
  UNION MATCH (n:State {id: $id}) RETURN n
  UNION MATCH (n:Place {id: $id}) RETURN n
  UNION MATCH (n:Attack {id: $id}) RETURN n
  UNION MATCH (n:Article {id: $id}) RETURN n
}`;

export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node)[0] AS type, node.aliases AS aliases, node.mentions AS mentions, score
ORDER BY score DESC, mentions DESC
LIMIT $limit`;

export const NODE_DETAILS = `${FIND_BY_ID}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(o) WHERE type(r) <> 'MENTIONS'
  RETURN collect({
    type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
    other: {id: o.id, name: coalesce(o.name, o.label), type: labels(o)[0], date: o.date},
    role: r.role, attribution: r.attribution, attributions: r.attributions, confidence: r.confidence,
    outlets: r.outlets, sources: r.sources, evidence: r.evidence, evidenceSources: r.evidenceSources
  }) AS relations
}
CALL (n) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
  RETURN collect({id: a.id, outlet: a.outlet, headline: a.headline, published: a.published, count: m.count}) AS articles
}
RETURN n, labels(n)[0] AS type, [r IN relations WHERE r.type IS NOT NULL] AS relations, [a IN articles WHERE a.id IS NOT NULL] AS articles`;

export const ARTICLES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.outlet AS outlet, a.headline AS headline, a.published AS published, a.url AS url`;

export const NODE_EXISTS = `${FIND_BY_ID}
RETURN n.id AS id`;

/**
 * The paths around a node, one statement per depth: a path length cannot be a parameter, and filtering
 * longer paths afterwards would walk three steps out for a one-step question.
 */
const neighborhood = (depth: 1 | 2 | 3) => `${FIND_BY_ID}
MATCH p = (n)-[:AFFILIATED_WITH|PART_OF|BACKED_BY|ALLIED_WITH|PERPETRATED_BY|TARGETED|KILLED|OCCURRED_IN*1..${depth}]-(m)
RETURN p
LIMIT $limit`;

export const NEIGHBORHOOD = { 1: neighborhood(1), 2: neighborhood(2), 3: neighborhood(3) } as const;

export const ARTICLE_TEXT = `
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.outlet AS outlet, a.headline AS headline, a.published AS published, a.url AS url, a.text AS text`;

/** The first view: actors, attacks and places with the facts and events between them. */
export const OVERVIEW = `
MATCH (a)-[r:AFFILIATED_WITH|PART_OF|BACKED_BY|ALLIED_WITH|PERPETRATED_BY|TARGETED|KILLED|OCCURRED_IN]->(b)
RETURN a, r, b
LIMIT $limit`;
