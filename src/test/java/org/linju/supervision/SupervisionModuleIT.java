package org.linju.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestGrids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.linju.shared.GridIndicator;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The supervision register on its own (county 511785): a notice reaches the person it names, who answers it; the
 * issuing office accepts or sends back; a leader of another grid never sees it; the deductions add up per grid and per
 * person on a hand-checked fixture.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SupervisionModuleIT extends ModuleIntegrationTest {

    @Autowired
    Supervision supervision;

    @Autowired
    NoticeList list;

    @Autowired
    SupervisionDeductions deductions;

    @Autowired
    Accounts accounts;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNoticeIsAnsweredByThePersonConcernedAndAcceptedByTheOfficeUnseenByOtherGrids() {
        ModuleTestGrids grids = ModuleTestGrids.in("511785", jdbc);
        String grid = grids.grid(1, jdbc);
        String other = grids.grid(2, jdbc);
        CurrentUser office = officeStaff("sup-office");
        CurrentUser worker = account("sup-worker", Role.GRID_WORKER, grid);
        CurrentUser leader = account("sup-leader", Role.GRID_LEADER, grid);
        CurrentUser otherLeader = account("sup-other-leader", Role.GRID_LEADER, other);

        assertThat(supervision.people(office, grid))
                .extracting(Supervision.Person::id)
                .contains(worker.id(), leader.id());
        Notice notice = supervision.issue(office, draft(grid, worker, "2"));

        assertThat(list.mine(worker, NoticeFilter.none()).rows())
                .extracting(Notice::id)
                .containsExactly(notice.id());
        assertThat(list.page(leader, NoticeFilter.none()).rows())
                .extracting(Notice::id)
                .contains(notice.id());
        assertThat(list.page(otherLeader, NoticeFilter.none()).rows())
                .extracting(Notice::id)
                .doesNotContain(notice.id());
        assertThat(list.page(office, NoticeFilter.none()).rows())
                .extracting(Notice::id)
                .contains(notice.id());
        assertThatThrownBy(() -> supervision.show(otherLeader, notice.id())).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> supervision.report(leader, notice.id(), "不是本人"))
                .isInstanceOf(SupervisionRefused.class);

        supervision.report(worker, notice.id(), "已补录台账");
        assertThatThrownBy(() -> supervision.accept(worker, notice.id(), "")).isInstanceOf(SupervisionRefused.class);
        supervision.sendBack(office, notice.id(), "缺少照片");
        assertThat(supervision.show(worker, notice.id()).notice().state()).isEqualTo(NoticeState.OPEN);
        supervision.report(worker, notice.id(), "已补录台账并附照片");
        supervision.accept(office, notice.id(), "");

        Supervision.NoticeView view = supervision.show(worker, notice.id());
        assertThat(view.notice().state()).isEqualTo(NoticeState.ACCEPTED);
        assertThat(view.overdue()).isFalse();
        assertThat(view.steps())
                .extracting(NoticeStep::action)
                .containsExactly("ISSUED", "REPORTED", "SENT_BACK", "REPORTED", "ACCEPTED");
    }

    @Test
    void aNoticeNamesOnlyTheGridsOwnStaffAndAFutureDeadline() {
        ModuleTestGrids grids = ModuleTestGrids.in("511785", jdbc);
        String grid = grids.grid(3, jdbc);
        String other = grids.grid(4, jdbc);
        CurrentUser office = officeStaff("sup-office-2");
        CurrentUser stranger = account("sup-stranger", Role.GRID_WORKER, other);
        CurrentUser worker = account("sup-worker-3", Role.GRID_WORKER, grid);

        assertThatThrownBy(() -> supervision.issue(office, draft(grid, stranger, "1")))
                .isInstanceOf(SupervisionRefused.class)
                .hasMessage("supervision.refused.person");
        NewNotice late = new NewNotice(
                null, grid, worker.id(), "问题", "整改", supervision.today().minusDays(3), BigDecimal.ONE);
        assertThatThrownBy(() -> supervision.issue(office, late)).hasMessage("supervision.refused.deadline");
        CurrentUser leader = account("sup-leader-3", Role.GRID_LEADER, grid);
        assertThatThrownBy(() -> supervision.issue(leader, draft(grid, worker, "1")))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void deductionsAddUpPerGridAndPerPersonOverTheCycle() {
        ModuleTestGrids grids = ModuleTestGrids.in("511785", jdbc);
        String grid = grids.grid(5, jdbc);
        String other = grids.grid(6, jdbc);
        CurrentUser office = officeStaff("sup-office-3");
        CurrentUser worker = account("sup-worker-5", Role.GRID_WORKER, grid);
        CurrentUser otherWorker = account("sup-worker-6", Role.GRID_WORKER, other);
        supervision.issue(office, draft(grid, worker, "2"));
        supervision.issue(office, draft(grid, null, "1.5"));
        supervision.issue(office, draft(other, otherWorker, "3"));
        Bimonth cycle = Bimonth.of(supervision.today());

        // by hand: grid 5 has 2 (its worker) + 1.5 (the grid as a whole); grid 6 has 3
        assertThat(deductions.measure(List.of(grid, other), cycle.from(), cycle.until()))
                .isEqualTo(Map.of(grid, 3.5, other, 3.0));
        assertThat(deductions.measureByPerson(List.of(worker.id(), otherWorker.id()), cycle.from(), cycle.until()))
                .isEqualTo(Map.of(worker.id(), 2.0, otherWorker.id(), 3.0));
        assertThat(deductions.measure(
                        List.of(grid), cycle.next().from(), cycle.next().until()))
                .isEmpty();
        List<GridIndicator.Evidence> evidence = deductions.evidence(grid, cycle.from(), cycle.until(), 10);
        assertThat(evidence).hasSize(2);
        assertThat(evidence).allSatisfy(e -> assertThat(e.link()).startsWith("/supervision/"));
        assertThat(evidence)
                .extracting(GridIndicator.Evidence::summary)
                .anySatisfy(s -> assertThat(s).startsWith("−1.5"));
        assertThat(deductions.higherIsBetter()).isFalse();
    }

    private NewNotice draft(String grid, @Nullable CurrentUser person, String points) {
        return new NewNotice(
                null,
                grid,
                person == null ? null : person.id(),
                "走访台账未及时更新",
                "三日内补录并附照片",
                supervision.today().plusDays(7),
                new BigDecimal(points));
    }

    private CurrentUser officeStaff(String username) {
        departments.register(List.of(new Department("D001", "区委办公室", "District Party Committee Office")));
        account(username, Role.DEPARTMENT_STAFF, "511785");
        departments.assign(username, "D001");
        return accounts.loadUserByUsername(username);
    }

    private CurrentUser account(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }
}
