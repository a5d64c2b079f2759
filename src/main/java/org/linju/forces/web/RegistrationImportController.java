package org.linju.forces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.linju.forces.RegistrationImport;
import org.linju.identity.CurrentUser;
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

/** Bulk registration of forces from an .xlsx workbook, with a progress bar and a report of refused rows. */
@Controller
class RegistrationImportController {

    private static final ImportPage PAGE =
            new ImportPage("/forces/import", "registration.title", "/forces", "forces.title");

    private final RegistrationImport imports;
    private final MessageSource messages;

    RegistrationImportController(RegistrationImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/forces/import")
    String form() {
        return "forces/import";
    }

    @PostMapping("/forces/import")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (!ImportPage.isWorkbook(file)) {
            model.addAttribute("error", "roster.needsXlsx");
            response.setStatus(422);
            return "forces/import";
        }
        return "redirect:/forces/import/" + imports.start(user, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/forces/import/{id}")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return PAGE.progress(model, imports.status(user, id));
    }

    @GetMapping("/forces/import/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.status(user, id));
        return "forces/partials/importStatus";
    }

    /** The refused rows as CSV ({@link RefusedRowsCsv}). */
    @GetMapping("/forces/import/{id}/rejections.csv")
    void rejections(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        RefusedRowsCsv.write(
                response,
                "refused-registrations-" + id + ".csv",
                messages,
                List.of("forces.name"),
                imports.rejections(user, id));
    }
}
