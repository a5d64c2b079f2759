package org.linju.disclosure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.linju.shared.ExcelCsv;
import org.linju.shared.Fen;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of the published budget lines: a CSV (UTF-8, no byte-order mark, amounts in yuan with exactly two
 * decimals) and the Frictionless Fiscal Data Package descriptor that describes it (a fixed file: the CSV's columns
 * and the fiscal model do not change with the data).
 */
@RestController
class OpenDataController {

    static final String HEADER = "fiscal_year,classification,source,owner_unit,amount,executed";

    private final PublishedItems published;

    OpenDataController(PublishedItems published) {
        this.published = published;
    }

    @GetMapping("/public/disclosure/open-data/budget-lines.csv")
    void budgetLines(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"budget-lines.csv\"");
        Writer out = response.getWriter();
        out.write(HEADER + "\r\n");
        published.eachPublished(item -> {
            DisclosedItem.Fiscal fiscal = item.fiscal();
            if (fiscal != null) {
                write(out, fiscal);
            }
        });
        out.flush();
    }

    private static void write(Writer out, DisclosedItem.Fiscal fiscal) {
        try {
            out.write(fiscal.fiscalYear() + "," + csv(fiscal.classification()) + "," + csv(fiscal.source()) + ","
                    + csv(fiscal.ownerUnit()) + "," + Fen.yuan(fiscal.amountFen()) + "," + Fen.yuan(fiscal.spentFen())
                    + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, and defused when a spreadsheet
     * would take it for a formula (an owner unit typed as {@code =…}).
     */
    static String csv(String raw) {
        String value = ExcelCsv.defused(raw);
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    @GetMapping("/public/disclosure/open-data/datapackage.json")
    ResponseEntity<String> descriptor() throws IOException {
        try (InputStream in = new ClassPathResource("disclosure/datapackage.json").getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
