// title: Provenance of a fact
// description: The articles and sentences behind every fact or event linking two actors, one sentence per row.
// param: from string = "Qais al-Khazali" -- one end's name or alias (or an attack's label)
// param: to string = "Asaib Ahl al-Haq" -- the other end's name or alias
// returns: one row per evidence sentence
MATCH (a) WHERE toLower(coalesce(a.name, '')) = toLower($from) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($from))
MATCH (a)-[r]-(b) WHERE type(r) <> 'MENTIONS'
  AND (toLower(coalesce(b.name, '')) = toLower($to) OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($to)))
UNWIND range(0, size(r.evidence) - 1) AS i
MATCH (art:Article {id: r.evidenceSources[i]})
RETURN startNode(r).name AS from, type(r) AS relation, endNode(r).name AS to, art.outlet AS outlet,
       art.published AS published, art.headline AS headline, r.evidence[i] AS sentence, a, r, b, art
ORDER BY published, outlet
