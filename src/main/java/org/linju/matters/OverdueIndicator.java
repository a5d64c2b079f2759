package org.linju.matters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linju.shared.GridIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Overdue matters of a grid over a cycle: matters reported in it (neither voided, merged nor deferred) whose resolution
 * limit passed before the cycle's end (or before now, for a cycle not yet over) without a resolution by then.
 */
@Component
class OverdueIndicator implements GridIndicator {

    static final String OVERDUE = """
			m.resolve_due < least(cast(:now as timestamptz), cast(:until as timestamptz)) and (m.resolved_at is null or m.resolved_at > m.resolve_due)
			and m.stage <> 'DEFERRED'""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MatterEvidence evidence;

    OverdueIndicator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.evidence = new MatterEvidence(jdbc, clock);
    }

    @Override
    public String key() {
        return "matters.overdue";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql(
                        "select m.grid_code, count(*) as overdue from matter m where m.grid_code = any (cast(:grids as text[]))"
                                + " and m.reported_at >= :from and m.reported_at < :until"
                                + " and m.stage not in ('VOIDED', 'MERGED') and " + OVERDUE + " group by m.grid_code")
                .param("grids", gridCodes.toArray(String[]::new))
                .param(
                        "from",
                        Timestamp.from(from.atStartOfDay(MatterEvidence.CHINA).toInstant()))
                .param(
                        "until",
                        Timestamp.from(until.atStartOfDay(MatterEvidence.CHINA).toInstant()))
                .param("now", Timestamp.from(clock.instant()))
                .query(rs -> {
                    values.put(rs.getString("grid_code"), (double) rs.getLong("overdue"));
                });
        return values;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return evidence.of(gridCode, from, until, limit, OVERDUE, "false");
    }
}
