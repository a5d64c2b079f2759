package org.linju.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.imports.SheetChunks;
import org.linju.imports.SheetRow;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The staff module with its dependencies: a street's staff pick areas from their own tree and import accounts. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class StaffModuleIT extends ModuleIntegrationTest {

    @Autowired
    AccountAreas areas;

    @Autowired
    StaffImport kind;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStreetsStaffPickFromTheirTreeAndImportEachAccountOnce() {
        ModuleTestArea area = new ModuleTestArea("511788").create(jdbc);
        String street = area.community().substring(0, 9);
        accounts.open(NewAccount.scoped(
                "staff-street", "模块街道干部", Role.STREET_STAFF, Set.of(RegionCode.of(street)), "Temporary2026", false));
        CurrentUser staff = accounts.loadUserByUsername("staff-street");

        assertThat(areas.of(staff))
                .extracting(AccountAreas.Choice::code, AccountAreas.Choice::label)
                .containsExactly(
                        tuple(street, "\u3000模块街道"),
                        tuple(area.community(), "\u3000\u3000模块社区"),
                        tuple(area.grid(), "\u3000\u3000\u3000模块网格"));

        List<SheetRow> rows = List.of(new SheetRow(2, List.of("staff-worker", "模块网格员", "网格员", area.grid(), "")));
        SheetChunks.Outcome first = kind.chunksFor(staff).store(rows);
        SheetChunks.Outcome again = kind.chunksFor(staff).store(rows);

        assertThat(first.accepted()).isEqualTo(1);
        assertThat(again.accepted()).isZero();
        assertThat(again.alreadyRegistered()).isEqualTo(1);
        CurrentUser worker = accounts.loadUserByUsername("staff-worker");
        assertThat(worker.role()).isEqualTo(Role.GRID_WORKER);
        assertThat(worker.scope().roots()).containsExactly(RegionCode.of(area.grid()));
        assertThat(worker.mustChangePassword()).isTrue();
    }
}
