package org.linju.grid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GridStore {

    private final JdbcClient jdbc;

    GridStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegionView> inCommunity(String communityCode, GridScope scope) {
        return jdbc.sql("""
				select code, name from grid
				where community_code = :community and code like any (cast(:patterns as text[]))
				order by code
				""")
                .param("community", communityCode)
                .param("patterns", scope.sqlPatterns())
                .query((rs, row) ->
                        new RegionView(rs.getString("code"), rs.getString("name"), RegionLevel.GRID, communityCode, 1))
                .list();
    }

    long countInScope(GridScope scope) {
        return jdbc.sql("select count(*) from grid where code like any (cast(:patterns as text[]))")
                .param("patterns", scope.sqlPatterns())
                .query(Long.class)
                .single();
    }

    Optional<GridViews.GridCard> card(String code) {
        return jdbc.sql("""
				select g.code, g.name, g.community_code, c.name as community_name, s.name as street_name, g.synthetic,
				       (select m.name from grid_member m where m.grid_code = g.code and m.duty = 'GRID_LEADER'
				        order by m.sort_order limit 1) as leader,
				       array(select m.name from grid_member m where m.grid_code = g.code and m.duty = 'GRID_WORKER'
				             order by m.sort_order) as workers,
				       (select o.name from party_organisation o join party_organisation_grid og
				             on og.organisation_id = o.id where og.grid_code = g.code) as party_organisation
				from grid g join region c on c.code = g.community_code join region s on s.code = c.parent_code
				where g.code = ?
				""").param(code).query(GridStore::toCard).optional();
    }

    List<GridViews.Member> members(List<String> gridCodes) {
        return jdbc.sql("""
				select grid_code, duty, name, title, party_secretary from grid_member
				where grid_code = any (cast(:codes as text[]))
				order by grid_code, case duty when 'GRID_LEADER' then 0 when 'GRID_WORKER' then 1
				                              when 'COMMITTEE_MEMBER' then 2 else 3 end, sort_order
				""")
                .param("codes", gridCodes.toArray(String[]::new))
                .query((rs, row) -> new GridViews.Member(
                        rs.getString("grid_code"),
                        Duty.valueOf(rs.getString("duty")),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getBoolean("party_secretary")))
                .list();
    }

    List<GridViews.Station> stations(String communityCode, Optional<String> gridCode) {
        return jdbc.sql("""
				select kind, name, grid_code, address from grid_station
				where community_code = :community and (cast(:grid as text) is null or grid_code = :grid or grid_code is null)
				order by kind, name
				""")
                .param("community", communityCode)
                .param("grid", gridCode.orElse(null))
                .query((rs, row) -> new GridViews.Station(
                        StationKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("grid_code"),
                        rs.getString("address")))
                .list();
    }

    boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from grid where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    List<String> codesInScope(GridScope scope) {
        return jdbc.sql("select code from grid where code like any (cast(? as text[]))")
                .param(scope.sqlPatterns())
                .query(String.class)
                .list();
    }

    List<String> gridCodesOfCommunity(String communityCode) {
        return jdbc.sql("select code from grid where community_code = ? order by code")
                .param(communityCode)
                .query(String.class)
                .list();
    }

    List<GridViews.PartyOrganisation> organisationsOfCommunity(String communityCode) {
        return jdbc.sql("""
				select o.name, o.formation,
				       array(select og.grid_code from party_organisation_grid og where og.organisation_id = o.id
				             order by og.grid_code) as grid_codes,
				       (select m.name from grid_member m join party_organisation_grid og on og.grid_code = m.grid_code
				        where og.organisation_id = o.id and m.party_secretary order by m.grid_code limit 1) as secretary
				from party_organisation o where o.community_code = ?
				order by (select min(og.grid_code) from party_organisation_grid og where og.organisation_id = o.id)
				""")
                .param(communityCode)
                .query((rs, row) -> new GridViews.PartyOrganisation(
                        rs.getString("name"),
                        Formation.valueOf(rs.getString("formation")),
                        Arrays.asList((String[]) rs.getArray("grid_codes").getArray()),
                        rs.getString("secretary")))
                .list();
    }

    private static GridViews.GridCard toCard(ResultSet rs, int row) throws SQLException {
        return new GridViews.GridCard(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("community_code"),
                rs.getString("community_name"),
                rs.getString("street_name"),
                rs.getString("leader"),
                Arrays.asList((String[]) rs.getArray("workers").getArray()),
                rs.getString("party_organisation"),
                rs.getBoolean("synthetic"));
    }
}
