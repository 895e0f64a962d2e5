// title: Shortest path between two actors
// description: The fewest facts and events that link two actors (affiliations, membership, backing, alliances, attacks).
// param: from string = "Qais al-Khazali" -- one actor's name or alias
// param: to string = "Iran" -- the other actor's name or alias
// returns: one row per path (all shortest ones, at most 10)
MATCH (a) WHERE (a:Person OR a:Organization OR a:State)
  AND (toLower(a.name) = toLower($from) OR any(x IN a.aliases WHERE toLower(x) = toLower($from)))
MATCH (b) WHERE (b:Person OR b:Organization OR b:State) AND b <> a
  AND (toLower(b.name) = toLower($to) OR any(x IN b.aliases WHERE toLower(x) = toLower($to)))
MATCH p = allShortestPaths((a)-[:AFFILIATED_WITH|PART_OF|BACKED_BY|ALLIED_WITH|PERPETRATED_BY|TARGETED|KILLED*..8]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.label)] AS chain, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops, p
LIMIT 10
