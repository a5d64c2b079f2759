package org.linju.forces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linju.forces.RegistrationImport;
import org.linju.identity.CurrentUser;
import org.linju.imports.Imports;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk registration of forces from an .xlsx workbook; its progress page and report of refused rows are the imports
 * module's ({@link RegistrationImport}).
 */
@Controller
class RegistrationImportController {

    private final RegistrationImport imports;

    RegistrationImportController(RegistrationImport imports) {
        this.imports = imports;
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
        if (!Imports.isWorkbook(file)) {
            model.addAttribute("error", "roster.needsXlsx");
            response.setStatus(422);
            return "forces/import";
        }
        return "redirect:/forces/import/" + imports.start(user, file.getOriginalFilename(), file.getInputStream());
    }
}
