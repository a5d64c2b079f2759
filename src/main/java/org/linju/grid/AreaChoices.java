package org.linju.grid;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The areas a viewer may pick: the communities and grids a list may be narrowed to, or the whole tree for an account's
 * area, always within the viewer's scope and in tree order, so a picker offers only what the viewer may see.
 */
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
        return areas(scope, false);
    }

    /** Every region and grid within {@code scope}, the district too, parents before their children. */
    public List<Area> tree(GridScope scope) {
        return areas(scope, true);
    }

    /** Codes nest, so code order is tree order. */
    private List<Area> areas(GridScope scope, boolean everyLevel) {
        return jdbc.sql("""
				select code, name, level from region
				where (:everyLevel or level in ('STREET', 'COMMUNITY')) and code like any (cast(:patterns as text[]))
				union all
				select code, name, 'GRID' from grid where code like any (cast(:patterns as text[]))
				order by code
				""")
                .param("everyLevel", everyLevel)
                .param("patterns", scope.sqlPatterns())
                .query((rs, row) -> new Area(
                        rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level"))))
                .list();
    }

    /**
     * The area a list was asked to show, checked against the viewer's scope: null for none (the whole scope), the
     * code otherwise (a list then matches it within the scope as well); a malformed code is refused as a bad request, one outside the scope as outside the viewer's area.
     */
    public static @Nullable String narrowing(GridScope scope, @Nullable String area) {
        if (area == null || area.isBlank()) {
            return null;
        }
        RegionCode code = RegionCode.of(area.strip());
        if (!scope.covers(code)) {
            throw new OutOfScope("area " + code);
        }
        return code.value();
    }
}
