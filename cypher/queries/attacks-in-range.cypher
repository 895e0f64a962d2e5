// title: Attacks in a date range
// description: Attacks dated between two days, with perpetrators (and how they were attributed), targets, places, the people killed and the reported dead and wounded.
// param: from date = "2024-01-01" -- first day (YYYY-MM-DD)
// param: to date = "2024-12-31" -- last day (YYYY-MM-DD)
// returns: one row per attack
MATCH (x:Attack) WHERE x.date >= $from AND x.date <= $to
OPTIONAL MATCH (x)-[pr:PERPETRATED_BY]->(p)
WITH x, collect(DISTINCT {name: p.name, attribution: pr.attribution}) AS perpetrators, collect(p) AS ps, collect(pr) AS prs
OPTIONAL MATCH (x)-[tr:TARGETED]->(t)
WITH x, perpetrators, ps, prs, collect(DISTINCT t.name) AS targets, collect(t) AS ts, collect(tr) AS trs
OPTIONAL MATCH (x)-[lr:OCCURRED_IN]->(l:Place)
WITH x, perpetrators, ps, prs, targets, ts, trs, collect(DISTINCT l.name) AS places, collect(l) AS ls, collect(lr) AS lrs
OPTIONAL MATCH (x)-[kr:KILLED]->(k:Person)
RETURN x.date AS date, x.datePrecision AS precision, x.label AS attack, x.eventType AS eventType, x.weapon AS weapon,
       [q IN perpetrators WHERE q.name IS NOT NULL] AS perpetrators, targets, places, collect(DISTINCT k.name) AS killed,
       x.fatalitiesMin AS fatalitiesMin, x.fatalitiesMax AS fatalitiesMax,
       x.woundedMin AS woundedMin, x.woundedMax AS woundedMax, x.sources AS sources,
       x, ps, prs, ts, trs, ls, lrs, collect(k) AS ks, collect(kr) AS krs
ORDER BY date, attack
