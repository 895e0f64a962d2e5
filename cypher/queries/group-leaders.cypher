// title: Leaders, commanders and spokespeople of a group
// description: People affiliated with an organization or state, with the roles the articles give them.
// param: name string = "Asaib Ahl al-Haq" -- the group's name or alias
// returns: one row per person
MATCH (g) WHERE (g:Organization OR g:State)
  AND (toLower(g.name) = toLower($name) OR any(x IN g.aliases WHERE toLower(x) = toLower($name)))
MATCH (p:Person)-[r:AFFILIATED_WITH]->(g)
RETURN g.name AS group, p.name AS person, r.role AS role, p.aliases AS aliases, r.outlets AS outlets,
       r.sources AS sources, r.evidence AS evidence, p, r, g
ORDER BY person
