package org.linju.residents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linju.residents.ResidentImport;
import org.linju.residents.RosterTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Upload a roster; its progress page and rejected rows are the imports module's ({@link ResidentImport}). */
@Controller
class ResidentImportController {

    private final ResidentImport imports;

    ResidentImportController(ResidentImport imports) {
        this.imports = imports;
    }

    @GetMapping("/residents/import")
    String form() {
        return "residents/import";
    }

    @GetMapping("/residents/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"roster-template.xlsx\"");
        RosterTemplate.write(response.getOutputStream());
    }
}
