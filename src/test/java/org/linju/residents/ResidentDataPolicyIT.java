package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.DataPolicy.Datum;
import org.linju.privacy.DataPolicy.Disclosure;
import org.linju.privacy.Masking;
import org.linju.shared.GridCode;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks every way resident data leaves the app, as every role, and holds each answer against the policy table
 * ({@link DataPolicy}): no path may show a datum beyond what the table lets that role see.
 */
class ResidentDataPolicyIT extends WebIntegrationTest {

    private static final Map<Role, String> DEMO_ACCOUNTS = new EnumMap<>(Map.of(
            Role.DISTRICT_ADMIN,
            "admin",
            Role.LIAISON_LEADER,
            "liaison",
            Role.DEPARTMENT_STAFF,
            "dept",
            Role.STREET_STAFF,
            "street",
            Role.COMMUNITY_SECRETARY,
            "secretary",
            Role.GRID_LEADER,
            "leader",
            Role.GRID_WORKER,
            "worker",
            Role.BUILDING_LEADER,
            "building",
            Role.RESIDENT,
            "resident"));

    private static final String NAME = "郑明远";
    private static final String ID_NUMBER = Rosters.idNumber("511798", 777);
    private static final String PHONE = "13577710123";
    private static final String REASON = "居民本人申请查阅核实";

    /**
     * One way resident data leaves the app; {@code withReason} when the caller gave a reason for full values,
     * {@code typed} what the caller typed into the search box (the page may show it back).
     */
    private record Path(String name, boolean withReason, MockHttpServletRequestBuilder request, String typed) {

        Path(String name, boolean withReason, MockHttpServletRequestBuilder request) {
            this(name, withReason, request, "");
        }
    }

    @Autowired
    Residents residents;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    private static UUID resident;
    private static String importJob;
    private static String matter;

    @BeforeEach
    void registerTheResidentOnce() throws Exception {
        if (resident != null) {
            return;
        }
        String grid = accounts.loadUserByUsername("building")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        resident = residents
                .register(List.of(new NewResident(
                        NAME,
                        IdCardNumber.of(ID_NUMBER),
                        PhoneNumber.of(PHONE),
                        GridCode.of(grid),
                        "隐私测试楼",
                        "1",
                        "101",
                        ResidenceType.REGISTERED,
                        null,
                        Set.of(KeyGroup.ELDERLY_ALONE, KeyGroup.COMMUNITY_CORRECTION))))
                .get(0);
        byte[] roster = Rosters.workbook(
                1, i -> List.of(NAME, ID_NUMBER, PHONE, "99999999999999", "1栋", "1", "101", "户籍人口", "", ""));
        double[] point = DemoPoints.in(grid, jdbc, locator);
        matter = intake.report(
                        new NewReport("楼道灯坏了，晚上看不见", "1203", point[0], point[1], PHONE, Channel.HOTLINE),
                        null,
                        "worker")
                .id();
        String location = mvc.perform(multipart("/residents/import")
                        .file(new MockMultipartFile("file", "roster.xlsx", "application/octet-stream", roster))
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        importJob = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0;
                i < 100
                        && !"DONE"
                                .equals(jdbc.sql("select status from import_job where id = cast(? as uuid)")
                                        .param(importJob)
                                        .query(String.class)
                                        .single());
                i++) {
            Thread.sleep(100);
        }
    }

    private List<Path> paths() {
        List<Path> paths = new ArrayList<>(List.of(
                new Path("register page by name", false, get("/residents").param("q", NAME), NAME),
                new Path("register page by ID number", false, get("/residents").param("q", ID_NUMBER), ID_NUMBER),
                new Path("register page by phone", false, get("/residents").param("q", PHONE), PHONE),
                new Path("resident page", false, get("/residents/" + resident)),
                new Path("JSON search", false, get("/api/v1/residents").param("q", ID_NUMBER)),
                new Path("JSON record", false, get("/api/v1/residents/" + resident)),
                new Path("masked export", false, get("/residents/export.xlsx")),
                new Path(
                        "full export",
                        true,
                        post("/residents/export.xlsx").param("reason", REASON).with(csrf())),
                new Path(
                        "subject access",
                        true,
                        post("/residents/" + resident + "/subject-access")
                                .param("reason", REASON)
                                .with(csrf())),
                new Path("import report", false, get("/residents/import/" + importJob + "/rejections.csv")),
                new Path("matter page (the resident reported it)", false, get("/matters/" + matter))));
        for (PersonalField field : PersonalField.values()) {
            paths.add(new Path(
                    "reveal " + field,
                    true,
                    post("/residents/" + resident + "/reveal")
                            .param("field", field.name())
                            .param("reason", REASON)
                            .with(csrf())));
        }
        return paths;
    }

