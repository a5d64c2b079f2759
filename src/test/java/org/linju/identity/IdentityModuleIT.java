package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The identity module with audit: an opened account signs in with the scope it was given, and no wider. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityModuleIT extends ModuleIntegrationTest {

    private static final RegionCode COMMUNITY = RegionCode.of("511792001001");

    @Autowired
    Accounts accounts;

    @Test
    void anOpenedAccountSeesItsCommunityAndIsToldAboutItOnly() {
        accounts.open(NewAccount.scoped(
                "identity-module", "模块网格员", Role.GRID_WORKER, Set.of(COMMUNITY), "Temporary2026", true));

        CurrentUser worker = accounts.loadUserByUsername("identity-module");

        assertThat(worker.role()).isEqualTo(Role.GRID_WORKER);
        assertThat(worker.mustChangePassword()).isTrue();
        assertThat(worker.scope().covers(RegionCode.of("51179200100102"))).isTrue();
        assertThat(worker.scope().covers(RegionCode.of("51179200100201"))).isFalse();
        assertThat(accounts.usernamesCovering(RegionCode.of("51179200100102"), List.of(Role.GRID_WORKER)))
                .containsExactly("identity-module");
    }
}
