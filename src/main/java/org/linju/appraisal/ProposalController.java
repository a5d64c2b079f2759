package org.linju.appraisal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The community's queue of personnel proposals, and the grid pay budgets it sets. */
@Controller
class ProposalController {

    private final Proposals proposals;
    private final PerformancePay pay;
    private final CycleChoice cycles;
    private final AreaChoices areas;
    private final AreaNames names;

    ProposalController(
            Proposals proposals, PerformancePay pay, CycleChoice cycles, AreaChoices areas, AreaNames names) {
        this.proposals = proposals;
        this.pay = pay;
        this.cycles = cycles;
        this.areas = areas;
        this.names = names;
    }

    @GetMapping("/appraisal/proposals")
    String queue(@AuthenticationPrincipal CurrentUser user, ProposalFilter filter, Model model) {
        ListPage<Proposal> page = proposals.queue(user, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("pending", filter.pending() == null || filter.pending());
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute(
                "gridNames",
                names.of(page.rows().stream().map(Proposal::gridCode).toList()));
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("cycles", cycles.recent());
        model.addAttribute("decides", Proposals.decides(user));
        return "appraisal/proposals";
    }

    @PostMapping("/appraisal/proposals/{id}/decide")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam boolean approved,
            @RequestParam(required = false) @Nullable String note) {
        proposals.decide(user, id, approved, note);
        return "redirect:/appraisal/proposals";
    }

    @GetMapping("/appraisal/budgets")
    String budgets(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String cycle,
            @RequestParam(required = false) @Nullable String area,
            Model model) {
        var chosen = cycles.chosen(cycle);
        model.addAttribute("cycle", chosen);
        model.addAttribute("cycles", cycles.recent());
        model.addAttribute("area", area);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("budgets", pay.budgets(user, chosen, area));
        return "appraisal/budgets";
    }

    @PostMapping("/appraisal/budgets")
    String setBudget(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String cycle,
            @RequestParam String grid,
            @RequestParam(required = false) @Nullable BigDecimal yuan,
            @RequestParam(required = false) @Nullable String area) {
        var chosen = cycles.chosen(cycle);
        pay.setBudget(user, chosen, grid, yuan);
        return "redirect:/appraisal/budgets?cycle=" + chosen + (area == null || area.isBlank() ? "" : "&area=" + area);
    }
}
