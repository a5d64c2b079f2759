package org.linju.matters;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
            @RequestParam Colour colour,
            @RequestParam(defaultValue = "*") String categoryCode,
            @RequestParam int acceptHours,
            @RequestParam int resolveHours,
            Model model,
            HttpServletResponse response) {
        String code = categoryCode.isBlank() ? "*" : categoryCode.strip();
        return attempt(
                () -> settings.saveTimeLimit(admin, new TimeLimits.Row(colour, code, acceptHours, resolveHours)),
                model,
                response);
    }

    @PostMapping("/limits/remove")
    String removeLimit(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam Colour colour,
            @RequestParam String categoryCode,
            Model model,
            HttpServletResponse response) {
        return attempt(() -> settings.removeTimeLimit(admin, colour, categoryCode), model, response);
    }

    @PostMapping("/caps")
    String cap(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam Urgency urgency,
            @RequestParam(required = false) @Nullable Integer hours,
            Model model,
            HttpServletResponse response) {
        return attempt(() -> settings.saveUrgencyCap(admin, urgency, hours), model, response);
    }

    @PostMapping("/categories")
    String category(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam String nameEn,
            @RequestParam(required = false) @Nullable String parent,
            @RequestParam(defaultValue = "0") int sortOrder,
            @RequestParam(defaultValue = "false") boolean active,
            Model model,
            HttpServletResponse response) {
        return attempt(
                () -> settings.saveCategory(admin, code, name, nameEn, parent, sortOrder, active), model, response);
    }

    /** Saves, then shows the page again: with a confirmation, or with the reason the change was refused. */
    private String attempt(Runnable change, Model model, HttpServletResponse response) {
        try {
            change.run();
            return "redirect:/admin/matters/settings?saved";
        } catch (UnacceptableReport e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage());
            return page(model);
        }
    }
}
