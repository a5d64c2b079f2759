package org.linju.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
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

/** A street's staff import accounts: good rows opened without a password, bad rows reported, nothing opened twice. */
class StaffImportIT extends WebIntegrationTest {

    @Autowired
    StaffImport kind;

    @Autowired
    Imports jobs;

    private record Status(UUID id, ImportJob job) {}

    @Test
    void goodRowsOpenAccountsBadOnesAreReportedAndAReuploadOpensNobodyTwice() throws Exception {
        CurrentUser street = accounts.loadUserByUsername("street");
        String streetCode = street.scope().roots().iterator().next().value();
        String grid = grid(streetCode, true);
        String username = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] workbook = workbook(List.of(
                List.of(username, "王小明", "网格员", grid, ""),
                List.of(username + "b", "李四", "超人", grid, ""),
                List.of(username + "c", "赵六", "网格员", grid(streetCode, false), ""),
                List.of(username + "d", "钱七", "区级管理员", grid, ""),
                List.of(username, "王小明", "GRID_WORKER", grid, ""),
                List.of("leader", "别人", "网格员", grid, "")));

        Status first = upload(workbook, street);
        assertThat(first.job().accepted()).isEqualTo(1);
        assertThat(first.job().rejected()).isEqualTo(5);
        assertThat(jobs.refused(kind, street, first.id()))
                .extracting(RefusedRow::reason)
                .containsExactly(
                        "account.import.badRole",
                        "account.import.badArea",
                        "account.refused.role",
                        "account.import.duplicateInFile",
                        "account.import.usernameTaken");
        String refusals = mvc.perform(get("/admin/accounts/import/" + first.id() + "/rejections.csv")
                        .with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusals).contains("角色“超人”不存在").contains("已属于另一人");
        assertThat(accounts.find("leader").orElseThrow().displayName()).isEqualTo("网格长 张伟");

        Status second = upload(workbook, street);
        assertThat(second.job().accepted()).isZero();
        assertThat(second.job().alreadyRegistered()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account where username like ?")
                        .param(username + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String password = issuedPassword(username);
        mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.16.2.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/"));
    }

    /** The temporary password the sheet gives the account, the only place it is ever shown. */
    private String issuedPassword(String username) throws Exception {
        mvc.perform(get("/admin/accounts/import").with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"awaiting-count\"")))
                .andExpect(content().string(containsString("/admin/accounts/passwords.csv")));
        String sheet = mvc.perform(post("/admin/accounts/passwords.csv")
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String line = Arrays.stream(sheet.split("\r?\n"))
                .filter(row -> row.startsWith(username + ","))
                .findFirst()
                .orElseThrow();
        assertThat(accounts.find(username).orElseThrow().mustChangePassword()).isTrue();
        return line.substring(line.lastIndexOf(',') + 1);
    }

    @Test
    void theTemplateListsTheImportersOwnAreasOnly() throws Exception {
        String streetCode = accounts.loadUserByUsername("street")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        byte[] template = mvc.perform(
                        get("/admin/accounts/import/template.xlsx").with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> header = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(kind.headers());
            Sheet areas = book.getSheetAt(1);
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= areas.getLastRowNum(); r++) {
                Row row = areas.getRow(r);
                if (row.getCell(0) != null) {
                    codes.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(codes)
                    .contains(streetCode, grid(streetCode, true))
                    .allMatch(code -> code.startsWith(streetCode));
        }
    }

    private String grid(String streetCode, boolean inside) {
        return jdbc.sql("select min(code) from grid where (code like ?) = ?")
                .params(streetCode + "%", inside)
                .query(String.class)
                .single();
    }

    private Status upload(byte[] workbook, CurrentUser user) throws Exception {
        String location = mvc.perform(multipart("/admin/accounts/import")
                        .file(new MockMultipartFile("file", "账号.xlsx", "application/octet-stream", workbook))
                        .with(as(accounts, user.getUsername()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Eventually.await(() -> jobs.status(kind, user, id).finished());
        mvc.perform(get(location).with(as(accounts, user.getUsername()))).andExpect(status().isOk());
        return new Status(id, jobs.status(kind, user, id));
    }

    private byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("账号");
            List<List<String>> all = new ArrayList<>();
            all.add(kind.headers());
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
