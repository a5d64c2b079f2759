package org.linju.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.identity.OutOfScope;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Clean-workshop supervision on its own (county 511772): the draw over the operating workshops of an area, its team,
 * and the secrecy of inspections still to come.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class WorkshopsModuleIT extends WorkshopsModuleFixture {

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
}
