package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Roster imports: big files in the background, good rows kept, every bad row explained, safe to repeat. */
class ResidentImportIT extends WebIntegrationTest {

    private List<String[]> gridBuildings() {
        return jdbc.sql(
                        "select grid_code, name from building where grid_code in (select code from grid where synthetic) order by 1, 2")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    private List<String> row(String idNumber, String[] gridBuilding, String residenceType) {
        return List.of(
                "测试居民",
                idNumber,
                "13900001111",
                gridBuilding[0],
                gridBuilding[1],
                "1",
                "101",
                residenceType,
                "2024-03-01",
                "低收入");
    }

    private String upload(byte[] workbook, String user) throws Exception {
        String location = mvc.perform(multipart("/residents/import")
                        .file(new MockMultipartFile("file", "roster.xlsx", "application/octet-stream", workbook))
                        .with(as(accounts, user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private Map<String, Object> awaitFinished(String importId) throws InterruptedException {
        for (int i = 0; i < 900; i++) {
            Map<String, Object> job = jdbc.sql(
                            "select * from import_job where id = cast(? as uuid) and kind = 'ROSTER'")
                    .param(importId)
                    .query()
                    .singleRow();
            if (job.get("status").equals("DONE") || job.get("status").equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + importId + " did not finish in 3 minutes");
    }

    @Test
    void aHundredThousandRowsWithSomeBadOnes() throws Exception {
        List<String[]> places = gridBuildings();
        int rows = 100_000;
        byte[] workbook = Rosters.workbook(rows, i -> {
            String id = Rosters.idNumber("110101", i);
            String[] place = places.get(i % places.size());
            return switch (i % 10_000) {
                case 17 -> row(id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"), place, "户籍人口");
                case 33 -> row(id, new String[] {place[0], "99栋"}, "户籍人口");
                case 51 -> row(Rosters.idNumber("110101", i - 1), place, "户籍人口");
                case 77 -> row(id, place, "外星人");
                default -> row(id, place, i % 5 == 0 ? "流动人口" : "户籍人口");
            };
        });
        String importId = upload(workbook, "admin");
        Map<String, Object> job = awaitFinished(importId);
        assertThat(job.get("status")).isEqualTo("DONE");
        assertThat(job.get("total_rows")).isEqualTo(rows);
        assertThat(job.get("processed_rows")).isEqualTo(rows);
        assertThat(job.get("rejected")).isEqualTo(40);
        assertThat(job.get("accepted")).isEqualTo(rows - 40);

        String report = mvc.perform(
                        get("/residents/import/" + importId + "/rejections.csv").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.lines().count()).isEqualTo(41);
        assertThat(report)
                .contains("19,\"测试居民\"", "校验码错误")
                .contains("35,\"测试居民\"", "未登记楼栋“99栋”")
                .contains("53,\"测试居民\"", "已出现在本文件第 52 行")
                .contains("79,\"测试居民\"", "未知的人口类型“外星人”")
                .doesNotContain(Rosters.idNumber("110101", 50));
        mvc.perform(get("/residents/import/" + importId).with(as(accounts, "admin")))
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("已完成")));
    }

    @Test
    void importingTheSameFileTwiceRegistersNobodyTwice() throws Exception {
        List<String[]> places = gridBuildings();
        byte[] workbook =
                Rosters.workbook(300, i -> row(Rosters.idNumber("120101", i), places.get(i % places.size()), ""));
        String firstId = upload(workbook, "admin");
        Map<String, Object> first = awaitFinished(firstId);
        assertThat(first.get("accepted")).isEqualTo(300);
        String secondId = upload(workbook, "admin");
        Map<String, Object> second = awaitFinished(secondId);
        assertThat(second.get("accepted")).isEqualTo(0);
        assertThat(second.get("already_registered")).isEqualTo(300);
        assertThat(jdbc.sql("""
                                select subject_id from audit_entry
                                where action = 'IMPORT' and subject_type = 'resident-roster' and subject_id in (?, ?)
                                """).params(firstId, secondId).query(String.class).list())
                .as("each import audited once")
                .containsExactlyInAnyOrder(firstId, secondId);
    }

    @Test
    void aSecretaryImportsOnlyIntoTheOwnCommunity() throws Exception {
        String community = accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        List<String[]> places = new ArrayList<>(gridBuildings());
        String[] inside = places.stream()
                .filter(p -> p[0].startsWith(community))
                .findFirst()
                .orElseThrow();
        String[] outside = places.stream()
                .filter(p -> !p[0].startsWith(community))
                .findFirst()
                .orElseThrow();
        byte[] workbook = Rosters.workbook(2, i -> row(Rosters.idNumber("130102", i), i == 0 ? inside : outside, ""));
        Map<String, Object> job = awaitFinished(upload(workbook, "secretary"));
        assertThat(job.get("accepted")).isEqualTo(1);
        assertThat(job.get("rejected")).isEqualTo(1);
    }

    @Test
    void anImportReportStaysInTheAreaOfItsUploader() throws Exception {
        String street = accounts.loadUserByUsername("street")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String elsewhere = jdbc.sql(
                        "select code from region where level = 'COMMUNITY' and code not like ? order by code limit 1")
                .param(street + "%")
                .query(String.class)
                .single();
        accounts.open(NewAccount.scoped(
                "secretary-elsewhere",
                "社区书记 他处",
                Role.COMMUNITY_SECRETARY,
                Set.of(RegionCode.of(elsewhere)),
                "Linju@2026-elsewhere",
                false));
        byte[] workbook =
                Rosters.workbook(1, i -> row(Rosters.idNumber("130103", i), new String[] {"99999999999999", "1栋"}, ""));
        String importId = upload(workbook, "street");
        awaitFinished(importId);
        String report = "/residents/import/" + importId + "/rejections.csv";
        mvc.perform(get(report).with(as(accounts, "secretary-elsewhere"))).andExpect(status().isNotFound());
        mvc.perform(get("/residents/import/" + importId).with(as(accounts, "secretary-elsewhere")))
                .andExpect(status().isNotFound());
        mvc.perform(get(report).with(as(accounts, "street"))).andExpect(status().isOk());
        mvc.perform(get(report).with(as(accounts, "admin"))).andExpect(status().isOk());
    }

    @Test
    void someoneRegisteredInAnotherAreaIsRefusedAndCountsAsASearchUpToTheLimit() throws Exception {
        List<String[]> places = gridBuildings();
        String[] home = places.get(0);
        String community = jdbc.sql("select community_code from grid where code = ?")
                .param(home[0])
                .query(String.class)
                .single();
        String[] away = places.stream()
                .filter(place -> !place[0].startsWith(community))
                .findFirst()
                .orElseThrow();
        Map<String, Object> registered = awaitFinished(upload(
                Rosters.workbook(101, i -> row(Rosters.idNumber("150102", i), away, "")), "admin"));
        assertThat(registered.get("accepted")).isEqualTo(101);
        accounts.open(NewAccount.scoped(
                "secretary-roster",
                "社区书记 名册",
                Role.COMMUNITY_SECRETARY,
                Set.of(RegionCode.of(community)),
                "Linju@2026-roster",
                false));

        // The same 101 people placed in the secretary's own community, then two new ones: the search limit is 100.
        byte[] roster = Rosters.workbook(
                103, i -> row(i < 101 ? Rosters.idNumber("150102", i) : Rosters.idNumber("150103", i), home, ""));
        Map<String, Object> job = awaitFinished(upload(roster, "secretary-roster"));

        assertThat(job.get("accepted"))
                .as("nothing registered after the limit, new numbers neither")
                .isEqualTo(0);
        assertThat(job.get("already_registered")).isEqualTo(0);
        assertThat(jdbc.sql("""
				select reason, count(*) from import_job_refusal where import_id = cast(? as uuid) group by reason
				""")
                        .param(job.get("id").toString())
                        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                        .list())
                .containsExactlyInAnyOrder(
                        Map.entry("roster.registeredElsewhere", 100), Map.entry("roster.searchLimit", 3));
        assertThat(jdbc.sql("select count(*) from resident_search where username = 'secretary-roster' and found")
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
    }

    @Test
    void wrongHeadersStopBeforeAnyRowAndOtherFilesAreRefused() throws Exception {
        byte[] workbook = Rosters.workbook(List.of("name", "id"), 3, i -> List.of("x", "y"));
        Map<String, Object> job = awaitFinished(upload(workbook, "admin"));
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat(job.get("failure")).isEqualTo("roster.badColumns");

        mvc.perform(multipart("/residents/import")
                        .file(new MockMultipartFile(
                                "file", "roster.csv", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8)))
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/residents/import")
                        .file(new MockMultipartFile(
                                "file", "roster.xlsx", "application/octet-stream", "not a zip".getBytes()))
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
