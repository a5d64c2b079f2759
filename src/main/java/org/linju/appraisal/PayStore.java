package org.linju.appraisal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linju.shared.Bimonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grids' pay budgets and their splits, in SQL. A split and a budget change both hold the budget row's lock while
 * they check the sum against the budget, so two saves at once are judged one after the other.
 */
@Repository
class PayStore {

    /** A budget as stored. */
    record Stored(long amountFen, String setBy) {}

    private final JdbcClient jdbc;

    PayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The budget, its row locked until the transaction ends. */
    Optional<Long> lockBudget(Bimonth cycle, String grid) {
        return jdbc.sql("select amount_fen from pay_budget where cycle = ? and grid_code = ? for update")
                .params(cycle.toString(), grid)
                .query(Long.class)
                .optional();
    }

    /** Creates the budget row (zero) if missing, then locks it. */
    long lockOrCreateBudget(Bimonth cycle, String grid, String setBy, Instant at) {
        jdbc.sql("""
                insert into pay_budget (cycle, grid_code, amount_fen, set_by_name, set_at) values (?, ?, 0, ?, ?)
                on conflict do nothing
                """)
                .params(cycle.toString(), grid, setBy, AppraisalStore.utc(at))
                .update();
        return lockBudget(cycle, grid).orElseThrow();
    }

    void setBudget(Bimonth cycle, String grid, long amountFen, String setBy, Instant at) {
        jdbc.sql("update pay_budget set amount_fen = ?, set_by_name = ?, set_at = ? where cycle = ? and grid_code = ?")
                .params(amountFen, setBy, AppraisalStore.utc(at), cycle.toString(), grid)
                .update();
    }

    Map<String, Stored> budgets(Bimonth cycle, List<String> grids) {
        Map<String, Stored> budgets = new HashMap<>();
        jdbc.sql(
                        "select grid_code, amount_fen, set_by_name from pay_budget where cycle = :cycle and grid_code = any (:grids)")
                .param("cycle", cycle.toString())
                .param("grids", grids.toArray(String[]::new))
                .query(rs -> {
                    budgets.put(
                            rs.getString("grid_code"),
                            new Stored(rs.getLong("amount_fen"), rs.getString("set_by_name")));
                });
        return budgets;
    }

    long distributed(Bimonth cycle, String grid) {
        return jdbc.sql("select coalesce(sum(amount_fen), 0) from pay_share where cycle = ? and grid_code = ?")
                .params(cycle.toString(), grid)
                .query(Long.class)
                .single();
    }

    Map<String, Long> distributed(Bimonth cycle, List<String> grids) {
        Map<String, Long> sums = new HashMap<>();
        jdbc.sql("""
                select grid_code, sum(amount_fen) as fen from pay_share where cycle = :cycle and grid_code = any (:grids)
                group by grid_code
                """)
                .param("cycle", cycle.toString())
                .param("grids", grids.toArray(String[]::new))
                .query(rs -> {
                    sums.put(rs.getString("grid_code"), rs.getLong("fen"));
                });
        return sums;
    }

    /** Replaces the grid's split for the cycle. */
    void replace(Bimonth cycle, String grid, PayDistribution distribution) {
        jdbc.sql("delete from pay_share where cycle = ? and grid_code = ?")
                .params(cycle.toString(), grid)
                .update();
        jdbc.sql("delete from pay_distribution where cycle = ? and grid_code = ?")
                .params(cycle.toString(), grid)
                .update();
        jdbc.sql("""
                insert into pay_distribution (cycle, grid_code, rule, base_percent, total_fen, leader_name, decided_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        cycle.toString(),
                        grid,
                        distribution.rule().name(),
                        distribution.basePercent(),
                        distribution.totalFen(),
                        distribution.leaderName(),
                        AppraisalStore.utc(distribution.decidedAt()))
                .update();
        for (PayShare share : distribution.shares()) {
            jdbc.sql("""
                    insert into pay_share (cycle, grid_code, worker_id, worker_name, basis, amount_fen)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            cycle.toString(),
                            grid,
                            share.workerId(),
                            share.workerName(),
                            share.basis(),
                            share.amountFen())
                    .update();
        }
    }

    Optional<PayDistribution> distribution(Bimonth cycle, String grid) {
        List<PayShare> shares = jdbc.sql(
                        "select * from pay_share where cycle = ? and grid_code = ? order by worker_name")
                .params(cycle.toString(), grid)
                .query((rs, row) -> new PayShare(
                        rs.getObject("worker_id", UUID.class),
                        rs.getString("worker_name"),
                        rs.getBigDecimal("basis"),
                        rs.getLong("amount_fen")))
                .list();
        return jdbc.sql("select * from pay_distribution where cycle = ? and grid_code = ?")
                .params(cycle.toString(), grid)
                .query((rs, row) -> new PayDistribution(
                        PayRule.valueOf(rs.getString("rule")),
                        rs.getInt("base_percent"),
                        rs.getLong("total_fen"),
                        rs.getString("leader_name"),
                        AppraisalStore.instant(rs, "decided_at"),
                        shares))
                .optional();
    }
}
