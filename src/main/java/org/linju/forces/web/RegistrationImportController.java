package org.linju.forces.web;

import org.linju.forces.RegistrationImport;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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
}
