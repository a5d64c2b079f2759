package org.linju.residents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.residents.ResidentImport;
import org.linju.residents.RosterTemplate;
import org.linju.shared.ImportPage;
import org.linju.shared.RefusedRowsCsv;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload a roster, watch its progress, download the rejected rows. */
@Controller
class ResidentImportController {

    private static final ImportPage PAGE =
            new ImportPage("/residents/import", "roster.title", "/residents", "resident.title");

    private final ResidentImport imports;
    private final MessageSource messages;

    ResidentImportController(ResidentImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
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
        if (!ImportPage.isWorkbook(file)) {
            model.addAttribute("error", "roster.needsXlsx");
            response.setStatus(422);
            return "residents/import";
        }
        return "redirect:/residents/import/" + imports.start(user, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/residents/import/{id}")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return PAGE.progress(model, imports.status(user, id));
    }

    @GetMapping("/residents/import/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.status(user, id));
        return "residents/partials/importStatus";
    }

    /** The rejected rows as CSV ({@link RefusedRowsCsv}). */
    @GetMapping("/residents/import/{id}/rejections.csv")
    void rejections(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        RefusedRowsCsv.write(
                response,
                "rejected-rows-" + id + ".csv",
                messages,
                List.of("resident.name", "resident.idNumber"),
                imports.rejections(user, id));
    }
}
