package org.linju.matters;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linju.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The district admin's page for the category catalogue, the triage table and the time limits. */
@Controller
@RequestMapping("/admin/matters/settings")
class MatterSettingsController {

    private final MatterSettings settings;
    private final MatterCatalogue catalogue;
    private final TriageTable triage;
    private final TimeLimits limits;

    MatterSettingsController(
            MatterSettings settings, MatterCatalogue catalogue, TriageTable triage, TimeLimits limits) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.triage = triage;
        this.limits = limits;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("categories", catalogue.all());
        model.addAttribute("triage", triage.current());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("difficulties", Difficulty.values());
        model.addAttribute("colours", Colour.values());
        model.addAttribute("limits", limits.rows());
        Map<String, Integer> caps = new LinkedHashMap<>();
        limits.urgencyCaps().forEach((urgency, hours) -> caps.put(urgency.name(), hours));
        model.addAttribute("caps", caps);
        return "matters/settings";
    }

    @PostMapping("/triage")
    String triage(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Map<String, Colour> cells = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.contains(".") && !value.isBlank()) {
                cells.put(key, Colour.valueOf(value));
            }
        });
        return attempt(() -> settings.saveTriage(admin, cells), model, response);
    }

    @PostMapping("/limits")
    String limit(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid SettingsForms.LimitForm form,
            BindingResult checks,
            Model model,
            HttpServletResponse response) {
        return attempt(checks, () -> settings.saveTimeLimit(admin, form.toRow()), model, response);
    }

    @PostMapping("/limits/remove")
    String removeLimit(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid SettingsForms.LimitRemoval form,
            Model model,
            HttpServletResponse response) {
        return attempt(() -> settings.removeTimeLimit(admin, form.colour(), form.categoryCode()), model, response);
    }

    @PostMapping("/caps")
    String cap(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid SettingsForms.CapForm form,
            BindingResult checks,
            Model model,
            HttpServletResponse response) {
        return attempt(checks, () -> settings.saveUrgencyCap(admin, form.urgency(), form.hours()), model, response);
    }

    @PostMapping("/categories")
    String category(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid SettingsForms.CategoryForm form,
            Model model,
            HttpServletResponse response) {
        return attempt(() -> settings.saveCategory(admin, form.toChange()), model, response);
    }

    /**
     * As {@link #attempt(Runnable, Model, HttpServletResponse)} once the form passed its checks. A field missing or
     * unreadable is a bad request, as it was while each field was a required request parameter; a field out of range
     * is refused on the page with the message key its constraint names.
     */
    private String attempt(BindingResult checks, Runnable change, Model model, HttpServletResponse response) {
        if (checks.getFieldErrors().stream().anyMatch(e -> e.isBindingFailure() || "NotNull".equals(e.getCode()))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        FieldError refused = checks.getFieldError();
        if (refused != null) {
            return refuse(new UnacceptableReport(refused.getField(), refused.getDefaultMessage()), model, response);
        }
        return attempt(change, model, response);
    }

    /** Saves, then shows the page again: with a confirmation, or with the reason the change was refused. */
    private String attempt(Runnable change, Model model, HttpServletResponse response) {
        try {
            change.run();
            return "redirect:/admin/matters/settings?saved";
        } catch (UnacceptableReport e) {
            return refuse(e, model, response);
        }
    }

    private String refuse(UnacceptableReport refusal, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("error", refusal.getMessage());
        return page(model);
    }
}
