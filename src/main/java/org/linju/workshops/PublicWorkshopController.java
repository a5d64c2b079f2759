package org.linju.workshops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.disclosure.PublicQrCodes;
import org.linju.disclosure.PublicQuestions;
import org.linju.identity.CurrentUser;
import org.linju.matters.Reporter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
 * the report form (码上监督, disclosure's ask form), the receipt with the tracking code, and the QR code its plaque
 * carries.
 */
@Controller
@ConditionalOnWebApplication
class PublicWorkshopController {

    private final PublicWorkshops workshops;
    private final WorkshopReports reports;
    private final PublicQuestions questions;
    private final PublicQrCodes qrCodes;

    PublicWorkshopController(
            PublicWorkshops workshops, WorkshopReports reports, PublicQuestions questions, PublicQrCodes qrCodes) {
        this.workshops = workshops;
        this.reports = reports;
        this.questions = questions;
        this.qrCodes = qrCodes;
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
        return page(id, model, "", null, UUID.randomUUID().toString());
    }

    private String page(UUID id, Model model, String description, @Nullable String categoryCode, String submission) {
        model.addAttribute("w", workshops.page(id));
        model.addAttribute("categories", questions.categories());
        model.addAttribute("submission", submission);
        model.addAttribute("description", description);
        model.addAttribute("categoryCode", categoryCode);
        model.addAttribute("qrUrl", pageUrl(id) + "/qr.png");
        return "workshops/publicPage";
    }

    @PostMapping("/public/workshops/{id}/reports")
    String report(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String categoryCode,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String submission,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return questions.ask(
                reporter -> reports.report(id, description, categoryCode, phone, submission, reporter),
                submission,
                Reporter.of(user, request.getRemoteAddr()),
                response,
                receipt -> "redirect:" + pageUrl(id) + "/reported?code=" + receipt.trackingCode(),
                (error, key) -> {
                    String view = page(id, model, description, categoryCode, key);
                    model.addAttribute("error", error);
                    return view;
                });
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
        return qrCodes.png(pageUrl(id));
    }
}
