package org.linju.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linju.Eventually;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.imports.ImportJob;
import org.linju.imports.Imports;
import org.linju.imports.RefusedRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** A community secretary registers forces from a workbook: good rows in, every bad row reported, nothing twice. */
class RegistrationImportIT extends WebIntegrationTest {

    @Autowired
    RegistrationImport imports;

    @Autowired
    Imports jobs;

    @Test
    void goodRowsAreRegisteredBadOnesReportedAndAReuploadRegistersNobodyTwice() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String community = grid.substring(0, 12);
        String elsewhere = jdbc.sql("select min(code) from grid where code not like ?")
                .param(community + "%")
                .query(String.class)
                .single();
        byte[] workbook = workbook(List.of(
                List.of("王小明", "志愿者", "13700000001", grid, "", "", "社区志愿队", "电工、水电工", ""),
                List.of("李四", "志愿者", "12345", grid, "", "", "", "", ""),
                List.of("赵六", "超人", "13700000002", grid, "", "", "", "", ""),
                List.of("钱七", "志愿者", "13700000004", elsewhere, "", "", "", "", ""),
                List.of("王小明", "志愿者", "137 0000 0001", grid, "", "", "", "", ""),
                List.of("孙八", "社区工作者", "13700000003", "", community, "", "", "", ""),
                List.of("周九", "报到机关干部", "13700000005", grid, "", "D999", "", "", "")));

        Status first = upload(workbook, secretary);
        assertThat(first.job().accepted()).isEqualTo(2);
        assertThat(first.job().rejected()).isEqualTo(5);
        assertThat(first.job().totalRows()).isEqualTo(7);
        assertThat(jobs.refused(imports, secretary, first.id()))
                .extracting(RefusedRow::reason)
                .containsExactly(
                        "registration.badPhone",
                        "registration.badKind",
                        "registration.badGrid",
                        "registration.duplicateInFile",
                        "registration.badDepartment");
        String csv = mvc.perform(
                        get("/forces/import/" + first.id() + "/rejections.csv").with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("手机号格式不正确").contains("类别“超人”不存在").contains(elsewhere);
        UUID volunteerId = jdbc.sql("select id from force_member where name = '王小明'")
                .query(UUID.class)
                .single();
        ForceMember volunteer = forces.member(volunteerId).orElseThrow();
        assertThat(volunteer.skills()).containsExactly("电工", "水电工");
        assertThat(volunteer.maskedPhone()).isEqualTo("137****0001");

        Status second = upload(workbook, secretary);
        assertThat(second.job().accepted()).isZero();
        assertThat(second.job().alreadyRegistered()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from force_member where name in ('王小明', '孙八')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        Status wrong = upload(workbook(List.of(), List.of("名字", "电话")), secretary);
        assertThat(wrong.job().status()).isEqualTo("FAILED");
        assertThat(wrong.job().failure()).isEqualTo("registration.badColumns");
    }

    @Autowired
    Forces forces;

    private record Status(UUID id, ImportJob job) {}

    private Status upload(byte[] workbook, CurrentUser user) throws Exception {
        String location = mvc.perform(multipart("/forces/import")
                        .file(new MockMultipartFile("file", "登记.xlsx", "application/octet-stream", workbook))
                        .with(as(accounts, user.getUsername()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Eventually.await(() -> jobs.status(imports, user, id).finished());
        return new Status(id, jobs.status(imports, user, id));
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        return workbook(
                rows,
                Arrays.stream(RegistrationColumns.values())
                        .map(column -> column.title)
                        .toList());
    }

    private static byte[] workbook(List<List<String>> rows, List<String> header) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("登记");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
