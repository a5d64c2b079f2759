package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linju.funds.MonitoringFixture.AREA;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.Eventually;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.notify.Inbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dual monitoring end to end on county 511789: an alert raised for a line behind schedule reaches the owner's
 * inbox, is explained, and is cleared when the line catches up; a rerun adds nothing; a lower-is-better target; closing
 * with a missed target; the report's scope.
 */
class FundsMonitoringIT extends WebIntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    @Autowired
    DualMonitoring monitoring;

    @Autowired
    FundsAlerts alerts;

    @Autowired
    LineClosing closing;

    @Autowired
    MonitoringReport report;

    @Autowired
    Inbox inbox;

    MonitoringFixture fixture;

    @BeforeEach
    void area() {
        fixture = MonitoringFixture.create(jdbc, accounts);
    }

    private CurrentUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    private UUID alertOf(UUID line) {
        return jdbc.sql("select id from funds_alert where line_id = ?")
                .param(line)
                .query(UUID.class)
                .single();
    }

    @Test
    void aLineBehindScheduleRaisesAnAlertToItsOwnerThatClearsWhenItCatchesUp() throws InterruptedException {
        String name = "道路维修资金 " + UUID.randomUUID().toString().substring(0, 6);
        UUID line = fixture.line(name, AREA.grid(), 12_000_000, "ACTIVE");
        fixture.payment(line, LocalDate.of(2025, 2, 10), 500_000);

        monitoring.run(MARCH);
        UUID alert = alertOf(line);
        AlertView raised = alerts.alert(user(MonitoringFixture.ADMIN), alert);
        assertThat(raised.state()).isEqualTo("OPEN");
        assertThat(raised.checkType()).isEqualTo("EXECUTION");
        // spent 5,000 of 120,000 = 4.1667 % against 3/12 = 25 % of the year: 20.8333 points behind
        assertThat(raised.deviation()).isEqualByComparingTo("-20.8333");
        Eventually.await(() -> inbox.of(MonitoringFixture.OWNER).stream()
                .anyMatch(m -> m.title().contains(name) && ("/funds/monitoring/alerts/" + alert).equals(m.link())));

        assertThatThrownBy(() -> alerts.explain(user(MonitoringFixture.OWNER), alert, "施工单位进场推迟", " "))
                .hasMessage("funds.alert.correctionRequired");
        assertThatThrownBy(() -> alerts.explain(user(MonitoringFixture.ADMIN), alert, "原因", "措施"))
                .as("only the owner explains")
                .isInstanceOf(OutOfScope.class);
        alerts.explain(user(MonitoringFixture.OWNER), alert, "施工单位进场推迟", "四月上旬支付首期工程款");
        assertThat(alerts.alert(user(MonitoringFixture.OWNER), alert).state()).isEqualTo("EXPLAINED");

        long checks = fixture.checks(line);
        monitoring.run(MARCH);
        assertThat(fixture.checks(line))
                .as("a rerun of the period records nothing")
                .isEqualTo(checks);
        assertThat(fixture.alerts(line)).isEqualTo(1);

        // 45,000 of 120,000 = 37.5 % by the end of April, against 4/12 = 33.3 %: back within tolerance
        fixture.payment(line, LocalDate.of(2025, 4, 5), 4_000_000);
        monitoring.run(APRIL);
        AlertView cleared = alerts.alert(user(MonitoringFixture.ADMIN), alert);
        assertThat(cleared.state()).isEqualTo("CLEARED");
        assertThat(cleared.clearedPeriod()).isEqualTo("2025-04");
        assertThat(cleared.cause()).isEqualTo("施工单位进场推迟");
        assertThat(fixture.alerts(line)).isEqualTo(1);
    }

    @Test
    void aLowerIsBetterTargetIsBehindWhenItsActualExceedsThePlan() {
        UUID line = fixture.line("维修及时率 " + UUID.randomUUID(), AREA.grid(), 1_000_000, "ACTIVE");
        fixture.payment(line, LocalDate.of(2025, 3, 1), 250_000);
        UUID days = fixture.target(line, "平均修复天数", false, "15", null);
        UUID served = fixture.target(line, "服务户数", true, "120", null);
        fixture.value(days, "2025-03", null, "18");
        fixture.value(served, "2025-03", "30", "33");

        monitoring.run(MARCH);

        Map<String, Object> slow = jdbc.sql("select actual, within_tolerance from funds_monitoring_check"
                        + " where line_id = ? and target_id = ?")
                .params(line, days)
                .query()
                .singleRow();
        // 18 days against a ceiling of 15: 3 over 15 = 20 % short, attainment 80 %
        assertThat((BigDecimal) slow.get("actual")).isEqualByComparingTo("80");
        assertThat(slow.get("within_tolerance")).isEqualTo(false);
        assertThat(jdbc.sql("select target_id from funds_alert where line_id = ?")
                        .param(line)
                        .query(UUID.class)
                        .list())
                .as("the execution (25 %) and the households (33 of 30) are on track; the days are not")
                .containsExactly(days);
    }

    @Test
    void closingWithAMissedTargetNeedsAnAccountabilityRecord() {
        CurrentUser admin = user(MonitoringFixture.ADMIN);
        UUID line = fixture.line("积水点改造 " + UUID.randomUUID(), AREA.grid(), 1_000_000, "ACTIVE");
        UUID points = fixture.target(line, "改造积水点", true, "10", null);
        fixture.value(points, "2025-11", null, "8");

        assertThatThrownBy(() -> closing.close(admin, line, AccountabilityDraft.none()))
                .hasMessage("funds.close.accountableRequired");
        assertThat(fixture.status(line)).isEqualTo("ACTIVE");
        assertThatThrownBy(() -> closing.close(
                        admin,
                        line,
                        new AccountabilityDraft(
                                "someone-typed", "INTERVIEW", "约谈", "区财政局", LocalDate.of(2025, 12, 20))))
                .as("the person is picked from the accounts, not typed")
                .hasMessage("funds.close.accountableRequired");

        closing.close(
                admin,
                line,
                new AccountabilityDraft(
                        MonitoringFixture.OWNER, "INTERVIEW", "约谈街道分管负责人", "区财政局", LocalDate.of(2025, 12, 20)));
        assertThat(fixture.status(line)).isEqualTo("CLOSED");
        MonitoringFilter all = new MonitoringFilter("2025-12", null, null, null, null, null, null, null);
        assertThat(report.accountability(admin, all, YearMonth.of(2025, 12)))
                .filteredOn(r -> r.lineId().equals(line))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.missedTargets()).isEqualTo("改造积水点");
                    assertThat(r.accountableName()).contains(MonitoringFixture.OWNER);
                    assertThat(r.measure()).isEqualTo("INTERVIEW");
                });

        UUID met = fixture.line("达标项目 " + UUID.randomUUID(), AREA.grid(), 1_000_000, "ACTIVE");
        fixture.value(fixture.target(met, "改造积水点", true, "10", null), "2025-11", null, "10");
        closing.close(admin, met, AccountabilityDraft.none());
        assertThat(fixture.status(met)).isEqualTo("CLOSED");

        UUID draft = fixture.line("草稿项目 " + UUID.randomUUID(), AREA.grid(), 1_000_000, "DRAFT");
        assertThatThrownBy(() -> closing.close(admin, draft, AccountabilityDraft.none()))
                .hasMessage("funds.close.draft");
    }

    @Test
    void theReportShowsOnlyTheLinesOfTheReadersArea() {
        UUID mine = fixture.line("本街道项目 " + UUID.randomUUID(), AREA.community(), 1_000_000, "ACTIVE");
        UUID other = fixture.line("另一街道项目 " + UUID.randomUUID(), MonitoringFixture.OTHER_STREET, 1_000_000, "ACTIVE");
        monitoring.run(MARCH);
        MonitoringFilter all = new MonitoringFilter("2025-03", null, null, null, null, 200, null, null);

        assertThat(report.all(user(MonitoringFixture.OWNER), all, MARCH))
                .extracting(MonitoringReport.ReportLine::id)
                .contains(mine)
                .doesNotContain(other);
        assertThat(report.all(user(MonitoringFixture.OTHER), all, MARCH))
                .extracting(MonitoringReport.ReportLine::id)
                .contains(other)
                .doesNotContain(mine);
        assertThat(report.all(user("admin"), all, MARCH))
                .as("the demo district's administrator sees nothing of another district")
                .extracting(MonitoringReport.ReportLine::id)
                .doesNotContain(mine, other);
        assertThat(report.all(user(MonitoringFixture.OWNER), all, MARCH))
                .filteredOn(l -> l.id().equals(mine))
                .singleElement()
                .satisfies(l -> assertThat(l.execution()).isNotNull());
    }
}
