package org.linju.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linju.disclosure.Feedback;
import org.linju.disclosure.Subject;
import org.linju.identity.OutOfScope;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Clean-workshop supervision on its own (county 511772): findings and overdue rectifications, the title's history,
 * and a report from the public page, which shows no personal data.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class WorkshopRecordsModuleIT extends WorkshopsModuleFixture {

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
        assertThatThrownBy(() -> inspections.addFinding(
                        street,
                        inspection.id(),
                        new NewFinding("责任人过长", List.of(), "公示考勤", "单".repeat(101), today.plusDays(5))))
                .hasMessage("workshops.refused.rectificationOwnerLength");

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
                .hasMessage("disclosure.question.category");
    }
}
