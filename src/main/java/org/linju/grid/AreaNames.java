package org.linju.grid;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The names of grids and regions (district, street, community) by code, for lists other modules key by code. */
@Service
public class AreaNames {

    private final JdbcClient jdbc;

    AreaNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of each code that is a grid or a region; codes that are neither are left out. */
    public Map<String, String> of(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
				select code, name from grid where code = any (cast(:codes as text[]))
				union all
				select code, name from region where code = any (cast(:codes as text[]))
				""")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (grid, region) -> grid));
    }
}
