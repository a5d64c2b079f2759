package org.linju.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.shared.ListQuery;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines: drafted with their picked classification, owner and area, activated only with a performance target,
 * adjusted with a reason (never below what is allocated or spent), and read by other modules (a line's figures, the
 * lines in a scope).
 */
@Service
public class BudgetLines {

    private final BudgetLineStore store;
    private final LineChoices choices;
    private final JdbcClient jdbc;
    private final Clock clock;

    BudgetLines(BudgetLineStore store, LineChoices choices, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.choices = choices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A draft line; refused for a code not in the catalogue, an owner or area not offered, a bad amount. */
    @Transactional
    public UUID create(CurrentUser user, NewBudgetLine line) {
        FundsAccess.requireManager(user, RegionCode.of(line.areaCode()).value());
        choices.check(user, line);
        UUID id = UUID.randomUUID();
        store.insert(id, line, Yuan.fen(line.amountYuan()), null, user.getUsername(), clock.instant());
        return id;
    }

    /** DRAFT → ACTIVE; refused without a performance target. */
    @Transactional
    public void activate(CurrentUser user, UUID id) {
        BudgetLine line = line(user, id);
        FundsAccess.requireManager(user, line);
        if (line.status() != LineStatus.DRAFT) {
            throw new FundsRefused("funds.activate.notDraft");
        }
        if (!store.activate(id, clock.instant())) {
            throw new FundsRefused("funds.activate.needsTarget");
        }
    }

    /** Sets a new amount with its reason, kept in the line's history. */
    @Transactional
    public void adjust(CurrentUser user, UUID id, BigDecimal newAmountYuan, String reason) {
        BudgetLine line = line(user, id);
        FundsAccess.requireManager(user, line);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new FundsRefused("funds.adjust.reason");
        }
        long amount = Yuan.fen(newAmountYuan);
        BudgetLine locked = store.lock(id).orElseThrow();
        if (amount == locked.amountFen()) {
            throw new FundsRefused("funds.adjust.unchanged");
        }
        if (!store.setAmount(id, amount)) {
            throw new FundsRefused(
                    locked.status() == LineStatus.CLOSED ? "funds.line.closed" : "funds.adjust.belowUsed");
        }
        jdbc.sql("""
				insert into budget_adjustment (id, line_id, delta_fen, amount_after_fen, reason, adjusted_by, adjusted_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        UUID.randomUUID(),
                        id,
                        amount - locked.amountFen(),
                        amount,
                        why,
                        user.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** A line the caller may see, or refused as outside their area (also for a line that does not exist). */
    public BudgetLine line(CurrentUser user, UUID id) {
        BudgetLine line = store.find(id).orElseThrow(() -> new OutOfScope("budget line"));
        FundsAccess.requireViewer(user, line);
        return line;
    }

    /** A line's figures by id, for other modules (no scope: they check their own). */
    public Optional<BudgetLine> figures(UUID id) {
        return store.find(id);
    }

    /** The lines of a fiscal year within a scope, by area then name. */
    public List<BudgetLine> inScope(GridScope scope, int fiscalYear) {
        ListQuery.Condition under = ListQuery.codesUnder("area_code", scope.sqlPatterns());
        return jdbc.sql("select * from budget_line where fiscal_year = :year and (" + under.sql()
                        + ") order by area_code, name, id")
                .param("year", fiscalYear)
                .params(under.values())
                .query(BudgetLineStore::line)
                .list();
    }

    /** Every change of the line's amount, oldest first. */
    public List<Adjustment> adjustments(UUID lineId) {
        return jdbc.sql("select * from budget_adjustment where line_id = ? order by adjusted_at, id")
                .param(lineId)
                .query((rs, row) -> new Adjustment(
                        rs.getLong("delta_fen"),
                        rs.getLong("amount_after_fen"),
                        rs.getString("reason"),
                        rs.getString("adjusted_by"),
                        rs.getTimestamp("adjusted_at").toInstant()))
                .list();
    }

    /** One change of a line's amount. */
    public record Adjustment(
            long deltaFen, long amountAfterFen, String reason, String adjustedBy, Instant adjustedAt) {}
}
