package org.linju.residents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linju.identity.CurrentUser;
import org.linju.imports.Imports;
import org.linju.residents.ResidentImport;
import org.linju.residents.RosterTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

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

    @PostMapping("/residents/import")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (!Imports.isWorkbook(file)) {
            model.addAttribute("error", "roster.needsXlsx");
            response.setStatus(422);
            return "residents/import";
        }
        return "redirect:/residents/import/" + imports.start(user, file.getOriginalFilename(), file.getInputStream());
    }
}
