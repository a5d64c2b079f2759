package org.linju.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.disclosure.DisclosedItem;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.GridScope;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.linju.shared.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The works module with its dependencies (county 511770): a project's progress rolls up from its weighted sub-works
 * with its course kept, its photos lose their EXIF GPS, staff of another community neither see nor change it, and back
 * streets add up by street and community and against a programme target. (The funds module's ProjectFunding is not
 * part of this context: its implementation arrives with the funds module; here a project simply has no funding.)
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class WorksModuleIT extends ModuleIntegrationTest {

    private static final ModuleTestArea AREA = new ModuleTestArea("511770");
    private static final String STREET = "511770001";
    private static final String OTHER_COMMUNITY = "511770001002";

    @Autowired
    LivelihoodProjects projects;

    @Autowired
    ProjectProgress progress;

    @Autowired
    ProjectPhotos photos;

    @Autowired
    LivelihoodProjectList list;

    @Autowired
    BackStreets streets;

    @Autowired
    StreetRollUp rollUp;

    @Autowired
    ProjectDisclosure disclosure;

    @Autowired
    Accounts accounts;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser manager;

    @BeforeEach
    void area() {
        if (jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.community())
                        .query(Integer.class)
                        .single()
                == 0) {
            AREA.createRegions(jdbc);
            boundaries.importFeatureCollection(AREA.boundaries(), GridScope.unrestricted());
            jdbc.sql("""
                    insert into region (code, name, official_name, level, parent_code, district_code)
                    values (?, '别的社区', '别的社区居委会', 'COMMUNITY', ?, '511770')
                    """).params(OTHER_COMMUNITY, STREET).update();
            departments.register(List.of(new Department("W770", "模块住建局", "Works bureau")));
            open("works-street", Role.STREET_STAFF, STREET);
            open("works-secretary", Role.COMMUNITY_SECRETARY, AREA.community());
            open("works-other", Role.COMMUNITY_SECRETARY, OTHER_COMMUNITY);
        }
        manager = accounts.loadUserByUsername("works-street");
    }

    private void open(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    private UUID road(String name) {
        String line = "{\"type\":\"LineString\",\"coordinates\":[[%s,%s],[%s,%s]]}"
                .formatted(AREA.west() + 0.001, AREA.lat(), AREA.west() + 0.009, AREA.lat());
        return projects.register(
                manager,
                new ProjectDraft(
                        name,
                        null,
                        2024,
                        ProjectStatus.UNDER_CONSTRUCTION,
                        "道路提质改造",
                        "W770",
                        "模块建设公司",
                        line,
                        2024,
                        "完成道路提质改造",
                        List.of(Theme.CIVILISED_CITY)));
    }

    @Test
    void progressRollsUpFromWeightedSubWorksAndKeepsItsCourse() {
        UUID id = road("模块路改造");
        LivelihoodProject road = projects.project(manager, id);
        assertThat(road.areaCode()).as("the grid the drawn road lies in").isEqualTo(AREA.grid());
        assertThat(road.location().kilometres()).isEqualTo("0.77");

        UUID paving = progress.addSubWork(manager, id, "路面", 3);
        UUID lights = progress.addSubWork(manager, id, "路灯", 1);
        progress.recordSubWork(manager, id, paving, 50);
        int percent = progress.recordSubWork(manager, id, lights, 100);

        assertThat(percent).isEqualTo(62);
        assertThat(projects.project(manager, id).progress()).isEqualTo(62);
        assertThat(jdbc.sql("select percent from livelihood_progress where project_id = ? order by recorded_at")
                        .param(id)
                        .query(Integer.class)
                        .list())
                .containsExactly(37, 62);
        DisclosedItem shown = disclosure.disclosed(id).orElseThrow();
        assertThat(shown.progressPercent()).isEqualTo(62);
        assertThat(shown.facts())
                .extracting(DisclosedItem.Fact::labelKey, DisclosedItem.Fact::value)
                .contains(tuple("works.length", "0.77 km"), tuple("works.contractor", "模块建设公司"));
        assertThat(shown.money()).isEmpty();
        assertThatThrownBy(() -> progress.recordSubWork(manager, id, paving, 101))
                .isInstanceOf(WorksRefused.class)
                .hasMessage("works.percentInvalid");
    }

    @Test
    void aPhotosGpsIsGoneWhenItIsStored() throws Exception {
        UUID id = road("模块广场");
        byte[] upload = ExifJpeg.withGps(30, 107);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif");

        UUID photo = photos.add(manager, id, List.of(upload), "施工现场").get(0);

        byte[] stored = photos.photo(manager, id, photo).bytes();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(app1Segments(stored)).isZero();
        assertThat(disclosure.photo(id, photo).orElseThrow().bytes()).isEqualTo(stored);
    }

    private static int app1Segments(byte[] jpeg) {
        int count = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xE1) {
                count++;
            }
        }
        return count;
    }

    @Test
    void anotherCommunitysSecretaryNeitherSeesNorChangesIt() {
        UUID id = road("模块桥");
        CurrentUser other = accounts.loadUserByUsername("works-other");
        CurrentUser secretary = accounts.loadUserByUsername("works-secretary");

        assertThatThrownBy(() -> projects.project(other, id)).isInstanceOf(WorksItemNotFound.class);
        assertThat(list.page(other, LivelihoodProjectFilter.all()).rows())
                .extracting(LivelihoodProject::id)
                .doesNotContain(id);
        assertThat(disclosure.candidate(other.scope(), id)).isEmpty();
        assertThat(disclosure.candidate(manager.scope(), id)).isPresent();
        assertThat(list.page(secretary, LivelihoodProjectFilter.all()).rows())
                .extracting(LivelihoodProject::id)
                .contains(id);
        assertThatThrownBy(() -> progress.addSubWork(secretary, id, "私自加的", 1)).isInstanceOf(OutOfScope.class);
    }

    @Test
    void backStreetsAddUpByLevelAndAgainstTheirTarget() {
        street("一巷", AREA.community(), StreetGrade.FINE, StreetGrade.FINE);
        street("二巷", AREA.community(), StreetGrade.BOUTIQUE, StreetGrade.FINE);
        street("三巷", OTHER_COMMUNITY, StreetGrade.STANDARD, null);
        CurrentUser admin = accounts.loadUserByUsername("works-street");

        assertThat(rollUp.byLevel(admin, RegionLevel.COMMUNITY, 2031))
                .extracting(StreetRollUp.Row::areaCode, StreetRollUp.Row::streets, StreetRollUp.Row::met)
                .containsExactly(tuple(AREA.community(), 2, 1), tuple(OTHER_COMMUNITY, 1, 0));
        StreetRollUp.Row street =
                rollUp.byLevel(admin, RegionLevel.STREET, 2031).get(0);
        assertThat(street.areaCode()).isEqualTo(STREET);
        assertThat(street.target()).isEqualTo(new StreetRollUp.Grades(1, 1, 1));
        assertThat(street.achieved()).isEqualTo(new StreetRollUp.Grades(0, 2, 0));

        streets.setTarget(admin, new ProgrammeTarget(UUID.randomUUID(), "模块街道2031", STREET, 2031, 2031, 1, 2, 1, 4));
        assertThat(rollUp.standings(admin))
                .filteredOn(standing -> standing.target().label().equals("模块街道2031"))
                .singleElement()
                .satisfies(standing -> {
                    assertThat(standing.registered()).isEqualTo(3);
                    assertThat(standing.achieved().total()).isEqualTo(2);
                    assertThat(standing.percent()).isEqualTo(50);
                });
        assertThat(rollUp.byLevel(accounts.loadUserByUsername("works-other"), RegionLevel.COMMUNITY, 2031))
                .extracting(StreetRollUp.Row::areaCode)
                .containsExactly(OTHER_COMMUNITY);
        assertThatThrownBy(() -> streets.setTarget(
                        admin, new ProgrammeTarget(UUID.randomUUID(), "全市", null, 2031, 2031, 1, 1, 1, 3)))
                .isInstanceOf(OutOfScope.class);
    }

    private void street(String name, String community, StreetGrade target, StreetGrade achieved) {
        streets.register(
                manager,
                new StreetDraft(
                        name,
                        community,
                        2031,
                        null,
                        target,
                        achieved,
                        false,
                        "{\"type\":\"LineString\",\"coordinates\":[[107.001,30.501],[107.003,30.501]]}"));
    }

    @Test
    void aPublicPageNeverHearsOfAnItemOutsideEveryScope() {
        assertThat(disclosure.disclosed(UUID.randomUUID())).isEmpty();
        assertThat(disclosure.candidate(GridScope.none(), road("模块隧道"))).isEmpty();
    }
}
