package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.GridScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** The grid module on its own (with identity and audit): a boundary import is announced and locatable at once. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GridModuleIT extends ModuleIntegrationTest {

    private static final ModuleTestArea AREA = new ModuleTestArea("511791");
    private static final String COUNTY = AREA.county();
    private static final String COMMUNITY = AREA.community();
    private static final String GRID = AREA.grid();

    @Autowired
    RegionImport regions;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    GridLocator locator;

    @Test
    void importedBoundariesAreAnnouncedAndResidentsReportsFindTheirGrid(Scenario scenario) {
        regions.importCounty(
                COUNTY,
                "模块县",
                new StringReader("code,name,areaCode\n" + COUNTY + "001,模块街道," + COUNTY + "\n"),
                new StringReader("code,name,areaCode\n" + COMMUNITY + ",模块社区居委会," + COUNTY + "\n"));

        scenario.stimulate(() -> boundaries.importFeatureCollection(AREA.boundaries(), GridScope.unrestricted()))
                .andWaitForEventOfType(GridBoundariesChanged.class)
                .matching(event -> event.gridCodes().contains(GRID))
                .toArriveAndVerify((event, outcome) -> {
                    assertThat(outcome.applied()).isEqualTo(1);
                    assertThat(locator.locate(AREA.lat(), AREA.lng()))
                            .map(GridLocation::code)
                            .contains(GRID);
                });
    }
}
