package org.linju.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.ModuleTestGrids;
import org.linju.disclosure.Feedback;
import org.linju.disclosure.Subject;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Clean-workshop supervision on its own (county 511772): the draw, the secrecy of inspections still to come, findings
 * and rectifications, the title's history, the public page without personal data, and a report from it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestInstance(Lifecycle.PER_CLASS)
class WorkshopsModuleIT extends ModuleIntegrationTest {

    static final ModuleTestArea AREA = new ModuleTestArea("511772");
    static final String INSPECTOR_NAME = "督查员甲某";

    @Autowired
    WorkshopRegister register;

    @Autowired
    InspectionDraw draw;

    @Autowired
    InspectionList list;

    @Autowired
    Inspections inspections;

    @Autowired
    WorkshopTitles titles;

    @Autowired
    PublicWorkshops publicWorkshops;

    @Autowired
    WorkshopReports reports;

    @Autowired
    Feedback feedback;

    @Autowired
    Accounts accounts;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    SteerableClock clock;

    @Autowired
    JdbcClient jdbc;

    CurrentUser street;
    CurrentUser admin;
    CurrentUser secretary;
    CurrentUser leader;
    String otherGrid;

    @BeforeAll
    void area() {
        AREA.createRegions(jdbc);
        boundaries.importFeatureCollection(AREA.boundaries(), GridScope.unrestricted());
        otherGrid = ModuleTestGrids.in(AREA.county(), jdbc).grid(9, jdbc);
        street = account("ws-street", INSPECTOR_NAME, Role.STREET_STAFF, AREA.county() + "001");
        admin = account("ws-admin", "督查员乙某", Role.DISTRICT_ADMIN, AREA.county());
        secretary = account("ws-secretary", "社区书记丙某", Role.COMMUNITY_SECRETARY, AREA.community());
        leader = account("ws-leader", "网格长丁某", Role.GRID_LEADER, AREA.grid());
    }

    @Test
    void theDrawMakesTheAskedInspectionsInThePeriodOverTheOperatingWorkshopsOfTheArea() {
        workshop("抽签竹编");
        workshop("抽签直播");
        workshop("抽签加工");
        Workshop suspended = workshop("抽签暂停");
        register.changeStatus(secretary, suspended.id(), WorkshopStatus.SUSPENDED);
        Workshop elsewhere = register.register(secretary, draft("抽签外网格", otherGrid));
        LocalDate from = register.today().plusDays(1);
        LocalDate to = from.plusDays(9);

        InspectionDraw.Drawn drawn = draw.draw(street, new DrawRequest(AREA.grid(), from, to, 5, team()));

        assertThat(drawn.inspections()).hasSize(5);
        assertThat(drawn.pool()).isGreaterThanOrEqualTo(3);
        assertThat(drawn.inspections())
                .allSatisfy(i -> {
                    assertThat(i.day()).isBetween(from, to);
                    assertThat(i.gridCode()).isEqualTo(AREA.grid());
                    assertThat(i.team()).containsExactlyInAnyOrder(INSPECTOR_NAME, "督查员乙某");
                })
                .extracting(Inspection::workshopId)
                .doesNotContain(suspended.id(), elsewhere.id());
        assertThat(jdbc.sql("select asked, pool from workshop_draw where id = ?")
                        .param(drawn.drawId())
                        .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
                        .single())
                .isEqualTo(List.of(5, drawn.pool()));
    }

