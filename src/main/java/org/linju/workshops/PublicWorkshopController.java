package org.linju.workshops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.matters.OpenMatters;
import org.linju.matters.Receipt;
import org.linju.matters.ReportNotTaken;
import org.linju.matters.Reporter;
import org.linju.matters.UnacceptableReport;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.QrCodes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public pages, open without an account (phone first, care mode): the titled workshops, a workshop's page with
 * the report form (码上监督), the receipt with the tracking code, and the QR code its plaque carries.
 */
@Controller
@ConditionalOnWebApplication
class PublicWorkshopController {

    private static final int QR_SIZE = 600;

    private final PublicWorkshops workshops;
    private final WorkshopReports reports;
    private final OpenMatters matters;
    private final PublicBaseUrl publicUrl;

    PublicWorkshopController(
            PublicWorkshops workshops, WorkshopReports reports, OpenMatters matters, PublicBaseUrl publicUrl) {
        this.workshops = workshops;
        this.reports = reports;
        this.matters = matters;
        this.publicUrl = publicUrl;
    }

    static String pageUrl(UUID id) {
        return "/public/workshops/" + id;
    }

    @GetMapping("/public/workshops")
    String titled(Model model) {
        model.addAttribute("workshops", workshops.titled());
        return "workshops/publicList";
    }

    @GetMapping("/public/workshops/{id}")
    String page(@PathVariable UUID id, Model model) {
        return page(id, model, "", null);
    }

    private String page(UUID id, Model model, String text, @Nullable String category) {
        model.addAttribute("w", workshops.page(id));
        model.addAttribute("categories", matters.categories());
        model.addAttribute("submission", UUID.randomUUID().toString());
        model.addAttribute("text", text);
        model.addAttribute("category", category);
        model.addAttribute("qrUrl", pageUrl(id) + "/qr.png");
        return "workshops/publicPage";
    }

    @PostMapping("/public/workshops/{id}/reports")
    String report(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String submission,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            Receipt receipt =
                    reports.report(id, text, category, phone, submission, Reporter.of(user, request.getRemoteAddr()));
            return "redirect:" + pageUrl(id) + "/reported?code=" + receipt.trackingCode();
        } catch (ReportNotTaken e) {
            response.setStatus(e.status().value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            return refused(id, model, e.getMessage(), text, category, submission);
        } catch (UnacceptableReport e) {
            response.setStatus(422);
            String key = "Idempotency-Key".equals(e.field()) ? null : submission;
            return refused(id, model, e.getMessage(), text, category, key);
        } catch (WorkshopRefused e) {
            response.setStatus(422);
            return refused(id, model, e.getMessage(), text, category, submission);
        }
    }

    private String refused(
            UUID id, Model model, @Nullable String error, String text, String category, @Nullable String submission) {
        String view = page(id, model, text, category);
        model.addAttribute("error", error);
        if (submission != null && !submission.isBlank()) {
            model.addAttribute("submission", submission);
        }
        return view;
    }

    @GetMapping("/public/workshops/{id}/reported")
    String reported(@PathVariable UUID id, @RequestParam String code, Model model) {
        model.addAttribute("w", workshops.page(id));
        model.addAttribute("code", code.replaceAll("[^A-Za-z0-9-]", ""));
        return "workshops/reported";
    }

    @GetMapping(value = "/public/workshops/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> qr(@PathVariable UUID id) {
        workshops.page(id);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(publicUrl.of(pageUrl(id)), QR_SIZE));
    }
}
