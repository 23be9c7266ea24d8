// The selection keys of treatyGaps that name nothing in the graph, as the columns unknownStates,
// unknownBloc, unknownRegion and unknownSubregions of a RETURN, so that they are NOT_FOUND rather
// than an empty answer (TreatyGapsQueries).
// parameters: states, bloc, region, subregions
[code IN coalesce({states}, []) WHERE NOT EXISTS { MATCH (:State {iso2: code}) }] AS unknownStates,
{bloc} IS NOT NULL AND NOT EXISTS { MATCH (:Bloc {code: {bloc}}) } AS unknownBloc,
{region} IS NOT NULL AND NOT EXISTS { MATCH (s:State) WHERE s.region = {region} } AS unknownRegion,
[name IN coalesce({subregions}, []) WHERE NOT EXISTS { MATCH (s:State) WHERE s.subregion = name }] AS unknownSubregions
