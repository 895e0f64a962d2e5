// title: Attacks against an actor
// description: Attacks that targeted the actor or killed its members, with who carried them out.
// param: name string = "Kataib Hezbollah" -- the targeted actor's name or alias
// returns: one row per attack
MATCH (a) WHERE (a:Person OR a:Organization OR a:State)
  AND (toLower(a.name) = toLower($name) OR any(x IN a.aliases WHERE toLower(x) = toLower($name)))
MATCH (x:Attack)
WHERE (x)-[:TARGETED]->(a) OR EXISTS { (x)-[:KILLED]->(:Person)-[:AFFILIATED_WITH]->(a) }
OPTIONAL MATCH (x)-[pr:PERPETRATED_BY]->(p)
OPTIONAL MATCH (x)-[:KILLED]->(k:Person)
RETURN a.name AS target, x.date AS date, x.label AS attack, collect(DISTINCT p.name) AS perpetrators,
       collect(DISTINCT pr.attribution) AS attributions, collect(DISTINCT k.name) AS killed, x.sources AS sources,
       x, a, collect(DISTINCT p) AS ps, collect(DISTINCT pr) AS prs
ORDER BY date
