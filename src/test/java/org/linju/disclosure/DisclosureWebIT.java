package org.linju.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.Eventually;
import org.linju.identity.CurrentUser;
import org.linju.matters.Difficulty;
import org.linju.matters.MatterView;
import org.linju.matters.MatterWork;
import org.linju.matters.StaffStep;
import org.linju.matters.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The disclosure pages through the web on the demo district: the workflow's buttons, the public page (without personal
 * data, 404 once withdrawn), a resident's question from it becoming a linked matter counted as asked and then answered.
 */
class DisclosureWebIT extends DisclosureWebTest {

    @Autowired
    MatterWork work;

    @Autowired
    ApplicationContext context;

    @Test
    void aDraftIsNotPublicAndAWithdrawnItemIsGoneWithItsPhotosQrCodeAndBoard() throws Exception {
        DisclosedItem draft = fixtures.add("未发布的项目", "511703001001", null, null);
        mvc.perform(get(path(draft))).andExpect(status().isNotFound());

        DisclosedItem item = publishedItem();
        String photo = path(item) + "/photos/" + item.photoIds().get(0);
        for (String page : List.of(path(item), photo, path(item) + "/qr.png", path(item) + "/board")) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        UUID workflowId = jdbc.sql("select id from disclosure_item where subject_id = ?")
                .param(item.subject().id())
                .query(UUID.class)
                .single();
        mvc.perform(post("/disclosure/" + workflowId + "/withdraw")
                        .param("reason", "金额待核实")
                        .with(user(accounts.loadUserByUsername("liaison")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        for (String page : List.of(path(item), photo, path(item) + "/qr.png", path(item) + "/board")) {
            mvc.perform(get(page)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/disclosure/NOT-A-KIND/" + item.subject().id())).andExpect(status().isNotFound());
    }

    @Test
    void aQuestionFromThePageIsALinkedMatterCountedAsAskedThenAnsweredAndThePageShowsNoPersonalData() throws Exception {
        DisclosedItem item = publishedItem();
        assertThat(publicPage(item)).contains("建设路提升改造工程", "2000000.00", "1234567.89", "61.7%", "已提问 0 件 · 已答复 0 件");

        String receipt = mvc.perform(post(path(item) + "/ask")
                        .param("description", "施工围挡占用人行道，老人出行不便")
                        .param("categoryCode", "0101")
                        .param("phone", PHONE)
                        .param("submission", UUID.randomUUID().toString())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String code = receipt.substring(receipt.indexOf("code=") + 5);
        UUID matter = jdbc.sql("select matter_id from disclosure_feedback where subject_id = ? and tracking_code = ?")
                .params(item.subject().id(), code)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select channel from matter where id = ?")
                        .param(matter)
                        .query(String.class)
                        .single())
                .isEqualTo("QR_CODE");
        mvc.perform(get(receipt)).andExpect(status().isOk());

        String page = publicPage(item);
        assertThat(page).contains("已提问 1 件 · 已答复 0 件");
        assertThat(page)
                .as("no personal data: the resident's phone, the tracking code, staff names")
                .doesNotContain(PHONE, code, "王芳", "陈明", "刘建国", street().displayName());

        strikeOff(matter);
        Eventually.await(() -> {
            try {
                return publicPage(item).contains("已提问 1 件 · 已答复 1 件");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The grid leader handles the matter through the matters workflow to its strike-off (销号). */
    private void strikeOff(UUID matter) {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        int version = jdbc.sql("select version from matter where id = ?")
                .param(matter)
                .query(Integer.class)
                .single();
        MatterView view = work.takeStep(
                leader, matter, version, new StaffStep.Triage(Urgency.NORMAL, Difficulty.COMMUNITY, null, null));
        for (StaffStep step : List.of(
                new StaffStep.Dispatch(null, null),
                new StaffStep.Accept(),
                new StaffStep.Start(List.of()),
                new StaffStep.Resolve("已调整围挡", List.of()),
                new StaffStep.Verify("现场核实", List.of()),
                new StaffStep.StrikeOff(null))) {
            view = work.takeStep(leader, view.id(), view.version(), step);
        }
    }

    @Test
    void anEmptyQuestionIsRefusedInWordsWithoutAMatter() throws Exception {
        DisclosedItem item = publishedItem();
        String page = mvc.perform(post(path(item) + "/ask")
                        .param("description", "")
                        .param("categoryCode", "0101")
                        .with(csrf())
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"ask-error\"").doesNotContain("Exception", "??");
        assertThat(jdbc.sql("select count(*) from disclosure_feedback where subject_id = ?")
                        .param(item.subject().id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDoubleSubmitIsOneMatter() throws Exception {
        DisclosedItem item = publishedItem();
        String key = UUID.randomUUID().toString();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            receipts.add(mvc.perform(post(path(item) + "/ask")
                            .param("description", "路灯杆倾斜，存在安全隐患")
                            .param("categoryCode", "0101")
                            .param("submission", key)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        assertThat(receipts.get(1)).isEqualTo(receipts.get(0));
        assertThat(jdbc.sql("select count(*) from disclosure_feedback where subject_id = ?")
                        .param(item.subject().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(publicPage(item)).contains("已提问 1 件 · 已答复 0 件");
    }

    @Test
    void anItemWithAGeometryShowsItOnASmallMap() throws Exception {
        String path = DisclosureTestItems.publishedPage(context);
        String page = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"item-map\"", "LineString", "/js/disclosureMap.js", "leaflet.js");
    }
}
