package org.linju.grid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionStore {

    private static final String VIEW = """
			select r.code, r.name, r.level, coalesce(r.parent_code, '') as parent_code,
			       (select count(*) from grid g where g.code like r.code || '%'
			                                      and g.code like any (cast(:patterns as text[]))) as grid_count
			from region r
			""";

    private final JdbcClient jdbc;

    private final BoardChanges boards;

    RegionStore(JdbcClient jdbc, BoardChanges boards) {
        this.jdbc = jdbc;
        this.boards = boards;
    }

    List<String> communityCodes() {
        return jdbc.sql("select code from region where level = 'COMMUNITY'")
                .query(String.class)
                .list();
    }

    List<String> communityCodesInScope(GridScope scope) {
        return jdbc.sql("select code from region where level = 'COMMUNITY' and code like any (cast(? as text[]))")
                .param(scope.sqlPatterns())
                .query(String.class)
                .list();
    }

    void upsert(String code, String name, String officialName, RegionLevel level, String parentCode) {
        boards.changed();
        jdbc.sql("""
				insert into region (code, name, official_name, level, parent_code, district_code)
				values (?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, official_name = excluded.official_name
				""")
                .params(code, name, officialName, level.name(), parentCode, code.substring(0, 6))
                .update();
    }

    Optional<RegionView> find(String code, GridScope scope) {
        return jdbc.sql(VIEW + " where r.code = :code")
                .param("code", code)
                .param("patterns", scope.sqlPatterns())
                .query(RegionStore::toView)
                .optional();
    }

    /** Children of a node that are in scope or lead down to it. */
    List<RegionView> children(String parentCode, GridScope scope) {
        return jdbc.sql(VIEW + """
				 where r.parent_code = :parent
				   and (r.code like any (cast(:patterns as text[])) or r.code = any (cast(:ancestors as text[])))
				 order by r.code
				""")
                .param("parent", parentCode)
                .param("patterns", scope.sqlPatterns())
                .param("ancestors", scope.ancestorCodes())
                .query(RegionStore::toView)
                .list();
    }

    Optional<String> firstDistrictCode() {
        return jdbc.sql("select code from region where level = 'DISTRICT' order by code limit 1")
                .query(String.class)
                .optional();
    }

    List<RegionView> districts(GridScope scope) {
        return jdbc.sql(VIEW + """
				 where r.level = 'DISTRICT'
				   and (r.code like any (cast(:patterns as text[])) or r.code = any (cast(:ancestors as text[])))
				 order by r.code
				""")
                .param("patterns", scope.sqlPatterns())
                .param("ancestors", scope.ancestorCodes())
                .query(RegionStore::toView)
                .list();
    }

    long countInScope(RegionLevel level, GridScope scope) {
        return jdbc.sql(
                        "select count(*) from region where level = :level and code like any (cast(:patterns as text[]))")
                .param("level", level.name())
                .param("patterns", scope.sqlPatterns())
                .query(Long.class)
                .single();
    }

    private static RegionView toView(ResultSet rs, int row) throws SQLException {
        return new RegionView(
                rs.getString("code"),
                rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"),
                rs.getLong("grid_count"));
    }
}