    @Test
    void theTeamIsTwoOrMoreOfTheOfferedSupervisorsAndTheDrawStaysInTheFuture() {
        LocalDate tomorrow = register.today().plusDays(1);
        workshop("抽签校验");
        assertThatThrownBy(() ->
                        draw.draw(street, new DrawRequest(AREA.grid(), tomorrow, tomorrow, 1, List.of(street.id()))))
                .hasMessage("workshops.refused.team");
        assertThatThrownBy(() -> draw.draw(
                        street, new DrawRequest(AREA.grid(), tomorrow, tomorrow, 1, List.of(street.id(), leader.id()))))
                .hasMessage("workshops.refused.teamMember");
        assertThatThrownBy(() ->
                        draw.draw(street, new DrawRequest(AREA.grid(), tomorrow.minusDays(2), tomorrow, 1, team())))
                .hasMessage("workshops.refused.drawPast");
        assertThatThrownBy(() -> draw.draw(secretary, new DrawRequest(AREA.grid(), tomorrow, tomorrow, 1, team())))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void anInspectionStillToComeIsSeenOnlyByTheSupervisorsNotByCommunityStaffNorOnThePublicPage() {
        Workshop workshop = titledWorkshop("保密工坊");
        LocalDate past = register.today().minusDays(19);
        LocalDate tomorrow = register.today().plusDays(1);
        Inspection future = draw
                .draw(street, new DrawRequest(AREA.grid(), tomorrow, tomorrow, operating(AREA.grid()), team()))
                .inspections()
                .stream()
                .filter(i -> i.workshopId().equals(workshop.id()))
                .findFirst()
                .orElseThrow();
        UUID futureWorkshop = workshop.id();

        InspectionFilter all = InspectionFilter.none();
        assertThat(list.page(street, all).rows()).extracting(Inspection::id).contains(future.id());
        assertThat(list.page(admin, all).rows()).extracting(Inspection::id).contains(future.id());
        assertHiddenFrom(List.of(secretary, leader), future);
        assertThat(inspections.show(street, future.id()).mayRecord()).isTrue();
        assertThat(inspections.ofWorkshop(street, futureWorkshop))
                .extracting(Inspection::id)
                .contains(future.id());
        assertThat(list.page(secretary, all).rows())
                .as("community staff still see the inspections carried out")
                .extracting(Inspection::workshopId)
                .contains(workshop.id());

        PublicWorkshop page = publicWorkshops.page(workshop.id());
        assertThat(page.lastInspection()).isEqualTo(past);
        assertThat(page.toString()).doesNotContain(tomorrow.toString());
        assertThatThrownBy(() -> inspections.record(street, future.id(), passingChecks(), ""))
                .hasMessage("workshops.refused.notYet");
    }

    @Test
    void aFindingsRectificationPastItsDeadlineIsOverdueUntilAndAfterItIsDoneLate() throws IOException {
        Workshop workshop = workshop("整改工坊");
        Inspection inspection = pastInspection(workshop, 19);
        recordFailingMoneyFlows(inspection);
        LocalDate today = register.today();
        inspections.addFinding(
                street,
                inspection.id(),
                new NewFinding("资金台账缺少两个月记录", List.of(png()), "补齐台账", "工坊运营单位", today.minusDays(5)));
        inspections.addFinding(
                street, inspection.id(), new NewFinding("考勤表未公示", List.of(), "公示考勤", "工坊运营单位", today.plusDays(5)));

        Inspections.InspectionView view = inspections.show(secretary, inspection.id());
        assertThat(view.inspection().result()).isEqualTo(Inspection.InspectionResult.FAILED);
        assertThat(view.checks()).hasSize(4);
        assertThat(view.findings()).hasSize(2);
        Finding late = view.findings().get(0);
        assertThat(late.photoIds()).hasSize(1);
        assertThat(inspections.photo(secretary, late.photoIds().get(0)).contentType())
                .isEqualTo("image/png");
        Rectification overdue = late.rectifications().get(0);
        assertThat(overdue.overdue(today)).isTrue();
        assertThat(view.findings().get(1).rectifications().get(0).overdue(today))
                .isFalse();

        assertThatThrownBy(() -> inspections.completeRectification(leader, overdue.id(), "已补齐"))
                .isInstanceOf(OutOfScope.class);
        inspections.completeRectification(secretary, overdue.id(), "已补齐台账并经村监委核对");
        Rectification done = inspections.rectifications(workshop.id()).stream()
                .filter(r -> r.id().equals(overdue.id()))
                .findFirst()
                .orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.overdue(today)).as("done after its deadline").isTrue();
        assertThatThrownBy(() -> inspections.completeRectification(secretary, overdue.id(), "再次"))
                .hasMessage("workshops.refused.alreadyDone");
    }

    @Test
    void theTitleIsAwardedOnAPassedInspectionRevokedWithAReasonAndItsHistoryKept() {
        Workshop workshop = workshop("称号工坊");
        assertThatThrownBy(() -> titles.award(street, workshop.id(), ""))
                .hasMessage("workshops.refused.noPassedInspection");
        assertThatThrownBy(() -> publicWorkshops.page(workshop.id())).isInstanceOf(WorkshopNotFound.class);
        Inspection passed = pastInspection(workshop, 10);
        inspections.record(street, passed.id(), passingChecks(), "运营规范");
        assertThatThrownBy(() -> titles.award(secretary, workshop.id(), "")).isInstanceOf(OutOfScope.class);

        titles.award(street, workshop.id(), "检查合格");
        assertThat(publicWorkshops.titled())
                .extracting(PublicWorkshops.Titled::id)
                .contains(workshop.id());
        assertThatThrownBy(() -> titles.revoke(street, workshop.id(), " ")).hasMessage("workshops.refused.reason");
        titles.revoke(street, workshop.id(), "群众反映工资拖欠，经核实属实");

        assertThat(titles.history(workshop.id()))
                .extracting(TitleEvent::action, TitleEvent::inspectionId)
                .containsExactly(tuple(TitleEvent.Action.AWARDED, passed.id()), tuple(TitleEvent.Action.REVOKED, null));
        PublicWorkshop page = publicWorkshops.page(workshop.id());
        assertThat(page.title()).isEqualTo(TitleState.REVOKED);
        assertThat(page.revokedOn()).isEqualTo(register.today());
        assertThat(publicWorkshops.titled())
                .extracting(PublicWorkshops.Titled::id)
                .doesNotContain(workshop.id());
        assertThatThrownBy(() -> titles.revoke(street, workshop.id(), "再次")).hasMessage("workshops.refused.notTitled");
    }

