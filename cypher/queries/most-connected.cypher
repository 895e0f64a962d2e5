// title: Most connected actors
// description: Actors ranked by how many facts and events link them to others (article mentions not counted).
// param: limit integer(1..500) = 20 -- how many actors
// returns: one row per actor
MATCH (a) WHERE a:Person OR a:Organization OR a:State
WITH a, COUNT { (a)-[:AFFILIATED_WITH|PART_OF|BACKED_BY|ALLIED_WITH|PERPETRATED_BY|TARGETED|KILLED]-() } AS degree
WHERE degree > 0
RETURN a.name AS actor, labels(a)[0] AS type, degree, size(a.sources) AS articles, a
ORDER BY degree DESC, actor
LIMIT $limit
