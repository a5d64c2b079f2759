package org.linju.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The burden report on a fixture counted by hand: a department's pushes in January and February 2026 (China time; one
 * at half past midnight on 1 February, which is still 31 January in UTC), admitted, funded and refused.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class BurdenReportModuleIT extends ModuleIntegrationTest {

    @Autowired
    Catalogue catalogue;

    @Autowired
    GridTasks tasks;

    @Autowired
    BurdenReport report;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Departments departments;

    @Autowired
    SteerableClock clock;

    @Test
    void perDepartmentAndMonthInChinaTimeAdmittedRefusedAndFundedWithTheirAmount() {
        RegistryFixture fixture = new RegistryFixture(jdbc, accounts, departments, catalogue);
        fixture.admitted("M06");
        CurrentUser water = fixture.user("reg-water");
        LocalDate deadline = LocalDate.of(2026, 3, 31);
        TaskRequest item = RegistryFixture.task("M06", deadline);
        TaskRequest outside = new TaskRequest(
                null, item.gridCodes(), null, "模块管网普查", deadline, new Purchase("模块测绘公司", 50_000_00, "区水务专项"));

        Instant january = Instant.parse("2026-01-15T02:00:00Z");
        clock.at(january, () -> tasks.assign(water, item));
        clock.at(january.plusSeconds(60), () -> tasks.assign(water, item));
        clock.at(january.plusSeconds(120), () -> tasks.assign(water, outside));
        Instant february = Instant.parse("2026-01-31T16:30:00Z");
        clock.at(february, () -> tasks.assign(water, item));
        clock.at(
                february.plusSeconds(60),
                () -> catalogue.file(
                        RegistryFixture.filing("M06", FilingKind.BAN, "模块禁入", null), fixture.user("reg-admin")));
        clock.at(february.plusSeconds(120), () -> tasks.assign(water, item));

        List<BurdenRow> rows = report.rows(water, new BurdenFilter(null, null, null, null));
        assertThat(rows)
                .extracting(
                        BurdenRow::departmentCode,
                        BurdenRow::month,
                        BurdenRow::admitted,
                        BurdenRow::refused,
                        BurdenRow::funded,
                        BurdenRow::fundedFen)
                .containsExactly(
                        tuple(RegistryFixture.WATER, YearMonth.of(2026, 2), 1L, 1L, 0L, 0L),
                        tuple(RegistryFixture.WATER, YearMonth.of(2026, 1), 2L, 0L, 1L, 5_000_000L));
        assertThat(report.rows(
                        fixture.user("reg-admin"),
                        new BurdenFilter(null, RegistryFixture.WATER, YearMonth.of(2026, 2), YearMonth.of(2026, 2))))
                .extracting(BurdenRow::month, BurdenRow::pushed)
                .containsExactly(tuple(YearMonth.of(2026, 2), 2L));
        assertThat(report.rows(fixture.user("reg-other-worker"), new BurdenFilter(null, null, null, null)))
                .isEmpty();
    }
}
