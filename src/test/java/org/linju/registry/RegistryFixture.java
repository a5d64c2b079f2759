package org.linju.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry module tests' county (511782), its departments and accounts, made once per database. */
final class RegistryFixture {

    static final ModuleTestArea AREA = new ModuleTestArea("511782");
    static final String HOUSING = "T82-HOUSING";
    static final String HEALTH = "T82-HEALTH";
    static final String WATER = "T82-WATER";
    static final String CATEGORY = "T82";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Catalogue catalogue;

    RegistryFixture(JdbcClient jdbc, Accounts accounts, Departments departments, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.catalogue = catalogue;
        boolean fresh = jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.county())
                        .query(Long.class)
                        .single()
                == 0;
        if (fresh) {
            AREA.create(jdbc);
            departments.register(List.of(
                    new Department(HOUSING, "模块住建局", "Module housing"),
                    new Department(HEALTH, "模块卫健局", "Module health"),
                    new Department(WATER, "模块水务局", "Module water")));
            account("reg-admin", Role.DISTRICT_ADMIN, AREA.county());
            account("reg-housing", Role.DEPARTMENT_STAFF, AREA.grid());
            account("reg-health", Role.DEPARTMENT_STAFF, AREA.grid());
            account("reg-water", Role.DEPARTMENT_STAFF, AREA.grid());
            account("reg-worker", Role.GRID_WORKER, AREA.grid());
            account("reg-other-worker", Role.GRID_WORKER, AREA.community() + "02");
            departments.assign("reg-housing", HOUSING);
            departments.assign("reg-health", HEALTH);
            departments.assign("reg-water", WATER);
            catalogue.addCategory(CATEGORY, "模块类", "Module category", 99);
        }
    }

    private void account(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(
                username, "模块" + username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    CurrentUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    /** A new admitted item of the module category, filed by the module's admin. */
    WorkItem admitted(String code) {
        return catalogue.admitNew(
                new NewItem(code, CATEGORY, "模块事项" + code, "Module item " + code, false),
                filing(code, FilingKind.ADMIT, null, null),
                user("reg-admin"));
    }

    static FilingRequest filing(String code, FilingKind kind, String reason, LocalDate exitsOn) {
        return new FilingRequest(code, kind, HOUSING, "模块依据", LocalDate.of(2026, 1, 5), "模块审批人", reason, exitsOn);
    }

    static TaskRequest task(String item, LocalDate deadline) {
        return new TaskRequest(null, List.of(AREA.grid()), item, "模块任务 " + item, deadline, null);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
