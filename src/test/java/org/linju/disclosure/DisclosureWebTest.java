package org.linju.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.linju.DemoPoints;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** What the disclosure web tests share: a fixture item published through the workflow's buttons by three people. */
abstract class DisclosureWebTest extends WebIntegrationTest {

    static final String PHONE = "13912345678";

    @Autowired
    FixtureDisclosable fixtures;

    @Autowired
    GridLocator locator;

    CurrentUser street() {
        return accounts.loadUserByUsername("street");
    }

    /** A fixture item in the demo grid leader's grid, published by street (draft), admin (review), liaison. */
    DisclosedItem publishedItem() throws Exception {
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        double[] point = DemoPoints.in(grid, jdbc, locator);
        DisclosedItem item = fixtures.add("建设路提升改造工程", grid, point[0], point[1]);
        publish(FixtureDisclosable.KIND, item.subject().id());
        return item;
    }

    /** Publishes the item through the workflow's buttons: street drafts, admin reviews, liaison publishes. */
    void publish(String kind, UUID id) throws Exception {
        String at = mvc.perform(post("/disclosure/new")
                        .param("kind", kind)
                        .param("id", id.toString())
                        .with(user(street()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        step(at + "/review", "street", "disclosure.refused.drafter");
        step(at + "/review", "admin", null);
        step(at + "/publish", "admin", "disclosure.refused.reviewer");
        step(at + "/publish", "liaison", null);
    }

    private void step(String path, String username, String refusal) throws Exception {
        MvcResult result = mvc.perform(post(path)
                        .with(user(accounts.loadUserByUsername(username)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getFlashMap().get("error")).as(username + " " + path).isEqualTo(refusal);
    }

    String publicPage(DisclosedItem item) throws Exception {
        return mvc.perform(get(path(item)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String path(DisclosedItem item) {
        return "/public/disclosure/" + item.subject().kind() + "/"
                + item.subject().id();
    }
}
