package org.linju.matters;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The matter page: where the matter is (a map of its grid), its colour named in words, the limit it works to with
 * the time left, each step behind its own button, and the timeline naming people by role and name in the reader's
 * language (never the account name {@code reporter}).
 */
class MatterPageIT extends WebIntegrationTest {

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    GridLocator locator;

    @Test
    void beforeTriageThereIsNoColourRowAndTheReporterIsNamedInTheReadersLanguage() throws Exception {
        UUID id = residentReport();
        mvc.perform(get("/matters/" + id).with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"matter-map\""),
                                containsString(">未分类</span>"),
                                containsString("<span class=\"actor\">反映人</span>"),
                                containsString("id=\"step-TRIAGE\""),
                                not(containsString(">清单<")),
                                not(containsString(">reporter<")))));
        mvc.perform(get("/matters/" + id).param("lang", "en").with(as(accounts, "leader")))
                .andExpect(content().string(containsString("<span class=\"actor\">Reporter</span>")));
    }

    @Test
    void afterTriageTheColourTheLimitAndWhoTriagedItShow() throws Exception {
        UUID id = residentReport();
        work.takeStep(
                accounts.loadUserByUsername("leader"),
                id,
                0,
                new StaffStep.Triage(Urgency.URGENT, Difficulty.GRID, null, null));
        mvc.perform(get("/matters/" + id).with(as(accounts, "leader")))
                .andExpect(content()
                        .string(allOf(
                                containsString(">黄色</span>"),
                                containsString("办结时限"),
                                containsString("剩余 23 小时"),
                                containsString("<span class=\"actor\">网格长 "
                                        + accounts.loadUserByUsername("leader").displayName() + "</span>"),
                                containsString("id=\"step-DISPATCH\""))));
    }

    private UUID residentReport() {
        double[] point = DemoPoints.in(
                accounts.loadUserByUsername("leader")
                        .scope()
                        .roots()
                        .iterator()
                        .next()
                        .value(),
                jdbc,
                locator);
        Receipt receipt = intake.report(
                new NewReport("单元门禁坏了，关不上", "0101", point[0], point[1], null, Channel.WEB),
                List.of(),
                null,
                Reporter.anonymous("10.16.2." + (int) (Math.random() * 200)));
        return UUID.fromString(receipt.id());
    }
}
