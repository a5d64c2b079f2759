package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.GridScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matters module with everything it builds on: a report made inside a grid lands in that grid, and other modules
 * hear of it once it is stored. Reports are written by the intake's batch writer on its own thread, where Scenario's
 * event capture (bound to the test's thread) does not reach, so a listener stands in for the modules that listen.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class MattersModuleIT extends ModuleIntegrationTest {

    @Autowired
    Intake intake;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Heard heard;

    @Test
    void aReportInsideAGridIsAnnouncedWithItsGridAndTrackingCode(Scenario scenario) {
        ModuleTestArea area = new ModuleTestArea("511796").createRegions(jdbc);
        boundaries.importFeatureCollection(area.boundaries(), GridScope.unrestricted());

        scenario.stimulate(() -> intake.report(
                        new NewReport("楼道堆放杂物存在消防隐患", "1201", area.lat(), area.lng(), null, Channel.PATROL),
                        null,
                        "matters-module"))
                .andWaitForStateChange(() -> heard.reports(area.county()), reports -> !reports.isEmpty())
                .andVerify((reports, receipt) -> {
                    assertThat(receipt.gridCode()).isEqualTo(area.grid());
                    assertThat(reports).singleElement().satisfies(event -> {
                        assertThat(event.matterId()).isEqualTo(UUID.fromString(receipt.id()));
                        assertThat(event.trackingCode()).isEqualTo(receipt.trackingCode());
                        assertThat(event.gridCode()).isEqualTo(area.grid());
                        assertThat(event.categoryCode()).isEqualTo("1201");
                    });
                });
    }

    @TestConfiguration
    static class Listening {

        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    static class Heard {

        private final List<MatterReported> reported = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(MatterReported event) {
            reported.add(event);
        }

        List<MatterReported> reports(String district) {
            return reported.stream()
                    .filter(event -> event.district().equals(district))
                    .toList();
        }
    }
}
