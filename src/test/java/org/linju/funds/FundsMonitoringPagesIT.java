package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.linju.Logins.as;
import static org.linju.funds.MonitoringFixture.AREA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.ProductionCsrf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monitoring pages as people use them: the administrator runs May, the report shows the line behind, the owner
 * explains from the alert page, the Excel holds the execution rate, and the closing form refuses without the
 * accountability record.
 */
class FundsMonitoringPagesIT extends WebIntegrationTest {

    @Autowired
    ServletContext servletContext;

    MonitoringFixture fixture;

    @BeforeEach
    void area() {
        fixture = MonitoringFixture.create(jdbc, accounts);
    }

    @AfterEach
    void realCsrf() {
        ProductionCsrf.restore(servletContext);
    }

    @Test
    void theAdministratorRunsAMonthAndTheReportAndItsExcelShowTheLineBehind() throws Exception {
        String name = "页面监控项目 " + UUID.randomUUID().toString().substring(0, 8);
        UUID line = fixture.line(name, AREA.grid(), 10_000_000, "ACTIVE");
        fixture.payment(line, LocalDate.of(2025, 5, 2), 1_000_000);

        mvc.perform(post("/funds/monitoring/run")
                        .param("period", "2025-05")
                        .with(as(accounts, MonitoringFixture.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/funds/monitoring/run")
                        .param("period", "2025-05")
                        .with(as(accounts, MonitoringFixture.OWNER))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        String page = mvc.perform(get("/funds/monitoring?period=2025-05").with(as(accounts, MonitoringFixture.OWNER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(name, "line-" + line, "/funds/monitoring/alerts/", "10.0%");

        byte[] excel = mvc.perform(
                        get("/funds/monitoring.xlsx?period=2025-05").with(as(accounts, MonitoringFixture.OWNER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = null;
            for (Row candidate : sheet) {
                if (name.equals(candidate.getCell(0).getStringCellValue())) {
                    row = candidate;
                }
            }
            assertThat(row).as("the line's execution row").isNotNull();
            // 10,000 of 100,000 yuan paid by the end of May: 10 % against 5/12 = 41.67 % of the year
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(41.6667, offset(1e-4));
            assertThat(row.getCell(7).getStringCellValue()).isNotBlank();
        }

        mvc.perform(get("/funds/monitoring?period=2025-05").with(as(accounts, "worker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOwnerExplainsAnAlertWithBothCauseAndCorrection() throws Exception {
        UUID line = fixture.line("说明测试 " + UUID.randomUUID(), AREA.grid(), 10_000_000, "ACTIVE");
        mvc.perform(post("/funds/monitoring/run")
                        .param("period", "2025-06")
                        .with(as(accounts, MonitoringFixture.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID alert = jdbc.sql("select id from funds_alert where line_id = ?")
                .param(line)
                .query(UUID.class)
                .single();
        String path = "/funds/monitoring/alerts/" + alert;
        assertThat(mvc.perform(get(path).with(as(accounts, MonitoringFixture.OWNER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("explain-form");
        mvc.perform(post(path)
                        .param("cause", "招标延迟")
                        .with(as(accounts, MonitoringFixture.OWNER))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path)
                        .param("cause", "招标延迟")
                        .param("correction", "七月完成招标")
                        .with(as(accounts, MonitoringFixture.OWNER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(path).with(as(accounts, MonitoringFixture.ADMIN)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("招标延迟", "七月完成招标")
                .doesNotContain("explain-form");
        mvc.perform(get(path).with(as(accounts, "admin"))).andExpect(status().isForbidden());
        // a grid worker of the line's grid does not read budget execution
        mvc.perform(get(path).with(as(accounts, MonitoringFixture.WORKER))).andExpect(status().isForbidden());
    }

    @Test
    void theClosingFormAsksForTheAccountabilityRecordOfAMissedTarget() throws Exception {
        UUID line = fixture.line("结项页面 " + UUID.randomUUID(), AREA.grid(), 10_000_000, "ACTIVE");
        fixture.value(fixture.target(line, "新增停车位", true, "50", null), "2025-12", null, "20");
        String path = "/funds/" + line + "/close";
        assertThat(mvc.perform(get(path).with(as(accounts, MonitoringFixture.ADMIN)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"accountable\"", "value=\"" + MonitoringFixture.OWNER + "\"");
        mvc.perform(post(path).with(as(accounts, MonitoringFixture.ADMIN)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(fixture.status(line)).isEqualTo("ACTIVE");
        mvc.perform(post(path)
                        .param("accountable", MonitoringFixture.OWNER)
                        .param("measure", "CRITICISM")
                        .param("measureText", "全区通报")
                        .param("decidedBy", "区政府")
                        .param("decidedOn", "2025-12-28")
                        .with(as(accounts, MonitoringFixture.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.status(line)).isEqualTo("CLOSED");
        mvc.perform(get(path).with(as(accounts, MonitoringFixture.OWNER))).andExpect(status().isForbidden());
    }
}
