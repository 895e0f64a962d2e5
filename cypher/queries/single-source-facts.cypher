// title: Facts stated by only one outlet
// description: Affiliations, memberships, sponsorships and alliances that a single outlet reports: the ones to check.
// returns: one row per fact
MATCH (a)-[r:AFFILIATED_WITH|PART_OF|BACKED_BY|ALLIED_WITH]->(b)
WHERE r.outlets = 1
RETURN a.name AS from, type(r) AS relation, b.name AS to, r.role AS role, r.outletNames[0] AS outlet,
       r.confidence AS confidence, r.evidence AS evidence, a, r, b
ORDER BY confidence, from
