package org.linju.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The progress page, its live status and the refused-rows download of an import of any kind, under the kind's own
 * address ({@link ImportPage#base}, e.g. {@code /residents/import/<id>}, or under {@code /admin/} for admin-only
 * kinds), and the upload that starts it. The upload
 * form itself ({@link ImportPage#formView}) stays with the module of each kind.
 */
@Controller
class ImportController {

    private final Imports imports;
    private final Map<String, ImportKind> kinds;
    private final MessageSource messages;

    ImportController(Imports imports, List<ImportKind> kinds, MessageSource messages) {
        this.imports = imports;
        this.kinds = kinds.stream().collect(Collectors.toMap(kind -> kind.page().base(), Function.identity()));
        this.messages = messages;
    }

    @PostMapping({"/{section}/import", "/admin/{section}/import"})
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        ImportKind kind = kind(request);
        if (!Imports.isWorkbook(file)) {
            model.addAttribute("error", "roster.needsXlsx");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return kind.page().formView();
        }
        return "redirect:" + kind.page().base() + "/"
                + kind.start(user, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping({"/{section}/import/{id}", "/admin/{section}/import/{id}"})
    String progress(
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, @PathVariable UUID id, Model model) {
        ImportKind kind = kind(request);
        ImportPage page = kind.page();
        model.addAttribute("job", imports.status(kind, user, id));
        model.addAttribute("base", page.base());
        model.addAttribute("titleKey", page.titleKey());
        model.addAttribute("backPath", page.backPath());
        model.addAttribute("backKey", page.backKey());
        return "imports/progress";
    }

    @GetMapping({"/{section}/import/{id}/status", "/admin/{section}/import/{id}/status"})
    String status(
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, @PathVariable UUID id, Model model) {
        ImportKind kind = kind(request);
        model.addAttribute("job", imports.status(kind, user, id));
        model.addAttribute("base", kind.page().base());
        return "imports/partials/status :: status";
    }

    /** The refused rows as CSV ({@link RefusedRowsCsv}). */
    @GetMapping({"/{section}/import/{id}/rejections.csv", "/admin/{section}/import/{id}/rejections.csv"})
    void refused(
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request,
            @PathVariable UUID id,
            HttpServletResponse response)
            throws IOException {
        ImportKind kind = kind(request);
        List<RefusedRow> rows = imports.refused(kind, user, id);
        ImportPage page = kind.page();
        RefusedRowsCsv.write(
                response, page.refusedFilePrefix() + id + ".csv", messages, page.refusedColumnKeys(), rows);
    }

    /** The kind whose base the request's path starts with: {@code /forces/import/…}, {@code /admin/accounts/import/…}. */
    private ImportKind kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.indexOf("/import");
        @Nullable ImportKind kind = end < 0 ? null : kinds.get(path.substring(0, end + "/import".length()));
        if (kind == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return kind;
    }
}
