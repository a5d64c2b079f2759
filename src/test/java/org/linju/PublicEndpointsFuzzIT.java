package org.linju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes what anyone may send: the public intake (JSON and the form), the tracking page and its rating, and the list
 * filters staff type into. Whatever comes in, the answer is never a 5xx. jqwik draws the inputs (any character, the
 * null character and lone surrogates included, lengths past every limit, numbers out of range) and shrinks a failure
 * to its smallest case. The build runs {@code jqwik.tries.default} tries of each (src/test/resources/
 * junit-platform.properties); bench/README.md says how to run it for longer.
 */
class PublicEndpointsFuzzIT extends WebIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Random ADDRESSES = new Random();

    private List<String> trackingCodes = List.of();

    /** jqwik runs outside Spring's JUnit extension: this joins the integration tests' shared context. */
    @BeforeProperty
    void joinTheSharedContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
        trackingCodes = jdbc.sql("select tracking_code from matter order by reported_at desc limit 20")
                .query(String.class)
                .list();
    }

    @Property
    void theIntakeApiAnswersAnyReportWithoutAServerError(@ForAll("reports") Map<String, Object> report)
            throws Exception {
        assertNoServerError(post("/api/v1/matters")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(report))
                .with(fromSomewhere()));
    }

    @Property
    void theIntakeApiAnswersAnyBodyWithoutAServerError(@ForAll("text") String body) throws Exception {
        assertNoServerError(post("/api/v1/matters")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(fromSomewhere()));
    }

    @Property
    void theReportFormAnswersAnyInputWithoutAServerError(
            @ForAll("text") String description,
            @ForAll("categories") String category,
            @ForAll("numbers") String lat,
            @ForAll("numbers") String lng,
            @ForAll("text") String phone,
            @ForAll("text") String submission)
            throws Exception {
        assertNoServerError(post("/report")
                .param("description", description)
                .param("categoryCode", category)
                .param("lat", lat)
                .param("lng", lng)
                .param("phone", phone)
                .param("submission", submission)
                .with(csrf())
                .with(fromSomewhere()));
    }

    @Property
    void trackingAndRatingAnswerAnyCodeWithoutAServerError(
            @ForAll("trackingCodes") String code, @ForAll("ratings") String rating, @ForAll("text") String reason)
            throws Exception {
        assertNoServerError(get("/track/{code}", code));
        assertNoServerError(post("/track/{code}/rating", code)
                .param("rating", rating)
                .param("reason", reason)
                .with(csrf()));
    }

    @Property
    void theListFiltersAnswerAnyFilterWithoutAServerError(
            @ForAll("text") String actor,
            @ForAll("text") String action,
            @ForAll("text") String subject,
            @ForAll("dates") String from,
            @ForAll("dates") String to,
            @ForAll("numbers") String page,
            @ForAll("text") String q)
            throws Exception {
        assertNoServerError(get("/admin/audit")
                .param("actor", actor)
                .param("action", action)
                .param("subject", subject)
                .param("from", from)
                .param("to", to)
                .param("page", page)
                .with(as(accounts, "admin")));
        assertNoServerError(get("/residents").param("q", q).param("page", page).with(as(accounts, "leader")));
        assertNoServerError(get("/matters").param("page", page).with(as(accounts, "leader")));
    }

    @Provide
    Arbitrary<Map<String, Object>> reports() {
        Arbitrary<Object> anything = Arbitraries.oneOf(
                text().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.just((Object) List.of()),
                Arbitraries.just((Object) Map.of()),
                Arbitraries.of(true, false));
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.oneOf(text().map(Object.class::cast), anything),
                        Arbitraries.oneOf(categories().map(Object.class::cast), anything),
                        Arbitraries.oneOf(
                                Arbitraries.doubles().between(-200, 200).map(Object.class::cast), anything),
                        Arbitraries.oneOf(
                                Arbitraries.doubles().between(-200, 200).map(Object.class::cast), anything),
                        Arbitraries.oneOf(
                                Arbitraries.strings().numeric().ofLength(11).map(Object.class::cast), anything))
                .as((description, category, lat, lng, phone) -> {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("description", description);
                    report.put("categoryCode", category);
                    report.put("lat", lat);
                    report.put("lng", lng);
                    report.put("phone", phone);
                    return report;
                });
    }

    /** Any characters, mostly short, sometimes past the longest limit (2,000 characters). */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.strings().all().ofMinLength(900).ofMaxLength(2_100)));
    }

    @Provide
    Arbitrary<String> categories() {
        return Arbitraries.oneOf(Arbitraries.of("0101", "0102", "D1", "ZZ"), text());
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of(
                        "2147483647",
                        "2147483648",
                        "-2147483648",
                        "99999999999999999999",
                        "NaN",
                        "Infinity",
                        "1e308",
                        "-0",
                        ""),
                text());
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "2026-01-01",
                        "9999-12-31",
                        "0000-01-01",
                        "-999999999-01-01",
                        "+999999999-12-31",
                        "2026-02-30",
                        ""),
                text());
    }

    @Provide
    Arbitrary<String> ratings() {
        return Arbitraries.oneOf(Arbitraries.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"), text());
    }

    @Provide
    Arbitrary<String> trackingCodes() {
        return trackingCodes.isEmpty() ? text() : Arbitraries.oneOf(Arbitraries.of(trackingCodes), text());
    }

    private void assertNoServerError(RequestBuilder request) throws Exception {
        MvcResult answer = mvc.perform(request).andReturn();
        assertThat(answer.getResponse().getStatus())
                .as(
                        "%s %s answered %s",
                        answer.getRequest().getMethod(),
                        answer.getRequest().getRequestURI(),
                        answer.getResponse().getContentAsString())
                .isLessThan(500);
    }

    /** Each try from an address of its own, as residents' phones are, so the hourly limits rarely answer first. */
    private static RequestPostProcessor fromSomewhere() {
        return request -> {
            request.setRemoteAddr(
                    "10.%d.%d.%d".formatted(ADDRESSES.nextInt(250), ADDRESSES.nextInt(250), ADDRESSES.nextInt(250)));
            return request;
        };
    }
}
