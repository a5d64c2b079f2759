package org.linju.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.GridIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervision notices as deductions in the evaluation ({@code supervision.deductions}): per grid the points of the
 * notices issued in the period about the grid or its people, per person those of the notices naming them. A notice
 * counts in the period it was issued in, whatever its follow-up: the fix clears the finding, not the deduction.
 */
@Component
class SupervisionDeductions implements GridIndicator {

    static final String KEY = "supervision.deductions";

    private final JdbcClient jdbc;

    SupervisionDeductions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> points = new HashMap<>();
        jdbc.sql("""
                select grid_code, sum(points) as points from supervision_notice
                where grid_code = any (:grids) and issued_on >= :from and issued_on < :until
                group by grid_code
                """)
                .param("grids", gridCodes.toArray(String[]::new))
                .param("from", from)
                .param("until", until)
                .query(rs -> {
                    points.put(rs.getString("grid_code"), rs.getDouble("points"));
                });
        return points;
    }

    @Override
    public Map<UUID, Double> measureByPerson(Collection<UUID> accountIds, LocalDate from, LocalDate until) {
        Map<UUID, Double> points = new HashMap<>();
        jdbc.sql("""
                select person_id, sum(points) as points from supervision_notice
                where person_id = any (:people) and issued_on >= :from and issued_on < :until
                group by person_id
                """)
                .param("people", accountIds.toArray(UUID[]::new))
                .param("from", from)
                .param("until", until)
                .query(rs -> {
                    points.put(rs.getObject("person_id", UUID.class), rs.getDouble("points"));
                });
        return points;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql("""
                select id, issued_at, points, finding, person_name from supervision_notice
                where grid_code = :gridCode and issued_on >= :from and issued_on < :until
                order by issued_at desc, id limit :limit
                """)
                .param("gridCode", gridCode)
                .param("from", from)
                .param("until", until)
                .param("limit", limit)
                .query((rs, row) -> new Evidence(
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        summary(
                                rs.getBigDecimal("points").stripTrailingZeros().toPlainString(),
                                rs.getString("person_name"),
                                rs.getString("finding")),
                        "/supervision/" + rs.getObject("id", UUID.class)))
                .list();
    }

    private static String summary(String points, @Nullable String person, String finding) {
        String who = person == null ? "" : person + " · ";
        return "−" + points + " · " + who + finding;
    }
}
