package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linju.WebIntegrationTest;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.linju.shared.IdCardNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Residents' personal data: never stored in plain text, masked on screen, scoped, revealed only with a reason. */
class ResidentsIT extends WebIntegrationTest {

    @Autowired
    FieldCipher cipher;

    private String ownGrid() {
        return accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private Map<String, Object> residentOf(String gridCondition, String grid) {
        return jdbc.sql("select * from resident where grid_code " + gridCondition
                        + " ? and phone_cipher is not null and name <> '测试居民' order by id limit 1")
                .param(grid)
                .query()
                .singleRow();
    }

    private String plainId(Map<String, Object> row) {
        return cipher.decrypt((String) row.get("id_number_cipher"), PersonalField.ID_NUMBER.binding());
    }

    private String plainPhone(Map<String, Object> row) {
        return cipher.decrypt((String) row.get("phone_cipher"), PersonalField.PHONE.binding());
    }

    @Test
    void theDemoRegisterHasValidNumbers() {
        // The demo registers in the one transaction that loads the district, before any test, so its residents
        // are the ones sharing the earliest creation time; imports by other tests come later.
        assertThat(jdbc.sql("select count(*) from resident where created_at = (select min(created_at) from resident)")
                        .query(Long.class)
                        .single())
                .as("12 residents in each of the demo's 287 grids")
                .isEqualTo(287 * 12);
        // Anonymised records (erasure, retention) keep no ID number, by design; every other one is valid.
        List<Map<String, Object>> rows = jdbc.sql(
                        "select id_number_cipher from resident where anonymised_at is null limit 500")
                .query()
                .listOfRows();
        rows.forEach(row -> assertThat(IdCardNumber.problemWith(plainId(row))).isNull());
    }

    @Test
    void noPlaintextIdNumberOrPhoneAnywhereInTheDatabase() {
        List<String> secrets = new ArrayList<>();
        jdbc.sql("select id_number_cipher, phone_cipher from resident where phone_cipher is not null limit 300")
                .query()
                .listOfRows()
                .forEach(row -> {
                    secrets.add(plainId(row));
                    secrets.add(plainPhone(row));
                });
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class)
                .list();
        Set<String> secretSet = new HashSet<>(secrets);
        Pattern digits = Pattern.compile("[0-9]{11,}X?");
        for (String table : tables) {
            jdbc.sql("select t::text from \"" + table + "\" t").query((ResultSet rs) -> {
                Matcher run = digits.matcher(rs.getString(1));
                while (run.find()) {
                    String found = run.group();
                    for (int length : new int[] {11, 18}) {
                        for (int start = 0; start + length <= found.length(); start++) {
                            assertThat(secretSet)
                                    .as("plaintext in table %s", table)
                                    .doesNotContain(found.substring(start, start + length));
                        }
                    }
                }
            });
        }
    }

