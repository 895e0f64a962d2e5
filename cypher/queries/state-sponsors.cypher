// title: Who backs whom
// description: Sponsorship ties (Iran-backed, pro-Iran, affiliated with the IRGC), optionally for one sponsor only, best attested first.
// param: sponsor string = "" -- a sponsor's name or alias; empty for every sponsor
// param: limit integer(1..2000) = 200 -- how many ties
// returns: one row per backed group and sponsor
MATCH (g:Organization)-[r:BACKED_BY]->(s)
WHERE $sponsor = '' OR toLower(s.name) = toLower($sponsor) OR any(x IN s.aliases WHERE toLower(x) = toLower($sponsor))
RETURN s.name AS sponsor, labels(s)[0] AS sponsorType, g.name AS group, r.outlets AS outlets,
       r.confidence AS confidence, r.sources AS sources, r.evidence AS evidence, g, r, s
ORDER BY outlets DESC, sponsor, group
LIMIT $limit
