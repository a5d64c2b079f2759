package org.linju.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.ModuleTestGrids;
import org.linju.disclosure.Feedback;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the workshop module tests share (county 511772): the area with its grid, a street's and a district's
 * supervisors, a community secretary and a grid leader, and helpers that make workshops and past inspections.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class WorkshopsModuleFixture extends ModuleIntegrationTest {

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
        if (accounts.find("ws-street").isEmpty()) {
            AREA.createRegions(jdbc);
            boundaries.importFeatureCollection(AREA.boundaries(), GridScope.unrestricted());
        }
        otherGrid = ModuleTestGrids.in(AREA.county(), jdbc).grid(9, jdbc);
        street = account("ws-street", INSPECTOR_NAME, Role.STREET_STAFF, AREA.county() + "001");
        admin = account("ws-admin", "督查员乙某", Role.DISTRICT_ADMIN, AREA.county());
        secretary = account("ws-secretary", "社区书记丙某", Role.COMMUNITY_SECRETARY, AREA.community());
        leader = account("ws-leader", "网格长丁某", Role.GRID_LEADER, AREA.grid());
    }

    /** A workshop with a passed inspection 19 days ago (a note and a task owner that must stay inside) and the title. */
    Workshop titledWorkshop(String name) {
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
    Inspection pastInspection(Workshop workshop, int daysAgo) {
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

    void assertHiddenFrom(List<CurrentUser> communityStaff, Inspection future) {
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

    void recordFailingMoneyFlows(Inspection inspection) {
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

    static List<Check> passingChecks() {
        return CheckItem.STANDING.stream()
                .map(item -> new Check(item, null, true, ""))
                .toList();
    }

    List<UUID> team() {
        return List.of(street.id(), admin.id());
    }

    Workshop workshop(String name) {
        return register.register(secretary, draft(name, AREA.grid()));
    }

    static NewWorkshop draft(String name, String grid) {
        return new NewWorkshop(name, "模块村股份经济合作社", grid, null, null, WorkKind.HANDICRAFT, 12, LocalDate.of(2024, 3, 1));
    }

    /** The account, opened unless the other module test of this county opened it already. */
    CurrentUser account(String username, String name, Role role, String area) {
        if (accounts.find(username).isPresent()) {
            return accounts.loadUserByUsername(username);
        }
        accounts.open(NewAccount.scoped(username, name, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    int operating(String grid) {
        return jdbc.sql("select count(*) from workshop where grid_code = ? and status = 'OPERATING'")
                .param(grid)
                .query(Integer.class)
                .single();
    }
}
