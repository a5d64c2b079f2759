package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The budget-line pages: the list within the viewer's area through its filters and export, the new-line form with its
 * refusals in words, a double-submitted payment recorded once with a person's name masked for street staff, a
 * governing document uploaded and downloaded, and the standard grid lines generated once.
 */
class FundsPagesIT extends WebIntegrationTest {

    private String page(String username, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(as(accounts, username)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsTheViewersLinesThroughItsFiltersAndExport() throws Exception {
        String central = page("admin", get("/funds").param("year", "2026").param("source", "CENTRAL"), 200);
        assertThat(central).contains("2026年防洪治理工程（中央水利发展资金）", "2026年水利信息化建设（中央资金）");
        assertThat(central).doesNotContain("2026年农村供水与灌溉工程（省级资金）");

        String street = page("street", get("/funds").param("year", "2026").param("size", "200"), 200);
        assertThat(street).contains("网格员报酬").doesNotContain("防洪治理工程");
        page("worker", get("/funds"), 403);
        page("street", get("/funds").param("area", "511703999"), 403);

        String csv =
                page("admin", get("/funds/export.csv").param("year", "2026").param("source", "PROVINCIAL"), 200);
        assertThat(csv).contains("2026年农村供水与灌溉工程（省级资金）", "588000000.00").doesNotContain("防洪治理");
    }

    @Test
    void anActiveLineOffersDisclosureToDraftersAndClosingToTheDistrictOnly() throws Exception {
        // In the home community, which the liaison leader, the street and the district all see.
        String line = jdbc.sql("select id from budget_line where status = 'ACTIVE' and area_code like '511703001001%'"
                        + " order by name, id limit 1")
                .query(String.class)
                .single();
        assertThat(page("admin", get("/funds/" + line), 200)).contains("disclosure-start-line", "close-line");
        assertThat(page("street", get("/funds/" + line), 200))
                .contains("disclosure-start-line")
                .doesNotContain("close-line");
        assertThat(page("liaison", get("/funds/" + line), 200)).doesNotContain("disclosure-start-line", "close-line");
    }

    @Test
    void aLineFormRefusesThreeDecimalsAndActivationWithoutATargetInWords() throws Exception {
        String community = community();
        String refused = page("admin", newLine(community, "1200.505"), 422);
        assertThat(refused).contains("最多两位小数");
        assertThat(page("admin", newLine(community, "90000000000000000"), 422)).contains("单笔金额最多为");

        String location = mvc.perform(newLine(community, "1200.50").with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/funds/");
        assertThat(page("admin", get(location), 200)).contains("1200.50", "草稿");
        assertThat(page("admin", post(location + "/activate").with(csrf()), 422))
                .contains("至少设定一项绩效目标");
        page("worker", post(location + "/activate").with(csrf()), 403);
    }

    @Test
    void aDoubleSubmittedPaymentIsOneAndAPersonsNameIsMaskedForStreetStaff() throws Exception {
        String line = activeLine();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart(line + "/payments")
                            .param("paidOn", "2026-07-01")
                            .param("amountYuan", "300.25")
                            .param("payeeKind", "PERSON")
                            .param("payee", "欧阳明华")
                            .param("voucherNo", "W-1")
                            .param("idempotencyKey", key)
                            .with(csrf())
                            .with(as(accounts, "admin")))
                    .andExpect(status().is3xxRedirection());
        }
        String forAdmin = page("admin", get(line), 200);
        assertThat(forAdmin).contains("欧阳明华", "300.25");
        String forStreet = page("street", get(line), 200);
        assertThat(forStreet).contains("欧阳**").doesNotContain("欧阳明华");
        UUID id = UUID.fromString(line.substring("/funds/".length()));
        assertThat(jdbc.sql("select count(*) from budget_payment where line_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPersonsPaymentAttachmentIsShownAndServedOnlyToThoseWhoSeeTheName() throws Exception {
        String line = activeLine();
        byte[] receipt = "%PDF-1.7 收据".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(line + "/payments")
                        .file(new MockMultipartFile("attachment", "收据-欧阳明华.pdf", "application/pdf", receipt))
                        .param("paidOn", "2026-07-02")
                        .param("amountYuan", "80")
                        .param("payeeKind", "PERSON")
                        .param("payee", "欧阳明华")
                        .param("voucherNo", "W-2")
                        .with(csrf())
                        .with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        UUID payment = jdbc.sql("select id from budget_payment where voucher_no = 'W-2' and line_id = ?")
                .param(UUID.fromString(line.substring("/funds/".length())))
                .query(UUID.class)
                .single();
        String attachment = line + "/payments/" + payment + "/attachment";

        assertThat(page("admin", get(line), 200)).contains("收据-欧阳明华.pdf");
        assertThat(mvc.perform(get(attachment).with(as(accounts, "admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(receipt);
        assertThat(page("street", get(line), 200)).doesNotContain("欧阳明华", attachment);
        page("street", get(attachment), 404);
    }

    @Test
    void aGoverningDocumentIsUploadedAndDownloadedByVersion() throws Exception {
        String line = activeLine();
        byte[] pdf = "%PDF-1.7 宜春".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(line + "/documents")
                        .file(new MockMultipartFile("file", "rules.pdf", "application/pdf", pdf))
                        .param("title", "管理办法")
                        .with(csrf())
                        .with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(multipart(line + "/documents")
                        .file(new MockMultipartFile("file", "rules.pdf", "application/pdf", "MZ".getBytes()))
                        .param("title", "管理办法")
                        .with(csrf())
                        .with(as(accounts, "admin")))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("按文件内容判断");

        UUID id = UUID.fromString(line.substring("/funds/".length()));
        LineDocumentsRow row = jdbc.sql("select id, sha256 from budget_document where line_id = ?")
                .param(id)
                .query((rs, n) -> new LineDocumentsRow(rs.getObject("id", UUID.class), rs.getString("sha256")))
                .single();
        assertThat(page("admin", get(line), 200)).contains("管理办法", "v1", row.sha256());
        byte[] downloaded = mvc.perform(get(line + "/documents/" + row.id()).with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void theStandardGridLinesOfAYearAreGeneratedOnce() throws Exception {
        int grids = jdbc.sql("select count(*) from grid where code like '511703%'")
                .query(Integer.class)
                .single();
        mvc.perform(post("/funds/standard").param("year", "2031").with(csrf()).with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/funds/standard").param("year", "2031").with(csrf()).with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from budget_line where fiscal_year = 2031 and standard is not null")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2 * grids);
        page("street", post("/funds/standard").param("year", "2031").with(csrf()), 403);
    }

    private record LineDocumentsRow(UUID id, String sha256) {}

    private String community() {
        return accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private MockHttpServletRequestBuilder newLine(String area, String amount) {
        return post("/funds")
                .param("fiscalYear", "2026")
                .param("name", "社区排水改造 " + UUID.randomUUID())
                .param("source", "DISTRICT")
                .param("classification", "21303")
                .param("ownerUnit", "区农业农村局")
                .param("ownerAccount", "admin")
                .param("areaCode", area)
                .param("amountYuan", amount)
                .with(csrf());
    }

    /** A line in the street's community, with a target, activated through the pages. */
    private String activeLine() throws Exception {
        String line = mvc.perform(newLine(community(), "50000").with(as(accounts, "admin")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(line + "/targets")
                        .param("dimension", "QUANTITY")
                        .param("name", "管网长度")
                        .param("unit", "米")
                        .param("higherIsBetter", "true")
                        .param("target", "800")
                        .with(csrf())
                        .with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(line + "/activate").with(csrf()).with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        return line;
    }
}