    @Test
    void aGridWorkerSeesTheOwnGridsResidentsMasked() throws Exception {
        Map<String, Object> own = residentOf("=", ownGrid());
        Map<String, Object> other = residentOf("<>", ownGrid());
        String id = plainId(own);
        String page = mvc.perform(
                        get("/residents").param("q", (String) own.get("name")).with(as(accounts, "worker")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains((String) own.get("name"))
                .contains(id.substring(0, 4) + "**********" + id.substring(14))
                .doesNotContain(id)
                .doesNotContain(plainPhone(own))
                .as("the total is of the rows the name matches")
                .contains("共 "
                        + jdbc.sql("select count(*) from resident where grid_code = ? and starts_with(name, ?)")
                                .params(ownGrid(), own.get("name"))
                                .query(Long.class)
                                .single()
                        + " 条");
        mvc.perform(get("/residents").with(as(accounts, "worker")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("共 "
                                + jdbc.sql("select count(*) from resident where grid_code = ?")
                                        .param(ownGrid())
                                        .query(Long.class)
                                        .single()
                                + " 条")));
        mvc.perform(get("/residents/" + other.get("id")).with(as(accounts, "worker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void exactSearchFindsByIdNumberOrPhoneWithinScopeOnly() throws Exception {
        Map<String, Object> own = residentOf("=", ownGrid());
        Map<String, Object> other = residentOf("<>", ownGrid());
        mvc.perform(get("/residents").param("q", plainId(own)).with(as(accounts, "worker")))
                .andExpect(content().string(Matchers.containsString("精确匹配到 1 人")))
                .andExpect(content().string(Matchers.containsString((String) own.get("name"))));
        mvc.perform(get("/residents").param("q", plainPhone(own)).with(as(accounts, "worker")))
                .andExpect(content().string(Matchers.containsString((String) own.get("name"))));
        mvc.perform(get("/residents").param("q", plainId(other)).with(as(accounts, "worker")))
                .andExpect(content().string(Matchers.containsString("精确匹配到 0 人")));
        mvc.perform(get("/residents").param("q", plainId(other)).with(as(accounts, "admin")))
                .andExpect(content().string(Matchers.containsString("精确匹配到 1 人")));
    }

    @Test
    void theApiAnswersMaskedAndScoped() throws Exception {
        Map<String, Object> own = residentOf("=", ownGrid());
        Map<String, Object> other = residentOf("<>", ownGrid());
        String id = plainId(own);
        mvc.perform(get("/api/v1/residents").param("q", id).with(as(accounts, "worker")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$[0].idNumber")
                        .value(id.substring(0, 4) + "**********" + id.substring(14)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(id))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(plainPhone(own)))));
        mvc.perform(get("/api/v1/residents/" + other.get("id")).with(as(accounts, "worker")))
                .andExpect(status().isForbidden())
                .andExpect(MockMvcResultMatchers.jsonPath("$.status").value(403));
    }

    @Test
    void departmentStaffSeeNamesMaskedAndCannotReveal() throws Exception {
        String grid = accounts.loadUserByUsername("dept")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        Map<String, Object> packaged = residentOf("=", grid);
        String name = (String) packaged.get("name");
        mvc.perform(get("/residents/" + packaged.get("id")).with(as(accounts, "dept")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(Masking.name(name))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">" + name + "<"))));
        mvc.perform(post("/residents/" + packaged.get("id") + "/reveal")
                        .param("field", "PHONE")
                        .param("reason", "核实联系方式")
                        .with(as(accounts, "dept"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void revealNeedsAReasonAndIsAudited() throws Exception {
        Map<String, Object> own = residentOf("=", ownGrid());
        UUID id = (UUID) own.get("id");
        mvc.perform(post("/residents/" + id + "/reveal")
                        .param("field", "PHONE")
                        .param("reason", " ")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("请填写至少 4 个字的事由")));
        mvc.perform(post("/residents/" + id + "/reveal")
                        .param("field", "PHONE")
                        .param("reason", "入户走访核实联系方式")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(plainPhone(own))));
        assertThat(jdbc.sql("""
				select count(*) from audit_entry where actor = 'worker' and action = 'REVEAL_PERSONAL_DATA'
				and subject_id = ? and reason = '入户走访核实联系方式' and detail = 'field=resident.phone'
				""").param(id.toString()).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(post("/residents/" + id + "/reveal")
                        .param("field", "RESTRICTED_GROUPS")
                        .param("reason", "核查特殊人群")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theApplicationLogNeverShowsTheNumbers(CapturedOutput output) throws Exception {
        Map<String, Object> own = residentOf("=", ownGrid());
        mvc.perform(get("/residents").param("q", plainId(own)).with(as(accounts, "worker")))
                .andExpect(status().isOk());
        mvc.perform(post("/residents/" + own.get("id") + "/reveal")
                        .param("field", "PHONE")
                        .param("reason", "电话回访核实")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/residents").param("q", "51170319990101999X").with(as(accounts, "worker")))
                .andExpect(status().isOk());
        assertThat(output.getAll()).doesNotContain(plainId(own)).doesNotContain(plainPhone(own));
    }

    @Test
    void everyViewIsLogged() throws Exception {
        Map<String, Object> own = residentOf("=", ownGrid());
        long before = jdbc.sql(
                        "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and subject_id = ?")
                .param(own.get("id").toString())
                .query(Long.class)
                .single();
        mvc.perform(get("/residents/" + own.get("id")).with(as(accounts, "leader")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and subject_id = ?")
                        .param(own.get("id").toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }
}
