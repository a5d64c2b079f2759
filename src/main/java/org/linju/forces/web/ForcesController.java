package org.linju.forces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.linju.forces.ForceFilter;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.forces.RosterExport;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forces register (paged, filtered, exported for admins), each grid's duty chart with its A/B backups, and the record of switches. */
@Controller
class ForcesController {

    private final Forces forces;
    private final RosterExport export;
    private final AreaChoices areas;

    ForcesController(Forces forces, RosterExport export, AreaChoices areas) {
        this.forces = forces;
        this.export = export;
        this.areas = areas;
    }

    @GetMapping("/forces")
    String roster(@AuthenticationPrincipal CurrentUser user, RosterQuery query, Model model) {
        ForceFilter filter = query.filter();
        model.addAttribute("page", forces.rosterPage(user, filter, query.request()));
        model.addAttribute("switches", forces.switches(user, filter.area()));
        model.addAttribute("filter", filter);
        model.addAttribute("areas", areas.within(user.scope()));
        model.addAttribute("kinds", ForceKind.values());
        model.addAttribute("roles", GovernanceRole.values());
        model.addAttribute("duties", ForceFilter.Duty.values());
        model.addAttribute("mayExport", RosterExport.mayExport(user));
        return "forces/roster";
    }

    /** The roster with the filters on screen, as CSV, for the district's admins. */
    @GetMapping("/forces/export.csv")
    void export(@AuthenticationPrincipal CurrentUser user, RosterQuery query, HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        export.export(user, query.filter(), buffer);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"forces.csv\"");
        buffer.writeTo(response.getOutputStream());
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