    @Test
    void noPathShowsARoleMoreThanThePolicyTableAllows() throws Exception {
        assertThat(DEMO_ACCOUNTS.keySet()).containsExactlyInAnyOrder(Role.values());
        String birthDate = IdCardNumber.of(ID_NUMBER).birthDate().toString();
        List<String> leaks = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Path path : paths()) {
                String body = text(mvc.perform(withUser(path.request(), DEMO_ACCOUNTS.get(role)))
                                .andReturn()
                                .getResponse())
                        .replace("value=\"" + path.typed() + "\"", "");
                check(leaks, role, path, Datum.NAME, body, List.of(NAME), List.of(Masking.name(NAME)));
                check(
                        leaks,
                        role,
                        path,
                        Datum.ID_NUMBER,
                        body,
                        List.of(ID_NUMBER),
                        List.of(Masking.idNumber(ID_NUMBER)));
                check(leaks, role, path, Datum.PHONE, body, List.of(PHONE), List.of(Masking.phone(PHONE)));
                check(leaks, role, path, Datum.BIRTH_DATE, body, List.of(birthDate), List.of());
                check(
                        leaks,
                        role,
                        path,
                        Datum.RESTRICTED_GROUPS,
                        body,
                        List.of("COMMUNITY_CORRECTION", "社区矫正对象", "Community correction"),
                        List.of());
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aGridWorkerStillSeesWhatTheTableAllows() throws Exception {
        String record = text(mvc.perform(withUser(get("/api/v1/residents/" + resident), "worker"))
                .andReturn()
                .getResponse());
        assertThat(record)
                .contains(
                        NAME,
                        Masking.idNumber(ID_NUMBER),
                        Masking.phone(PHONE),
                        IdCardNumber.of(ID_NUMBER).birthDate().toString());
        String access = text(mvc.perform(withUser(
                        post("/residents/" + resident + "/subject-access")
                                .param("reason", REASON)
                                .with(csrf()),
                        "worker"))
                .andReturn()
                .getResponse());
        assertThat(access).contains(NAME, ID_NUMBER, PHONE, "ELDERLY_ALONE").doesNotContain("COMMUNITY_CORRECTION");
        String secretary = text(mvc.perform(withUser(
                        post("/residents/" + resident + "/subject-access")
                                .param("reason", REASON)
                                .with(csrf()),
                        "secretary"))
                .andReturn()
                .getResponse());
        assertThat(secretary).contains("COMMUNITY_CORRECTION");
    }

    @Test
    void aBuildingLeaderSeesMaskedNamesAndTheBirthYearOnly() throws Exception {
        String record = text(mvc.perform(withUser(get("/api/v1/residents/" + resident), "building"))
                .andReturn()
                .getResponse());
        assertThat(record)
                .contains(
                        Masking.name(NAME),
                        "\"birthYear\":"
                                + IdCardNumber.of(ID_NUMBER).birthDate().getYear())
                .doesNotContain(NAME, Masking.idNumber(ID_NUMBER), Masking.phone(PHONE));
    }

    @Test
    void aMaskedNameCannotBeSpelledOutByPrefixSearch() throws Exception {
        for (String guess : List.of(NAME, NAME.charAt(0) + "某某")) {
            String page = text(mvc.perform(withUser(get("/residents").param("q", guess), "building"))
                    .andReturn()
                    .getResponse());
            assertThat(page).as("the building leader's search for %s", guess).contains("/residents/" + resident);
        }
    }

    private static void check(
            List<String> leaks,
            Role role,
            Path path,
            Datum datum,
            String body,
            List<String> full,
            List<String> masked) {
        Disclosure disclosure = DataPolicy.disclosure(role, datum);
        boolean fullAllowed =
                disclosure == Disclosure.FULL || (disclosure == Disclosure.ON_REVEAL && path.withReason());
        boolean maskedAllowed = disclosure != Disclosure.HIDDEN;
        if (!fullAllowed && full.stream().anyMatch(body::contains)) {
            leaks.add(role + " sees " + datum + " in full on " + path.name() + " (policy: " + disclosure + ")");
        }
        if (!maskedAllowed && masked.stream().anyMatch(body::contains)) {
            leaks.add(role + " sees " + datum + " masked on " + path.name() + " (policy: " + disclosure + ")");
        }
    }

    private MockHttpServletRequestBuilder withUser(MockHttpServletRequestBuilder request, String username) {
        return request.with(as(accounts, username));
    }

    /** The answer as text; a workbook cell by cell. */
    private static String text(MockHttpServletResponse response) throws Exception {
        byte[] content = response.getContentAsByteArray();
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            StringBuilder cells = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        row.forEach(cell ->
                                cells.append(formatter.formatCellValue(cell)).append('\t'));
                        cells.append('\n');
                    }
                }
            }
            return cells.toString();
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
