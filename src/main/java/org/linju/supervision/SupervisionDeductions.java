package org.linju.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
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
        return points("""
                select grid_code as concerned, sum(points) as points from supervision_notice
                where grid_code = any (:concerned) and issued_on >= :from and issued_on < :until
                group by grid_code
                """, gridCodes.toArray(String[]::new), rs -> rs.getString("concerned"), from, until);
    }

    @Override
    public Map<UUID, Double> measureByPerson(Collection<UUID> accountIds, LocalDate from, LocalDate until) {
        return points("""
                select person_id as concerned, sum(points) as points from supervision_notice
                where person_id = any (:concerned) and issued_on >= :from and issued_on < :until
                group by person_id
                """, accountIds.toArray(UUID[]::new), rs -> rs.getObject("concerned", UUID.class), from, until);
    }

    /** The deduction points per grid or per person: the same sum, grouped by whom the notices concern. */
    private <K> Map<K, Double> points(
            String sql, Object[] concerned, KeyReader<K> key, LocalDate from, LocalDate until) {
        Map<K, Double> points = new HashMap<>();
        jdbc.sql(sql)
                .param("concerned", concerned)
                .param("from", from)
                .param("until", until)
                .query(rs -> {
                    points.put(key.read(rs), rs.getDouble("points"));
                });
        return points;
    }

    private interface KeyReader<K> {
        K read(ResultSet rs) throws SQLException;
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