    @Test
    void aReportFromThePublicPageBecomesAMatterOfTheWorkshopsGridLinkedToItAndThePageLeaksNoPersonalData() {
        Workshop workshop = titledWorkshop("码上监督工坊");
        String phone = "13912345678";

        Receipt receipt = reports.report(
                workshop.id(),
                "上个月工资还没发",
                "1201",
                phone,
                "ws-report-" + workshop.id(),
                Reporter.of(null, "203.0.113.72"));

        assertThat(receipt.gridCode()).isEqualTo(AREA.grid());
        assertThat(feedback.tally(new Subject("workshop", workshop.id()))).isEqualTo(new Feedback.Tally(1, 0));
        PublicWorkshop page = publicWorkshops.page(workshop.id());
        assertThat(page.asked()).isEqualTo(1);
        assertThat(page.rectificationsOpen()).isEqualTo(1);
        assertThat(page.toString()).doesNotContain(phone, INSPECTOR_NAME, "督查员乙某", "社区书记丙某", "台账细节备注", "村会计");
        assertThatThrownBy(() ->
                        reports.report(workshop.id(), "x", "no-such", null, null, Reporter.of(null, "203.0.113.72")))
                .hasMessage("workshops.refused.category");
    }

    /** A workshop with a passed inspection 19 days ago (a note and a task owner that must stay inside) and the title. */
    private Workshop titledWorkshop(String name) {
        Workshop workshop = workshop(name);
        Inspection inspection = pastInspection(workshop, 19);
        inspections.record(
                street,
                inspection.id(),
                List.of(
                        new Check(CheckItem.DAILY_OPERATION, null, true, "台账细节备注"),
                        new Check(CheckItem.MONEY_FLOWS, null, true, ""),
                        new Check(CheckItem.WAGES, null, true, "")),
                "运营规范");
        inspections.addFinding(
                street, inspection.id(), new NewFinding("公示栏破损", List.of(), "更换公示栏", "村会计", register.today()));
        titles.award(street, workshop.id(), "检查合格");
        return workshop;
    }

    /** An inspection of this workshop drawn {@code daysAgo + 1} days ago for {@code daysAgo} days ago. */
    private Inspection pastInspection(Workshop workshop, int daysAgo) {
        Instant then = clock.instant().minus(Duration.ofDays(daysAgo + 1));
        LocalDate day = register.today().minusDays(daysAgo);
        return clock
                .at(
                        then,
                        () -> draw.draw(
                                street,
                                new DrawRequest(workshop.gridCode(), day, day, operating(workshop.gridCode()), team())))
                .inspections()
                .stream()
                .filter(i -> i.workshopId().equals(workshop.id()))
                .findFirst()
                .orElseThrow();
    }

    private void assertHiddenFrom(List<CurrentUser> communityStaff, Inspection future) {
        InspectionFilter all = InspectionFilter.none();
        LocalDate day = future.day();
        for (CurrentUser community : communityStaff) {
            assertThat(list.page(community, all).rows())
                    .extracting(Inspection::id)
                    .doesNotContain(future.id());
            InspectionFilter planned = new InspectionFilter(AREA.grid(), "PLANNED", day, day, null, null, null, null);
            assertThat(list.page(community, planned).rows()).isEmpty();
            assertThat(inspections.ofWorkshop(community, future.workshopId()))
                    .extracting(Inspection::id)
                    .doesNotContain(future.id());
            assertThatThrownBy(() -> inspections.show(community, future.id())).isInstanceOf(OutOfScope.class);
        }
    }

    private void recordFailingMoneyFlows(Inspection inspection) {
        inspections.record(
                street,
                inspection.id(),
                List.of(
                        new Check(CheckItem.DAILY_OPERATION, null, true, ""),
                        new Check(CheckItem.MONEY_FLOWS, null, false, "台账缺两个月"),
                        new Check(CheckItem.WAGES, null, true, ""),
                        new Check(CheckItem.FREE, "安全生产", true, "")),
                "台账不全");
    }

    private static List<Check> passingChecks() {
        return CheckItem.STANDING.stream()
                .map(item -> new Check(item, null, true, ""))
                .toList();
    }

    private List<UUID> team() {
        return List.of(street.id(), admin.id());
    }

    private Workshop workshop(String name) {
        return register.register(secretary, draft(name, AREA.grid()));
    }

    private static NewWorkshop draft(String name, String grid) {
        return new NewWorkshop(name, "模块村股份经济合作社", grid, null, null, WorkKind.HANDICRAFT, 12, LocalDate.of(2024, 3, 1));
    }

    private CurrentUser account(String username, String name, Role role, String area) {
        accounts.open(NewAccount.scoped(username, name, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private int operating(String grid) {
        return jdbc.sql("select count(*) from workshop where grid_code = ? and status = 'OPERATING'")
                .param(grid)
                .query(Integer.class)
                .single();
    }
}
