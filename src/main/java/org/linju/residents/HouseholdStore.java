package org.linju.residents;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.linju.identity.GridScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The addresses residents are registered at: buildings of a grid and the households in them. */
@Repository
class HouseholdStore {

    private static final String UPSERT_BUILDINGS = """
			insert into building (id, grid_code, name)
			select gen_random_uuid(), g, n from unnest(cast(:grids as text[]), cast(:names as text[])) as t(g, n)
			on conflict (grid_code, name) do update set name = excluded.name
			returning id, grid_code, name
			""";

    private static final String UPSERT_HOUSEHOLDS = """
			insert into household (id, grid_code, building_id, unit, room)
			select gen_random_uuid(), g, b, u, r
			from unnest(cast(:grids as text[]), cast(:buildings as uuid[]), cast(:units as text[]), cast(:rooms as text[]))
			     as t(g, b, u, r)
			on conflict (building_id, unit, room) do update set unit = excluded.unit
			returning id, building_id, unit, room
			""";

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "grid|building" keys of every building in the scope. */
    Set<String> buildings(GridScope scope) {
        return new HashSet<>(jdbc.sql("""
				select grid_code || '|' || name from building where grid_code like any (cast(:patterns as text[]))
				""")
                .param("patterns", scope.sqlPatterns())
                .query(String.class)
                .list());
    }

    /**
     * The ids of these households ("grid|building|unit|room" keys), creating buildings and households that do not
     * exist yet: two statements for a whole chunk instead of two per household.
     */
    Map<String, UUID> households(Collection<String> keys) {
        if (keys.isEmpty()) {
            return new HashMap<>();
        }
        List<String[]> parts =
                keys.stream().distinct().map(key -> key.split("\\|", 4)).toList();
        List<String[]> buildingKeys = parts.stream()
                .map(p -> p[0] + "|" + p[1])
                .distinct()
                .map(key -> key.split("\\|", 2))
                .toList();
        return upsertHouseholds(parts, upsertBuildings(buildingKeys));
    }

    /** The "grid|building" key of each of these buildings (grid, name) by its id, creating those missing. */
    private Map<UUID, String> upsertBuildings(List<String[]> buildingKeys) {
        Map<UUID, String> buildingKeyOf = new HashMap<>();
        jdbc.sql(UPSERT_BUILDINGS)
                .param("grids", buildingKeys.stream().map(p -> p[0]).toArray(String[]::new))
                .param("names", buildingKeys.stream().map(p -> p[1]).toArray(String[]::new))
                .query(rs -> {
                    buildingKeyOf.put(rs.getObject(1, UUID.class), rs.getString(2) + "|" + rs.getString(3));
                });
        return buildingKeyOf;
    }

    /** The id of each of these households (grid, building, unit, room) by its key, creating those missing. */
    private Map<String, UUID> upsertHouseholds(List<String[]> parts, Map<UUID, String> buildingKeyOf) {
        Map<String, UUID> buildingIds = new HashMap<>();
        buildingKeyOf.forEach((id, key) -> buildingIds.put(key, id));
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql(UPSERT_HOUSEHOLDS)
                .param("grids", parts.stream().map(p -> p[0]).toArray(String[]::new))
                .param(
                        "buildings",
                        parts.stream()
                                .map(p -> buildingIds.get(p[0] + "|" + p[1]))
                                .toArray(UUID[]::new))
                .param("units", parts.stream().map(p -> p[2]).toArray(String[]::new))
                .param("rooms", parts.stream().map(p -> p[3]).toArray(String[]::new))
                .query(rs -> {
                    ids.put(
                            buildingKeyOf.get(rs.getObject(2, UUID.class)) + "|" + rs.getString(3) + "|"
                                    + rs.getString(4),
                            rs.getObject(1, UUID.class));
                });
        return ids;
    }
}
