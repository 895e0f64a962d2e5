// title: Actors that appear in many articles
// description: Actors ranked by the number of articles that mention them, then by mentions.
// param: limit integer(1..500) = 20 -- how many actors
// returns: one row per actor
MATCH (a) WHERE a:Person OR a:Organization OR a:State
WITH a, COUNT { (:Article)-[:MENTIONS]->(a) } AS articles
WHERE articles > 0
RETURN a.name AS actor, labels(a)[0] AS type, articles, a.mentions AS mentions, a
ORDER BY articles DESC, mentions DESC, actor
LIMIT $limit
