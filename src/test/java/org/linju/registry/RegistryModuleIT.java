package org.linju.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The registry with its dependencies: admitted items go through to the grid, banned and retired ones are refused with
 * their reason, a task outside the list waits for its purchase of services, every filing is kept, and each person sees
 * only the tasks of their grids and department.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class RegistryModuleIT extends ModuleIntegrationTest {

    @Autowired
    Catalogue catalogue;

    @Autowired
    GridTasks tasks;

    @Autowired
    TaskList list;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Departments departments;

    @Autowired
    Clock clock;

    RegistryFixture fixture;
    LocalDate today;

    @BeforeEach
    void fixture() {
        fixture = new RegistryFixture(jdbc, accounts, departments, catalogue);
        today = LocalDate.ofInstant(clock.instant(), DateRange.CHINA);
    }

    @Test
    void anAdmittedItemGoesThroughToTheGridAndABannedOneIsRefusedWithItsReason() {
        fixture.admitted("M01");
        CurrentUser housing = fixture.user("reg-housing");

        Assignment admitted = tasks.assign(housing, RegistryFixture.task("M01", today.plusDays(7)));
        catalogue.file(RegistryFixture.filing("M01", FilingKind.BAN, "模块减负：不得摊派", null), fixture.user("reg-admin"));
        Assignment refused = tasks.assign(housing, RegistryFixture.task("M01", today.plusDays(7)));

        assertThat(admitted.outcome()).isEqualTo(TaskOutcome.ADMITTED);
        assertThat(refused.outcome()).isEqualTo(TaskOutcome.REFUSED);
        assertThat(refused.refusal().reason()).isEqualTo("模块减负：不得摊派");
        assertThat(gridTaskItems("reg-worker")).containsOnlyOnce("M01");
        assertThat(fixture.count("select count(*) from grid_task where item_code = 'M01' and outcome = 'REFUSED'"))
                .isEqualTo(1);
    }

    @Test
    void aRetiredItemGoesThroughUntilItsExitDateAndIsRefusedFromThatDayOn() {
        fixture.admitted("M02");
        fixture.admitted("M03");
        CurrentUser admin = fixture.user("reg-admin");
        catalogue.file(RegistryFixture.filing("M02", FilingKind.EXIT, null, today.plusDays(10)), admin);
        catalogue.file(RegistryFixture.filing("M03", FilingKind.EXIT, "移交执法队伍", today), admin);

        Assignment beforeExit = tasks.assign(fixture.user("reg-housing"), RegistryFixture.task("M02", today));
        Assignment afterExit = tasks.assign(fixture.user("reg-housing"), RegistryFixture.task("M03", today));

        assertThat(beforeExit.outcome()).isEqualTo(TaskOutcome.ADMITTED);
        assertThat(afterExit.outcome()).isEqualTo(TaskOutcome.REFUSED);
        assertThat(afterExit.refusal().state()).isEqualTo(ItemState.EXITED);
        assertThat(afterExit.refusal().since()).isEqualTo(today);
    }

    @Test
    void aTaskOutsideTheListIsBlockedUntilItsPurchaseIsAttachedAndNothingIsStoredMeanwhile() {
        CurrentUser housing = fixture.user("reg-housing");
        TaskRequest bare = new TaskRequest(null, List.of(RegistryFixture.AREA.grid()), null, "模块加装电梯摸排", today, null);
        long before = fixture.count("select count(*) from grid_task")
                + fixture.count("select count(*) from service_purchase");

        assertThatThrownBy(() -> tasks.assign(housing, bare)).isInstanceOf(PurchaseRequired.class);
        assertThatThrownBy(() -> tasks.assign(
                        housing,
                        new TaskRequest(
                                null, bare.gridCodes(), null, bare.title(), today, new Purchase("  ", 100, "区财政"))))
                .isInstanceOf(PurchaseRequired.class);
        assertThat(fixture.count("select count(*) from grid_task")
                        + fixture.count("select count(*) from service_purchase"))
                .isEqualTo(before);

        Assignment funded = tasks.assign(
                housing,
                new TaskRequest(
                        null, bare.gridCodes(), null, bare.title(), today, new Purchase("模块社工站", 123_456, "区财政")));

        assertThat(funded.outcome()).isEqualTo(TaskOutcome.FUNDED);
        assertThat(jdbc.sql("""
				select p.amount_fen from grid_task t join service_purchase p on p.id = t.purchase_id
				where t.title = '模块加装电梯摸排'
				""").query(Long.class).list()).containsExactly(123_456L);
    }

    @Test
    void everyFilingIsKeptInOrderAndABanWithoutAReasonChangesNothing() {
        fixture.admitted("M04");
        CurrentUser admin = fixture.user("reg-admin");
        catalogue.file(RegistryFixture.filing("M04", FilingKind.BAN, "暂停", null), admin);

        assertThatThrownBy(() -> catalogue.file(RegistryFixture.filing("M04", FilingKind.EXIT, null, null), admin))
                .isInstanceOf(FilingRefused.class);
        catalogue.file(RegistryFixture.filing("M04", FilingKind.ADMIT, null, null), admin);

        assertThat(catalogue.history("M04"))
                .extracting(Filing::kind, Filing::reason, Filing::filedBy)
                .containsExactly(
                        tuple(FilingKind.ADMIT, null, "reg-admin"),
                        tuple(FilingKind.BAN, "暂停", "reg-admin"),
                        tuple(FilingKind.ADMIT, null, "reg-admin"));
        assertThat(catalogue.item("M04").orElseThrow().state()).isEqualTo(ItemState.ADMITTED);
        assertThat(catalogue.item("M04").orElseThrow().reason()).isNull();
    }

    @Test
    void eachPersonSeesTheTasksOfTheirGridsAndDepartmentOnlyAndNoOneAssignsOutsideTheirArea() {
        fixture.admitted("M05");
        tasks.assign(fixture.user("reg-health"), RegistryFixture.task("M05", today));

        assertThat(gridTaskItems("reg-worker")).contains("M05");
        assertThat(gridTaskItems("reg-other-worker")).isEmpty();
        assertThat(gridTaskItems("reg-health")).containsOnly("M05");
        assertThat(gridTaskItems("reg-housing")).doesNotContain("M05");
        TaskRequest elsewhere =
                new TaskRequest(null, List.of(RegistryFixture.AREA.community() + "02"), "M05", "模块越界任务", today, null);
        assertThatThrownBy(() -> tasks.assign(fixture.user("reg-health"), elsewhere))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> tasks.assign(fixture.user("reg-worker"), RegistryFixture.task("M05", today)))
                .isInstanceOf(OutOfScope.class);
    }

    private List<String> gridTaskItems(String username) {
        return list
                .page(fixture.user(username), new TaskFilter(null, null, null, null, 200, null, null))
                .rows()
                .stream()
                .map(task -> task.itemCode() == null ? "-" : task.itemCode())
                .toList();
    }
}
