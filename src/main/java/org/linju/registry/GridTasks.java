package org.linju.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments hand tasks to grids here, and only here. An item of the list goes through while it is admitted; a banned
 * or retired one is refused with its reason; a task outside the list needs a purchase of services. The item's row is
 * read {@code FOR SHARE} in the assignment's transaction, so a filing that bans it waits for the assignment to commit,
 * and an assignment that starts after the ban reads the ban: no refused task slips through.
 */
@Service
public class GridTasks {

    /** Who may push tasks to grids: departments, and the street and district staff who act for them. */
    public static final Set<Role> ASSIGNERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.DEPARTMENT_STAFF);

    private final JdbcClient jdbc;
    private final Grids grids;
    private final Departments departments;
    private final Clock clock;

    GridTasks(JdbcClient jdbc, Grids grids, Departments departments, Clock clock) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.departments = departments;
        this.clock = clock;
    }

    public static boolean mayAssign(CurrentUser user) {
        return ASSIGNERS.contains(user.role());
    }

    @Transactional
    public Assignment assign(CurrentUser by, TaskRequest task) {
        String department = departmentOf(by, task);
        checkTask(by, task);
        if (task.itemCode() == null) {
            Purchase purchase = checkedPurchase(task.purchase());
            UUID purchaseId = record(purchase, department, by);
            store(task, department, TaskOutcome.FUNDED, null, purchaseId, by);
            return new Assignment(TaskOutcome.FUNDED, task.gridCodes().size(), null);
        }
        WorkItem item = jdbc.sql("select * from work_item where code = ? for share")
                .param(task.itemCode())
                .query(Catalogue::item)
                .optional()
                .orElseThrow(() -> new TaskInvalid("registry.refused.noSuchItem"));
        WorkItem.Refusal refusal = item.refusalOn(LocalDate.ofInstant(clock.instant(), DateRange.CHINA))
                .orElse(null);
        TaskOutcome outcome = refusal == null ? TaskOutcome.ADMITTED : TaskOutcome.REFUSED;
        store(task, department, outcome, refusal, null, by);
        return new Assignment(outcome, task.gridCodes().size(), refusal);
    }

    private String departmentOf(CurrentUser by, TaskRequest task) {
        if (!mayAssign(by)) {
            throw new OutOfScope("task assignment");
        }
        String department = by.role() == Role.DEPARTMENT_STAFF ? by.departmentCode() : task.departmentCode();
        if (department == null || departments.find(department).isEmpty()) {
            throw new TaskInvalid("registry.refused.noSuchDepartment");
        }
        return department;
    }

    private void checkTask(CurrentUser by, TaskRequest task) {
        if (task.gridCodes().isEmpty()) {
            throw new TaskInvalid("registry.refused.noGrid");
        }
        if (task.title().isBlank()) {
            throw new TaskInvalid("registry.refused.noTitle");
        }
        if (task.deadline().isBefore(LocalDate.ofInstant(clock.instant(), DateRange.CHINA))) {
            throw new TaskInvalid("registry.refused.pastDeadline");
        }
        for (String grid : task.gridCodes()) {
            if (!by.scope().covers(RegionCode.of(grid))) {
                throw new OutOfScope("grid " + grid);
            }
            if (!grids.exists(grid)) {
                throw new TaskInvalid("registry.refused.noSuchGrid");
            }
        }
    }

    private static Purchase checkedPurchase(@Nullable Purchase purchase) {
        if (purchase == null
                || purchase.provider().isBlank()
                || purchase.fundingSource().isBlank()
                || purchase.amountFen() <= 0) {
            throw new PurchaseRequired();
        }
        return purchase;
    }

    private UUID record(Purchase purchase, String department, CurrentUser by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into service_purchase (id, department_code, provider, amount_fen, funding_source, recorded_by,
				                              recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        id,
                        department,
                        purchase.provider().strip(),
                        purchase.amountFen(),
                        purchase.fundingSource().strip(),
                        by.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private void store(
            TaskRequest task,
            String department,
            TaskOutcome outcome,
            WorkItem.@Nullable Refusal refusal,
            @Nullable UUID purchaseId,
            CurrentUser by) {
        UUID batch = UUID.randomUUID();
        Instant now = clock.instant();
        for (String grid : task.gridCodes()) {
            jdbc.sql("""
					insert into grid_task (id, batch_id, grid_code, department_code, item_code, purchase_id, title,
					                       deadline, outcome, refusal, assigned_by, assigned_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
                    .params(
                            UUID.randomUUID(),
                            batch,
                            grid,
                            department,
                            task.itemCode(),
                            purchaseId,
                            task.title().strip(),
                            task.deadline(),
                            outcome.name(),
                            refusal == null ? null : refusal.summary(),
                            by.getUsername(),
                            Timestamp.from(now))
                    .update();
        }
    }
}
