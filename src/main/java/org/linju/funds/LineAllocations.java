package org.linju.funds;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.linju.identity.CurrentUser;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money of an active line given to a grid of its area or to a livelihood project: the line's allocated sum grows only
 * by a conditional UPDATE, so it never exceeds the line's amount.
 */
@Service
public class LineAllocations {

    private final BudgetLines lines;
    private final BudgetLineStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    LineAllocations(BudgetLines lines, BudgetLineStore store, JdbcClient jdbc, Clock clock) {
        this.lines = lines;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Gives money of the line to a grid within the line's area and the caller's scope. */
    @Transactional
    public UUID toGrid(CurrentUser user, UUID lineId, String gridCode, long amountFen) {
        BudgetLine line = lines.line(user, lineId);
        FundsAccess.requireManager(user, line);
        RegionCode grid = RegionCode.of(gridCode);
        if (grid.level() != RegionLevel.GRID || !grid.isWithin(RegionCode.of(line.areaCode()))) {
            throw new FundsRefused("funds.allocation.gridOutside");
        }
        FundsAccess.requireManager(user, grid.value());
        return allocate(user, line, "GRID", grid.value(), amountFen);
    }

    /**
     * Gives money of the line to a project (known only by id); the caller checked the project, and {@code fits} refuses
     * a line that may not fund it.
     */
    @Transactional
    UUID toProject(CurrentUser user, UUID lineId, UUID projectId, Consumer<BudgetLine> fits, long amountFen) {
        BudgetLine line = lines.line(user, lineId);
        FundsAccess.requireManager(user, line);
        fits.accept(line);
        return allocate(user, line, "PROJECT", projectId.toString(), amountFen);
    }

    private UUID allocate(CurrentUser user, BudgetLine line, String kind, String ref, long amountFen) {
        Yuan.checkedFen(amountFen);
        if (!store.allocate(line.id(), amountFen)) {
            throw new FundsRefused(
                    line.status() == LineStatus.ACTIVE ? "funds.allocation.beyond" : "funds.allocation.notActive");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into budget_allocation (id, line_id, target_kind, target_ref, amount_fen, allocated_by, allocated_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
                .params(id, line.id(), kind, ref, amountFen, user.getUsername(), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** The line's allocations with what was paid from each, oldest first. */
    public List<Allocation> of(UUID lineId) {
        return jdbc.sql("""
				select a.*, coalesce((select sum(p.amount_fen) from budget_payment p where p.allocation_id = a.id), 0) paid
				from budget_allocation a where a.line_id = ? order by a.allocated_at, a.id
				""")
                .param(lineId)
                .query((rs, row) -> new Allocation(
                        rs.getObject("id", UUID.class),
                        rs.getString("target_kind"),
                        rs.getString("target_ref"),
                        rs.getLong("amount_fen"),
                        rs.getLong("paid"),
                        rs.getString("allocated_by"),
                        rs.getTimestamp("allocated_at").toInstant()))
                .list();
    }

    /** One allocation: {@code kind} GRID (ref a grid code) or PROJECT (ref a project id). */
    public record Allocation(
            UUID id, String kind, String ref, long amountFen, long paidFen, String allocatedBy, Instant allocatedAt) {}
}
