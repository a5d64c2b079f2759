package org.linju.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linju.shared.Bimonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cycles, their weights and the results with their indicator lines. */
@Repository
class CycleStore {

    private final JdbcClient jdbc;

    CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EvaluationCycle> find(UUID id) {
        return jdbc.sql("select * from evaluation_cycle where id = ?")
                .param(id)
                .query((rs, row) -> cycle(rs))
                .optional();
    }

    Optional<EvaluationCycle> find(String district, Bimonth cycle) {
        return jdbc.sql("select * from evaluation_cycle where district_code = ? and cycle = ?")
                .params(district, cycle.toString())
                .query((rs, row) -> cycle(rs))
                .optional();
    }

    List<EvaluationCycle> all() {
        return jdbc.sql("select * from evaluation_cycle order by cycle desc, district_code")
                .query((rs, row) -> cycle(rs))
                .list();
    }

    /**
     * The cycle, row-locked for this transaction so that a write and the cycle's lock never cross; refused when it is
     * locked already.
     */
    EvaluationCycle openForWrite(UUID id) {
        EvaluationCycle cycle = jdbc.sql("select * from evaluation_cycle where id = ? for update")
                .param(id)
                .query((rs, row) -> cycle(rs))
                .optional()
                .orElseThrow(() -> new EvaluationRefused("evaluation.refused.noCycle"));
        if (cycle.locked()) {
            throw new EvaluationRefused("evaluation.refused.locked");
        }
        return cycle;
    }

    /** Opens a cycle with a copy of the default weights, which it keeps from then on. */
    UUID open(String district, Bimonth cycle, Instant at, String by, LocalDate appealsUntil) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into evaluation_cycle (id, district_code, cycle, computed_at, computed_by, appeals_until)
				values (?, ?, ?, ?, ?, ?)
				""")
                .params(id, district, cycle.toString(), Timestamp.from(at), by, appealsUntil)
                .update();
        jdbc.sql("""
				insert into evaluation_weight (cycle_id, indicator_key, weight)
				select ?, indicator_key, weight from evaluation_default_weight
				""").param(id).update();
        return id;
    }

    void recomputed(UUID id, Instant at, String by) {
        jdbc.sql("update evaluation_cycle set computed_at = ?, computed_by = ? where id = ?")
                .params(Timestamp.from(at), by, id)
                .update();
    }

    void lock(UUID id, Instant at, String by) {
        jdbc.sql("update evaluation_cycle set locked_at = ?, locked_by = ? where id = ?")
                .params(Timestamp.from(at), by, id)
                .update();
    }

    /** The cycle's own weights, by indicator key. */
    Map<String, BigDecimal> weights(UUID id) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        jdbc.sql("select indicator_key, weight from evaluation_weight where cycle_id = ? order by indicator_key")
                .param(id)
                .query(rs -> {
                    weights.put(rs.getString("indicator_key"), rs.getBigDecimal("weight"));
                });
        return weights;
    }

    static EvaluationCycle cycle(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_at");
        return new EvaluationCycle(
                rs.getObject("id", UUID.class),
                rs.getString("district_code"),
                Bimonth.parse(rs.getString("cycle")),
                rs.getTimestamp("computed_at").toInstant(),
                rs.getString("computed_by"),
                rs.getObject("appeals_until", LocalDate.class),
                locked == null ? null : locked.toInstant(),
                rs.getString("locked_by"));
    }

    static CycleResult result(ResultSet rs) throws SQLException {
        return new CycleResult(
                rs.getObject("cycle_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Arrays.asList((String[]) rs.getArray("grid_codes").getArray()),
                rs.getBigDecimal("measured"),
                rs.getBigDecimal("adjusted"),
                rs.getBigDecimal("total"),
                rs.getInt("rank"),
                Grade.valueOf(rs.getString("grade")));
    }
}
