package org.linju.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.QrReading;
import org.linju.WebIntegrationTest;
import org.linju.disclosure.Feedback;
import org.linju.disclosure.Subject;
import org.linju.shared.PublicBaseUrl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The workshop pages on the demo district: the register and a workshop registered on its page, the draw, inspections
 * still to come hidden from the community secretary's pages, the public list and page without the team's names, a
 * report from the page with its receipt, and the plaque's QR code leading to the public page.
 */
class WorkshopPagesIT extends WebIntegrationTest {

    @Autowired
    Feedback feedback;

    @Autowired
    PublicBaseUrl publicUrl;

    @Test
    void aWorkshopRegisteredOnThePageIsListedAndDrawnButItsComingInspectionIsHiddenFromTheCommunity() throws Exception {
        String grid = home("leader");
        String name = "页面工坊" + UUID.randomUUID().toString().substring(0, 6);
        String location = registerOnThePage(grid, name);
        assertThat(body(get("/workshops").param("area", grid), "street")).contains(name);
        assertThat(body(get("/workshops").param("title", "TITLED"), "street")).doesNotContain(name);
        assertThat(body(get(location), "secretary")).contains(name, "页面测试合作社");

        String drawForm = body(get("/workshops/inspections/draw").param("area", grid), "street");
        assertThat(drawForm).contains("街道干部 王芳", "区管理员 陈明");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        drawEveryWorkshopOf(grid, tomorrow);
        UUID coming = jdbc.sql(
                        "select i.id from workshop_inspection i join workshop w on w.id = i.workshop_id where w.name = ?")
                .param(name)
                .query(UUID.class)
                .single();

        assertThat(body(get("/workshops/inspections"), "street")).contains(coming.toString());
        assertThat(body(get(location), "street")).contains(coming.toString());
        for (String community : List.of("secretary", "leader")) {
            assertThat(body(get("/workshops/inspections"), community)).doesNotContain(coming.toString());
            assertThat(body(get(location), community)).doesNotContain(coming.toString(), tomorrow);
            mvc.perform(get("/workshops/inspections/" + coming).with(as(accounts, community)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/public/workshops/" + location.substring("/workshops/".length())))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicPageShowsNoPersonalDataTakesAReportAndThePlaquesQrCodeOpensIt() throws Exception {
        UUID id = jdbc.sql(
                        "select id from workshop where title = 'TITLED' and grid_code like '511703%' order by name limit 1")
                .query(UUID.class)
                .single();
        String path = "/public/workshops/" + id;
        String list = mvc.perform(get("/public/workshops"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(path);
        String page = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("ask-form", "name=\"submission\"", "_csrf", "<option value=\"\"");
        assertThat(page).doesNotContain("街道干部 王芳", "区管理员 陈明", "工资经银行代发", "工坊运营单位");

        int asked = feedback.tally(new Subject("workshop", id)).asked();
        aBlankReportIsRefusedWithAMessage(path);
        String receipt = mvc.perform(post(path + "/reports")
                        .with(csrf())
                        .param("description", "工坊门口公示栏的账目三个月没更新")
                        .param("categoryCode", "1301")
                        .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(receipt).startsWith(path + "/reported?code=");
        String code = receipt.substring(receipt.indexOf("code=") + 5);
        assertThat(mvc.perform(get(receipt)).andReturn().getResponse().getContentAsString())
                .contains(code, "/track/" + code);
        assertThat(feedback.tally(new Subject("workshop", id)).asked()).isEqualTo(asked + 1);

        assertThat(body(get("/workshops/" + id + "/plaque"), "street")).contains(path + "/qr.png");
        assertThat(qrText(get(path + "/qr.png"))).isEqualTo(publicUrl.of(path));
    }

    @Test
    void aPointOutsideTheGlobeIsRefusedInWordsNotWithAServerError() throws Exception {
        String page = mvc.perform(post("/workshops")
                        .with(as(accounts, "street"))
                        .with(csrf())
                        .param("name", "坐标测试工坊")
                        .param("operatorOrg", "页面测试合作社")
                        .param("area", home("leader"))
                        .param("lat", "95")
                        .param("lng", "104.6")
                        .param("kind", "ECOMMERCE")
                        .param("workers", "7")
                        .param("startedOn", "2025-05-01"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsAnyOf("Latitude must lie between -90 and 90", "纬度须在-90到90之间");
    }

    private String registerOnThePage(String grid, String name) throws Exception {
        return mvc.perform(post("/workshops")
                        .with(as(accounts, "street"))
                        .with(csrf())
                        .param("name", name)
                        .param("operatorOrg", "页面测试合作社")
                        .param("area", grid)
                        .param("kind", "ECOMMERCE")
                        .param("workers", "7")
                        .param("startedOn", "2025-05-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private void drawEveryWorkshopOf(String grid, String day) throws Exception {
        UUID street = accounts.loadUserByUsername("street").id();
        UUID admin = accounts.loadUserByUsername("admin").id();
        int pool = jdbc.sql("select count(*) from workshop where grid_code = ? and status = 'OPERATING'")
                .param(grid)
                .query(Integer.class)
                .single();
        mvc.perform(post("/workshops/inspections/draw")
                        .with(as(accounts, "street"))
                        .with(csrf())
                        .param("area", grid)
                        .param("from", day)
                        .param("to", day)
                        .param("count", String.valueOf(pool))
                        .param("team", street.toString(), admin.toString()))
                .andExpect(status().isOk());
    }

    @Test
    void hostileReportsFromThePublicPageAreRefusedWithoutAServerError() throws Exception {
        UUID id = jdbc.sql(
                        "select id from workshop where title = 'TITLED' and grid_code like '511703%' order by name limit 1")
                .query(UUID.class)
                .single();
        List<Map<String, String>> forms = List.of(
                Map.of(
                        "description",
                        "工资\u0000拖欠",
                        "categoryCode",
                        "1301",
                        "submission",
                        UUID.randomUUID().toString()),
                Map.of("description", "长".repeat(5000), "categoryCode", "1301"),
                Map.of("description", "账目不清", "categoryCode", "1301", "phone", "not-a-phone"),
                Map.of("description", "账目不清", "categoryCode", "1301", "submission", "键".repeat(500)),
                Map.of("description", "账目不清", "categoryCode", "\u0000"));
        for (Map<String, String> form : forms) {
            MockHttpServletRequestBuilder request =
                    post("/public/workshops/" + id + "/reports").with(csrf());
            form.forEach(request::param);
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as("%s", form.keySet()).isBetween(300, 499);
        }
        mvc.perform(get("/public/workshops/not-an-id")).andExpect(status().isBadRequest());
    }

    private void aBlankReportIsRefusedWithAMessage(String path) throws Exception {
        String page = mvc.perform(post(path + "/reports")
                        .with(csrf())
                        .param("description", "   ")
                        .param("categoryCode", "1301")
                        .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("ask-error", "ask-form");
    }

    private String home(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String qrText(MockHttpServletRequestBuilder request) throws Exception {
        byte[] png = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return QrReading.text(png);
    }
}
