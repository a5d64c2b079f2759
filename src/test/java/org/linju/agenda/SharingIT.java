package org.linju.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.QrReading;
import org.linju.WebIntegrationTest;
import org.linju.forces.Project;
import org.linju.forces.Projects;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sharing in a plain WeChat group: every adopted item and every project list shows the text to copy, its address and
 * a QR code that a phone reads as that address.
 */
class SharingIT extends WebIntegrationTest {

    @Autowired
    Projects projects;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String qrCodeText(MockHttpServletRequestBuilder request) throws Exception {
        byte[] png = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return QrReading.text(png);
    }

    @Test
    void anAdoptedItemIsSharedAsTextAndAQrCodeOfItsPublicPage() throws Exception {
        UUID item = jdbc.sql("select id from annual_item where status = 'IN_PROGRESS' order by id limit 1")
                .query(UUID.class)
                .single();
        String title = jdbc.sql("select title from annual_item where id = ?")
                .param(item)
                .query(String.class)
                .single();
        String path = "/public/annual/" + item;

        String publicPage = page(get(path));
        assertThat(publicPage).contains("id=\"share-text\"", "readonly", "data-share-copy", title, path + "/qr.png");
        assertThat(page(get("/agenda/items/" + item).with(as(accounts, "admin"))))
                .contains("id=\"share-text\"", "年度10件大事】" + title);
        assertThat(qrCodeText(get(path + "/qr.png"))).startsWith("http").endsWith(path);
        mvc.perform(get("/public/annual/" + UUID.randomUUID() + "/qr.png")).andExpect(status().isNotFound());
    }

    @Test
    void aProjectListIsSharedWithAQrCodeOfItsSignUpPage() throws Exception {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        String grid = leader.scope().roots().iterator().next().value();
        Instant start = Instant.now().plus(Duration.ofDays(2));
        Project project =
                projects.post(leader, grid, "帮独居老人换灯泡", "5栋", start, start.plus(Duration.ofHours(2)), 4, List.of());
        String path = "/projects/" + project.id();

        assertThat(page(get(path).with(as(accounts, "leader"))))
                .contains(
                        "id=\"share-text\"", "【项目清单】帮独居老人换灯泡", "还差 4 人", "/share/projects/" + project.id() + "/qr.png");
        assertThat(qrCodeText(get("/share/projects/" + project.id() + "/qr.png").with(as(accounts, "leader"))))
                .endsWith(path);
        mvc.perform(get("/share/projects/" + project.id() + "/qr.png")).andExpect(status().is3xxRedirection());
    }
}
