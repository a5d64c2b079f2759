package org.linju.forces.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forces register, each grid's duty chart with its A/B backups, and the record of switches. */
@Controller
class ForcesController {

    private final Forces forces;

    ForcesController(Forces forces) {
        this.forces = forces;
    }

    @GetMapping("/forces")
    String roster(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable ForceKind kind,
            Model model) {
        model.addAttribute("members", forces.roster(user, area, kind));
        model.addAttribute("switches", forces.switches(user, area));
        model.addAttribute("kinds", ForceKind.values());
        model.addAttribute("area", area);
        model.addAttribute("kind", kind);
        return "forces/roster";
    }

    @GetMapping("/forces/grids/{code}")
    String grid(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("grid", code);
        model.addAttribute("duties", forces.dutyChart(user, code));
        model.addAttribute("departments", forces.packagingDepartments(user, code));
        model.addAttribute(
                "communityDuties", forces.communityDuties(user, code.substring(0, Math.min(12, code.length()))));
        model.addAttribute("members", forces.roster(user, code, null));
        model.addAttribute("switches", forces.switches(user, code));
        return "forces/grid";
    }

    @PostMapping("/forces/members/{id}/unavailable")
    String unavailable(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam String reason,
            @RequestParam String back) {
        forces.markUnavailable(user, id, reason);
        return "redirect:" + safe(back);
    }

    @PostMapping("/forces/members/{id}/available")
    String available(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String back) {
        forces.markAvailable(user, id);
        return "redirect:" + safe(back);
    }

    /** Only paths of this app, never another site. */
    private static String safe(String back) {
        return back.startsWith("/forces") ? back : "/forces";
    }
}
