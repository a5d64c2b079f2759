package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.privacy.FieldCipher;
import org.linju.shared.IdCardNumber;
import org.springframework.beans.factory.annotation.Autowired;

/** Exports need the permission, mask by default, and are logged; a resident can get everything held about them. */
class ResidentExportIT extends WebIntegrationTest {

    @Autowired
    FieldCipher cipher;

    private String community() {
        return accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private Sheet sheet(byte[] workbook) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(workbook)).getSheetAt(0);
    }

    @Test
    void aSecretaryExportsTheOwnCommunityMasked() throws Exception {
        byte[] file = mvc.perform(get("/residents/export.xlsx").with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Sheet sheet = sheet(file);
        long expected = jdbc.sql("select count(*) from resident where grid_code like ?")
                .param(community() + "%")
                .query(Long.class)
                .single();
        assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).matches("[0-9]{4}\\*{10}[0-9X]{4}");
        assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).startsWith(community());
        assertThat(jdbc.sql(
                                "select detail from audit_entry where actor = 'secretary' and action = 'EXPORT_PERSONAL_DATA' order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("masked export of " + expected + " residents");
        mvc.perform(get("/residents/export.xlsx").with(as(accounts, "worker"))).andExpect(status().isForbidden());
    }

    @Test
    void fullValuesNeedAReason() throws Exception {
        mvc.perform(post("/residents/export.xlsx")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        byte[] file = mvc.perform(post("/residents/export.xlsx")
                        .param("reason", "年度人口核查上报")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String id = sheet(file).getRow(1).getCell(1).getStringCellValue();
        assertThat(IdCardNumber.problemWith(id)).isNull();
    }

    @Test
    void subjectAccessGivesEverythingIncludingWhoLooked() throws Exception {
        String grid = accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        Map<String, Object> row = jdbc.sql(
                        "select * from resident where grid_code = ? and name <> '测试居民' order by id limit 1")
                .param(grid)
                .query()
                .singleRow();
        mvc.perform(get("/residents/" + row.get("id")).with(as(accounts, "leader")))
                .andExpect(status().isOk());
        long exportsBefore = subjectAccessExports(row.get("id"));
        String plainId = cipher.decrypt((String) row.get("id_number_cipher"), PersonalField.ID_NUMBER.binding());
        mvc.perform(post("/residents/" + row.get("id") + "/subject-access")
                        .param("reason", "居民本人书面申请查阅")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(plainId))
                .andExpect(jsonPath("$.name").value(row.get("name")))
                .andExpect(jsonPath("$.accessLog[?(@.who == 'leader')]").isNotEmpty());
        assertThat(subjectAccessExports(row.get("id"))).isEqualTo(exportsBefore + 1);
        mvc.perform(post("/residents/" + row.get("id") + "/subject-access")
                        .param("reason", "居民本人书面申请查阅")
                        .with(as(accounts, "dept"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** Counted before and after: ResidentDataPolicyIT may have exported the same resident of the shared grid. */
    private long subjectAccessExports(Object resident) {
        return jdbc.sql("select count(*) from audit_entry where action = 'SUBJECT_ACCESS_EXPORT' and subject_id = ?")
                .param(resident.toString())
                .query(Long.class)
                .single();
    }
}
