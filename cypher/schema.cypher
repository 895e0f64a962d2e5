// Schema of the graph: one uniqueness constraint per node key, and the indexes the API searches with.
// Applied idempotently by neo4j/schema.ts at start, before any load. Labels are those of ontology/model.ts.

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attack_id IF NOT EXISTS FOR (n:Attack) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Full-text search over canonical names and every alias (transliterations, acronyms, noms de guerre).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|State|Place) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

CREATE RANGE INDEX attack_date IF NOT EXISTS FOR (n:Attack) ON (n.date);
CREATE RANGE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
