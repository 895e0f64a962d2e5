// title: Members and factions of a coalition
// description: Every group that is part of the coalition, directly or through its factions, with the chain that links it.
// param: name string = "Islamic Resistance in Iraq" -- the coalition's name or alias
// param: depth integer(1..5) = 3 -- how many levels of PART_OF to follow
// returns: one row per member with its level and path
MATCH (c:Organization) WHERE toLower(c.name) = toLower($name) OR any(x IN c.aliases WHERE toLower(x) = toLower($name))
MATCH p = (m:Organization)-[:PART_OF*1..5]->(c)
WHERE length(p) <= $depth
WITH c, m, min(length(p)) AS level, collect(p)[0] AS p
RETURN c.name AS coalition, m.name AS member, level, m.actorType AS actorType,
       [n IN nodes(p) | n.name] AS chain, reduce(s = [], r IN relationships(p) | s + r.sources) AS sources, p
ORDER BY level, member
