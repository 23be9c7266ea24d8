// The search's full-text indexes, as GraphModel.FULL_TEXT_INDEXES declares them; accents folded so
// that "Bresil" finds "Brésil". Officer names are restricted, so they have an index of their own.
CREATE FULLTEXT INDEX search_public IF NOT EXISTS FOR (n:State|Port|Treaty|Agency|Source) ON EACH [n.name, n.nameNl, n.nameFr, n.title, n.publisher, n.iso2, n.iso3, n.locode, n.id, n.code] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX search_restricted IF NOT EXISTS FOR (n:LiaisonOfficer) ON EACH [n.name, n.id] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
