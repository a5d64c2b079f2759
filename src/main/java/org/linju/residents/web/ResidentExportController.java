package org.linju.residents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.residents.ResidentExport;
import org.linju.residents.ResidentFilter;
import org.linju.residents.SubjectAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Register exports (masked by default, narrowed as the list on screen) and a resident's subject-access download. */
@Controller
class ResidentExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResidentExport export;
    private final SubjectAccess subjectAccess;

    ResidentExportController(ResidentExport export, SubjectAccess subjectAccess) {
        this.export = export;
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/residents/export.xlsx")
    void masked(@AuthenticationPrincipal CurrentUser user, RegisterQuery query, HttpServletResponse response)
            throws IOException {
        send(user, query.filter(), false, "", "residents-masked.xlsx", response);
    }

    @PostMapping("/residents/export.xlsx")
    void unmasked(
            @AuthenticationPrincipal CurrentUser user,
            RegisterQuery query,
            @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response)
            throws IOException {
        send(user, query.filter(), true, reason, "residents.xlsx", response);
    }

    /** Builds the whole file first, so a refusal or failure still gets a proper error page. */
    private void send(
            CurrentUser user,
            ResidentFilter filter,
            boolean unmasked,
            String reason,
            String fileName,
            HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        export.export(user, filter, unmasked, reason, buffer);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        buffer.writeTo(response.getOutputStream());
    }

    @PostMapping("/residents/{id}/subject-access")
    @ResponseBody
    ResponseEntity<Map<String, Object>> subjectAccess(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resident-" + id + ".json\"")
                .body(subjectAccess.export(user, id, reason));
    }
}
