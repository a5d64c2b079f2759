package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.emergency.DirectiveSent;
import org.linju.forces.Forces;
import org.linju.forces.ProjectPosted;
import org.linju.identity.Accounts;
import org.linju.identity.Departments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notify module alone, fed the events of the modules it listens to: each lands in the inbox of the people it
 * names. The matter notifications' look-ups of accounts, departments and forces are stand-ins here.
 */
@ApplicationModuleTest
class NotifyModuleIT extends ModuleIntegrationTest {

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    Departments departments;

    @MockitoBean
    Forces forces;

    @Autowired
    Inbox inbox;

    @Test
    void aDirectiveLandsInTheInboxOfEveryRecipient(Scenario scenario) {
        scenario.publish(new DirectiveSent(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "模块暴雨：立即转移",
                        List.of("notify-first", "notify-second"),
                        false))
                .andWaitForStateChange(() -> inbox.of("notify-second"), messages -> !messages.isEmpty())
                .andVerify(messages -> {
                    assertThat(messages)
                            .extracting(Inbox.Message::title, Inbox.Message::link, Inbox.Message::read)
                            .containsExactly(tuple("【应急指令】模块暴雨：立即转移", "/directives", false));
                    assertThat(inbox.of("notify-first")).hasSize(1);
                });
    }

    @Test
    void aProjectLandsInTheInboxOfTheMatchingForcesWithItsLink(Scenario scenario) {
        UUID project = UUID.randomUUID();
        scenario.publish(new ProjectPosted(
                        project, "51179700100101", "修路灯", "模块小区", 2, List.of("电工"), List.of("notify-electrician")))
                .andWaitForStateChange(() -> inbox.of("notify-electrician"), messages -> !messages.isEmpty())
                .andVerify(messages -> assertThat(messages)
                        .extracting(Inbox.Message::title, Inbox.Message::link)
                        .containsExactly(tuple("【项目清单】修路灯", "/projects/" + project)));
    }
}
