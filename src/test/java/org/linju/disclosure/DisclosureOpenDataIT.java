package org.linju.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.QrReading;
import org.linju.shared.PublicBaseUrl;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What leaves the app for others to read: the QR code (decoded with ZXing, it is the page's configured address), the
 * budget lines' CSV (yuan with exactly two decimals) and its Fiscal Data Package descriptor, validated against the
 * published JSON schema of the Fiscal Data Package (src/test/resources/fdp, from the datapackage npm package).
 */
class DisclosureOpenDataIT extends DisclosureWebTest {

    @Autowired
    PublicBaseUrl baseUrl;

    @Test
    void theQrCodeDecodesToThePagesConfiguredAddress() throws Exception {
        DisclosedItem item = publishedItem();
        byte[] png = mvc.perform(get(path(item) + "/qr.png").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(QrReading.text(png)).isEqualTo(baseUrl.of(path(item)));
    }

    @Test
    void theCsvListsPublishedLinesInYuanWithTwoDecimals() throws Exception {
        publishedItem();
        String csv = budgetLinesCsv();
        fixtures.add("草稿预算", "511703001001", null, null);

        assertThat(budgetLinesCsv()).as("a line not published adds no row").isEqualTo(csv);
        assertThat(csv).startsWith(OpenDataController.HEADER + "\r\n");
        assertThat(csv).contains("2026,2120501,SPECIAL_BOND,\"区住房和城乡建设局, 市政科\",2000000.00,1234567.89\r\n");
        // Fixture items published by a module test's own context live in the shared database but not in this context's
        // fixture, so the rows lie between the real lines plus this test's item and everything published of both kinds.
        assertThat(csv.lines().count() - 1)
                .as("one row per published line, nothing else")
                .isBetween(published("line") + 1, published("fixture", "line"));
    }

    @Test
    void theDescriptorValidatesAgainstTheFiscalDataPackageSchema() throws Exception {
        String descriptor = mvc.perform(get("/public/disclosure/open-data/datapackage.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(descriptor);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/fdp/fiscal-data-package.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }

        Set<ValidationMessage> problems = schema.validate(json);

        assertThat(problems).isEmpty();
        assertThat(json.at("/resources/0/schema/fields").findValuesAsText("name"))
                .containsExactly(OpenDataController.HEADER.split(","));
        assertThat(json.at("/model/measures").has("amount")).isTrue();
        assertThat(json.at("/model/measures").has("executed")).isTrue();
        JsonNode broken = json.deepCopy();
        ((ObjectNode) broken).remove("model");
        assertThat(schema.validate(broken))
                .as("the schema really checks the fiscal model")
                .isNotEmpty();
    }

    private long published(String... kinds) {
        return jdbc.sql("select count(*) from disclosure_item where state = 'PUBLISHED' and kind = any (:kinds)")
                .param("kinds", kinds)
                .query(Long.class)
                .single();
    }

    private String budgetLinesCsv() throws Exception {
        return mvc.perform(get("/public/disclosure/open-data/budget-lines.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
