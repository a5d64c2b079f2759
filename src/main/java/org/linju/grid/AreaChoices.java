package org.linju.grid;

import java.util.List;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The streets, communities and grids within a viewer's scope, in tree order, for a list's area filter. */
@Service
public class AreaChoices {

    /** One area to pick: its code, name and level (for indenting it under its parent). */
    public record Area(String code, String name, RegionLevel level) {}

    private final JdbcClient jdbc;

    AreaChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every street, community and grid of the scope (none for an empty scope), parents before their children. */
    public List<Area> within(GridScope scope) {
        return jdbc.sql("""
				select code, name from region
				where level in ('STREET', 'COMMUNITY') and code like any (cast(:patterns as text[]))
				union all
				select code, name from grid where code like any (cast(:patterns as text[]))
				order by code
				""")
                .param("patterns", scope.sqlPatterns())
                .query((rs, row) -> new Area(
                        rs.getString("code"),
                        rs.getString("name"),
                        RegionLevel.ofLength(rs.getString("code").length())))
                .list();
    }
}
