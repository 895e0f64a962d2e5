// title: Everything about an actor
// description: An actor's names, roles and groups, backers and allies, the attacks it took part in, and the articles that mention it.
// param: name string = "Kataib Hezbollah" -- the actor's name or any alias
// returns: one row per related fact or attack, with the evidence and sources
MATCH (a) WHERE (a:Person OR a:Organization OR a:State)
  AND (toLower(a.name) = toLower($name) OR any(x IN a.aliases WHERE toLower(x) = toLower($name)))
CALL (a) {
  MATCH (a)-[r:AFFILIATED_WITH|PART_OF|BACKED_BY|ALLIED_WITH]-(other)
  RETURN type(r) AS relation, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
         other, r.role AS role, r.sources AS sources, r.evidence AS evidence, r
  UNION
  MATCH (x:Attack)-[r:PERPETRATED_BY|TARGETED|KILLED]->(a)
  RETURN type(r) AS relation, 'in' AS direction, x AS other, r.attribution AS role, r.sources AS sources, r.evidence AS evidence, r
}
RETURN a.name AS actor, labels(a)[0] AS type, a.aliases AS aliases, relation, direction,
       other.name AS related, labels(other)[0] AS relatedType, other.date AS date, role, sources, evidence, a, r, other
ORDER BY relation, related
