package org.linju.grid;

import java.util.List;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every region and grid within a scope in tree order, for pickers (an admin choosing the area of an account). */
@Service
public class AreaList {

    /** One node of the tree: its code, name and level. */
    public record Area(String code, String name, RegionLevel level) {}

    private final JdbcClient jdbc;

    AreaList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nodes in scope, parents before their children (codes nest, so code order is tree order). */
    public List<Area> within(GridScope scope) {
        return jdbc.sql("""
				select code, name, level from region where code like any (cast(:patterns as text[]))
				union all
				select code, name, 'GRID' from grid where code like any (cast(:patterns as text[]))
				order by code
				""")
                .param("patterns", scope.sqlPatterns())
                .query((rs, row) -> new Area(
                        rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level"))))
                .list();
    }
}
