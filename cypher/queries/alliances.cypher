// title: Alliances between groups
// description: Pairs of organizations the articles call allies.
// returns: one row per alliance
MATCH (a:Organization)-[r:ALLIED_WITH]->(b:Organization)
RETURN a.name AS group, b.name AS ally, r.outlets AS outlets, r.sources AS sources, r.evidence AS evidence, a, r, b
ORDER BY group, ally
