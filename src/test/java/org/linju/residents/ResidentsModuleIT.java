package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.GridCode;
import org.linju.shared.IdCardNumber;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The resident register with audit and privacy, and identity for the viewer's account: a registered resident is found
 * by ID number, which a grid worker sees masked.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "identity")
class ResidentsModuleIT extends ModuleIntegrationTest {

    @Autowired
    Residents residents;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGridWorkerFindsTheResidentByIdNumberWithTheNumberMasked() {
        ModuleTestArea area = new ModuleTestArea("511793").create(jdbc);
        String idNumber = Rosters.idNumber("511793", 1);
        residents.register(List.of(new NewResident(
                "王模块",
                IdCardNumber.of(idNumber),
                null,
                GridCode.of(area.grid()),
                "1栋",
                "1单元",
                "101",
                ResidenceType.REGISTERED,
                null,
                Set.of())));
        accounts.open(NewAccount.scoped(
                "residents-module",
                "模块网格员",
                Role.GRID_WORKER,
                Set.of(RegionCode.of(area.grid())),
                "Temporary2026",
                false));
        CurrentUser worker = accounts.loadUserByUsername("residents-module");

        assertThat(residents.search(worker, idNumber)).singleElement().satisfies(found -> {
            assertThat(found.gridCode()).isEqualTo(area.grid());
            assertThat(found.address()).contains("101");
            assertThat(found.name()).isEqualTo("王模块");
            assertThat(found.idNumber())
                    .as("a grid worker sees the first and last four until revealing it with a reason")
                    .isEqualTo("5117**********0039");
        });
    }
}
