package org.linju.emergency;

import java.util.List;
import java.util.Set;
import org.linju.ModuleTestArea;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.NewForceMember;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plans tests' own county (511786), outside the demo district: two district admins of it (one drafts, the other
 * reviews) and three volunteers in its grid, created once for the shared test database.
 */
final class PlanTestArea {

    static final ModuleTestArea AREA = new ModuleTestArea("511786");
    static final List<String> VOLUNTEERS = List.of("预案志愿者甲", "预案志愿者乙", "预案志愿者丙");

    private PlanTestArea() {}

    static void ensure(JdbcClient jdbc, Accounts accounts, Forces forces) {
        boolean exists = jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.county())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        AREA.create(jdbc);
        for (String username : List.of("plans-drafter", "plans-reviewer")) {
            accounts.open(NewAccount.scoped(
                    username,
                    username,
                    Role.DISTRICT_ADMIN,
                    Set.of(RegionCode.of(AREA.county())),
                    "Plans2026!",
                    false));
        }
        forces.register(VOLUNTEERS.stream()
                .map(name -> new NewForceMember(
                        ForceKind.VOLUNTEER, name, null, AREA.grid(), AREA.community(), null, null, List.of(), null))
                .toList());
    }

    static CurrentUser drafter(Accounts accounts) {
        return accounts.loadUserByUsername("plans-drafter");
    }

    static CurrentUser reviewer(Accounts accounts) {
        return accounts.loadUserByUsername("plans-reviewer");
    }
}
