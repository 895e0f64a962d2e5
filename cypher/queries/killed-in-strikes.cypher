// title: People killed in strikes and their groups
// description: Every person an attack killed, the groups they belonged to, and who carried out the attack.
// returns: one row per person killed
MATCH (x:Attack)-[kr:KILLED]->(k:Person)
OPTIONAL MATCH (k)-[ar:AFFILIATED_WITH]->(g)
OPTIONAL MATCH (x)-[:PERPETRATED_BY]->(p)
RETURN k.name AS killed, collect(DISTINCT g.name) AS groups, collect(DISTINCT ar.role) AS roles, x.date AS date,
       x.label AS attack, collect(DISTINCT p.name) AS perpetrators, kr.sources AS sources,
       x, kr, k, collect(DISTINCT ar) AS ars, collect(DISTINCT g) AS gs
ORDER BY date, killed
