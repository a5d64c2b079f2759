package org.linju.matters;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.PublicPageCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resident's pages, open to anyone: the report form and the tracking page. Both are read by crowds (a link in a
 * chat group), so anonymous readers get them from {@link PublicPageCache}.
 */
@Controller
class ResidentPagesController {

    private final Intake intake;
    private final ResidentRatings ratings;
    private final Tracking tracking;
    private final MatterCatalogue catalogue;
    private final PublicPageCache publicPages;
    private final String tileUrl;

    ResidentPagesController(
            Intake intake,
            ResidentRatings ratings,
            Tracking tracking,
            MatterCatalogue catalogue,
            PublicPageCache publicPages,
            @Value("${linju.map.tile-url:}") String tileUrl) {
        this.intake = intake;
        this.ratings = ratings;
        this.tracking = tracking;
        this.catalogue = catalogue;
        this.publicPages = publicPages;
        this.tileUrl = tileUrl;
    }

    /** Kept for anonymous readers (PublicPageCache) with a new submission key and CSRF token for each. */
    @GetMapping("/report")
    @Nullable
    ModelAndView reportForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        return publicPages.serve(
                request,
                response,
                model,
                "report",
                catalogue.offeredVersion(),
                Map.of("submission", () -> UUID.randomUUID().toString()),
                () -> new ModelAndView("matters/report", reportModel()));
    }

    private Map<String, Object> reportModel() {
        return Map.of("categories", catalogue.categories(), "tileUrl", tileUrl);
    }

    private String reportForm(Model model) {
        model.addAllAttributes(reportModel());
        return "matters/report";
    }

    @PostMapping("/report")
    String report(
            @Valid ReportForms.ReportForm form,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            Model model,
            HttpServletResponse response,
            HttpServletRequest request)
            throws IOException {
        List<byte[]> images = StepForms.images(form.photos());
        String submission = form.submission();
        try {
            Receipt receipt =
                    intake.report(form.toReport(), images, submission, Reporter.of(user, request.getRemoteAddr()));
            return "redirect:/track/" + receipt.trackingCode() + "?new"
                    + (receipt.similarNearby() == 0 ? "" : "&similar=" + receipt.similarNearby());
        } catch (ReportNotTaken e) {
            response.setStatus(e.status().value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            model.addAttribute("error", e.getMessage());
            model.addAttribute("description", form.text());
            model.addAttribute("submission", submission);
            return reportForm(model);
        } catch (UnacceptableReport e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("field", e.field());
            model.addAttribute("description", form.text());
            model.addAttribute("submission", ReportForms.submissionToKeep(e, submission));
            return reportForm(model);
        }
    }

    /** Kept for anonymous readers (PublicPageCache) until the matter changes. */
    @GetMapping("/track/{code}")
    @Nullable
    ModelAndView track(
            @PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        Supplier<ModelAndView> page =
                () -> new ModelAndView("matters/track", Map.of("progress", tracking.progress(code)));
        Optional<String> version = tracking.version(code);
        return version.isEmpty()
                ? page.get()
                : publicPages.serve(request, response, model, "track:" + code, version.get(), Map.of(), page);
    }

    @PostMapping("/track/{code}/rating")
    String rate(
            @PathVariable String code, @RequestParam Rating rating, @RequestParam(defaultValue = "") String reason) {
        ratings.rate(code, rating, reason);
        return "redirect:/track/" + code + "?rated";
    }
}
