package org.linju.forces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roster as a paged, filtered list: the viewer's scope and every filter in one statement, so no filter or page
 * reaches past the scope; the total by the same conditions.
 */
@Repository
class ForceRoster {

    /** The sortable columns; the first is the default (grid, then kind, then name, as the roster always read). */
    static final List<String> COLUMNS = List.of("area", "name", "kind", "available");

    private static final String FILTERS = """
			where coalesce(m.grid_code, m.community_code) like any (cast(:patterns as text[]))
			  and (cast(:area as text) is null or coalesce(m.grid_code, m.community_code) like :area || '%')
			  and (cast(:kind as varchar) is null or m.kind = :kind)
			  and (cast(:name as text) is null or strpos(m.name, :name) > 0)
			  and (cast(:role as varchar) is null and cast(:duty as varchar) is null
			       or exists (select 1 from grid_duty d
			                  where (cast(:role as varchar) is null or d.role = :role)
			                    and (d.holder_id = m.id and cast(:duty as varchar) is distinct from 'B'
			                         or d.backup_id = m.id and cast(:duty as varchar) is distinct from 'A')))
			""";

    private static final String SELECT = """
			select m.*,
			       array(select d.role || case when d.holder_id = m.id then ':A' else ':B' end from grid_duty d
			             where d.holder_id = m.id or d.backup_id = m.id order by d.role) as duties
			from force_member m
			""";

    private final JdbcClient jdbc;
    private final ForceRegister register;

    ForceRoster(JdbcClient jdbc, ForceRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    List<RosterLine> page(String[] patterns, ForceFilter filter, ListRequest request) {
        return filtered(
                        SELECT + FILTERS + " order by " + order(request) + " limit :limit offset :offset",
                        patterns,
                        filter)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(this::line)
                .list();
    }

    long count(String[] patterns, ForceFilter filter) {
        return filtered("select count(*) from force_member m " + FILTERS, patterns, filter)
                .query(Long.class)
                .single();
    }

    /** Every line the filter matches, in the default order, one at a time (for an export). */
    void each(String[] patterns, ForceFilter filter, LineHandler handler) {
        RowCallbackHandler rows = rs -> handler.handle(line(rs, 0));
        filtered(
                        SELECT + FILTERS + " order by " + order(ListRequest.of(null, null, null, null, COLUMNS, false)),
                        patterns,
                        filter)
                .withFetchSize(1_000)
                .query(rows);
    }

    /** Takes the lines of an export one by one. */
    interface LineHandler {
        void handle(RosterLine line) throws SQLException;
    }

    private JdbcClient.StatementSpec filtered(String sql, String[] patterns, ForceFilter filter) {
        return jdbc.sql(sql)
                .param("patterns", patterns)
                .param("area", filter.area())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("name", filter.name())
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("duty", filter.duty() == null ? null : filter.duty().name());
    }

    private static String order(ListRequest request) {
        String direction = request.direction();
        String first = switch (request.sort()) {
            case "name" -> "m.name " + direction;
            case "kind" -> "m.kind " + direction;
            case "available" -> "m.available " + direction;
            default -> "m.grid_code " + direction + " nulls first, m.community_code " + direction;
        };
        return first + ", m.grid_code nulls first, m.kind, m.name, m.id";
    }

    private RosterLine line(ResultSet rs, int row) throws SQLException {
        List<RosterLine.DutyHeld> duties = Arrays.stream(
                        (String[]) rs.getArray("duties").getArray())
                .map(RosterLine.DutyHeld::parse)
                .toList();
        return new RosterLine(register.toMember(rs, row), duties);
    }
}
