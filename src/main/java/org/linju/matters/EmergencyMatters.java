package org.linju.matters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.linju.emergency.AreaMatters;
import org.linju.identity.GridScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The matters reported in an emergency's area since it was declared, for the command board (newest first, 100). */
@Component
class EmergencyMatters implements AreaMatters {

    private final JdbcClient jdbc;

    EmergencyMatters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> reportedIn(List<String> areaCodes, Instant since, GridScope scope) {
        return jdbc.sql("""
				select m.id, m.tracking_code, c.name, m.grid_code, m.stage, m.colour, m.reported_at, m.resolve_due
				from matter m join matter_category c on c.code = m.category_code
				where m.reported_at >= :since and m.grid_code like any (cast(:area as text[]))
				  and m.grid_code like any (cast(:scope as text[]))
				order by m.reported_at desc limit 100
				""")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .param("area", areaCodes.stream().map(code -> code + "%").toArray(String[]::new))
                .param("scope", scope.sqlPatterns())
                .query((rs, row) -> {
                    OffsetDateTime due = rs.getObject("resolve_due", OffsetDateTime.class);
                    return new Line(
                            rs.getObject("id", UUID.class),
                            rs.getString("tracking_code"),
                            rs.getString("name"),
                            rs.getString("grid_code"),
                            rs.getString("stage"),
                            rs.getString("colour"),
                            rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
                            due == null ? null : due.toInstant());
                })
                .list();
    }
}
