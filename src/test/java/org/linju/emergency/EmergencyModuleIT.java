package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.NewForceMember;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The emergency module with everything it builds on (forces brings privacy): a directive issued in an emergency is
 * announced to the people it reached who sign in, and waits in their directive list.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EmergencyModuleIT extends ModuleIntegrationTest {

    @Autowired
    Emergencies emergencies;

    @Autowired
    Directives directives;

    @Autowired
    DirectiveInbox inbox;

    @Autowired
    Forces forces;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIssuedDirectiveIsAnnouncedToItsRecipientsAndShownToThemUntilAcknowledged(Scenario scenario) {
        ModuleTestArea area = new ModuleTestArea("511795").create(jdbc);
        CurrentUser commander = account("emergency-commander", Role.DISTRICT_ADMIN, area.county());
        CurrentUser volunteer = account("emergency-volunteer", Role.GRID_WORKER, area.grid());
        forces.register(List.of(new NewForceMember(
                ForceKind.VOLUNTEER,
                "模块志愿者",
                null,
                area.grid(),
                area.community(),
                null,
                null,
                List.of(),
                volunteer.getUsername())));
        Emergency flood = emergencies.declare(
                commander, "模块暴雨", EmergencyKind.FLOOD, EmergencyLevel.II, List.of(area.community()));

        scenario.stimulate(() -> directives.issue(
                        commander, flood.id(), "立即转移低洼住户", List.of(), Set.of(), Set.of(ForceKind.VOLUNTEER), 30))
                .andWaitForEventOfType(DirectiveSent.class)
                .matchingMappedValue(DirectiveSent::emergencyId, flood.id())
                .toArriveAndVerify((DirectiveSent event, UUID directive) -> {
                    assertThat(event.directiveId()).isEqualTo(directive);
                    assertThat(event.usernames()).containsExactly("emergency-volunteer");
                    assertThat(event.reminder()).isFalse();
                    // Opening the list marks it read; it stays there, unacknowledged.
                    assertThat(inbox.mine(volunteer))
                            .extracting(DirectiveInbox.Received::text, DirectiveInbox.Received::state)
                            .containsExactly(tuple("立即转移低洼住户", RecipientState.READ));
                });
    }

    private CurrentUser account(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }
}
