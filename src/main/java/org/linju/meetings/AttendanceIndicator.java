package org.linju.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code meetings.attendance}: of the invitations the grid's people (or one person) had to meetings held in the period,
 * the share they attended (signed in on the phone or marked present). Cancelled and missed meetings invite nobody.
 */
@Component
class AttendanceIndicator implements GridIndicator {

    private static final String HELD_IN_PERIOD = "m.state = 'HELD' and m.starts_at >= :from and m.starts_at < :until";

    private final JdbcClient jdbc;

    AttendanceIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "meetings.attendance";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    /** A share (or mean) over no records is no value, not zero: the evaluation scores the grid without it. */
    @Override
    public boolean zeroWithoutRecords() {
        return false;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        return shares("a.grid_code", "text[]", gridCodes.toArray(String[]::new), from, until, String.class);
    }

    @Override
    public Map<UUID, Double> measureByPerson(Collection<UUID> accountIds, LocalDate from, LocalDate until) {
        return shares("a.account_id", "uuid[]", accountIds.toArray(UUID[]::new), from, until, UUID.class);
    }

    /** {@code column} and {@code arrayType} are literals of this class. */
    private <K> Map<K, Double> shares(
            String column, String arrayType, Object[] keys, LocalDate from, LocalDate until, Class<K> type) {
        Map<K, Double> shares = new HashMap<>();
        jdbc.sql("""
				select %1$s as who, count(*) as invited, count(a.signed_in_at) as present
				from meeting_attendee a join meeting m on m.id = a.meeting_id
				where %1$s = any (cast(:keys as %2$s)) and %3$s
				group by %1$s
				""".formatted(column, arrayType, HELD_IN_PERIOD))
                .param("keys", keys)
                .param("from", day(from))
                .param("until", day(until))
                .query(rs -> {
                    shares.put(rs.getObject("who", type), rs.getDouble("present") / rs.getDouble("invited"));
                });
        return shares;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql("""
				select m.id, m.title, m.starts_at, count(*) as invited, count(a.signed_in_at) as present
				from meeting_attendee a join meeting m on m.id = a.meeting_id
				where a.grid_code = :gridCode and %s
				group by m.id order by m.starts_at desc limit :limit
				""".formatted(HELD_IN_PERIOD))
                .param("gridCode", gridCode)
                .param("from", day(from))
                .param("until", day(until))
                .param("limit", limit)
                .query((rs, row) -> new Evidence(
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getString("title") + " " + rs.getInt("present") + "/" + rs.getInt("invited"),
                        "/meetings/" + rs.getObject("id", UUID.class)))
                .list();
    }

    static OffsetDateTime day(LocalDate date) {
        return date.atStartOfDay(DateRange.CHINA).toOffsetDateTime();
    }
}
