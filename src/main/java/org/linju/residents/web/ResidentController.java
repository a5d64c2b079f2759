package org.linju.residents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.residents.PersonalField;
import org.linju.residents.ReasonRequired;
import org.linju.residents.ResidenceType;
import org.linju.residents.Residents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register as grid staff use it: list, exact search, a masked record, and reveal-with-reason. */
@Controller
class ResidentController {

    private final Residents residents;
    private final AreaChoices areas;

    ResidentController(Residents residents, AreaChoices areas) {
        this.residents = residents;
        this.areas = areas;
    }

    @GetMapping("/residents")
    String register(@AuthenticationPrincipal CurrentUser user, RegisterQuery query, Model model) {
        model.addAttribute("q", query.text());
        model.addAttribute("filter", query.filter());
        if (query.exact()) {
            model.addAttribute("found", residents.search(user, query.text(), query.filter()));
        } else {
            model.addAttribute("page", residents.list(user, query.filter(), query.request()));
        }
        model.addAttribute("areas", areas.within(user.scope()));
        model.addAttribute("types", ResidenceType.values());
        model.addAttribute("mayImport", DataPolicy.mayImport(user.role()));
        model.addAttribute("mayReveal", DataPolicy.mayReveal(user.role()));
        return "residents/register";
    }

    @GetMapping("/residents/{id}")
    String resident(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("resident", residents.detail(user, id));
        model.addAttribute("mayReveal", DataPolicy.mayReveal(user.role()));
        model.addAttribute("restrictedTags", DataPolicy.handlesRestrictedTags(user.role()));
        return "residents/resident";
    }

    @PostMapping("/residents/{id}/reveal")
    String reveal(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam PersonalField field,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("field", field);
        try {
            model.addAttribute("value", residents.reveal(user, id, field, reason));
        } catch (ReasonRequired e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage());
        }
        return "residents/partials/revealed";
    }
}
