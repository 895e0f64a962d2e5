// title: Where sources disagree
// description: Attacks whose reported death tolls differ, and attributions that differ (claimed by one, blamed by another).
// returns: one row per disagreement
MATCH (x:Attack) WHERE x.fatalitiesMin <> x.fatalitiesMax
RETURN 'death toll' AS disagreement, x.label AS subject,
       [i IN range(0, size(x.fatalityCounts) - 1) | toString(x.fatalityCounts[i]) + ' (' + x.fatalitySources[i] + ')'] AS reports,
       x.sources AS sources, x AS node, null AS r
UNION
MATCH (x:Attack)-[r:PERPETRATED_BY]->(p) WHERE size(r.attributions) > 1
RETURN 'attribution' AS disagreement, x.label + ' / ' + p.name AS subject, r.attributions AS reports,
       r.sources AS sources, x AS node, r
