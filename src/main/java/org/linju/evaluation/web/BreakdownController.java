package org.linju.evaluation.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.evaluation.Adjustments;
import org.linju.evaluation.Appeals;
import org.linju.evaluation.Award;
import org.linju.evaluation.Awards;
import org.linju.evaluation.Breakdowns;
import org.linju.evaluation.EvaluationRoles;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's breakdown, and what is done from it: an adjustment, an appeal, an award. */
@Controller
class BreakdownController {

    private final Breakdowns breakdowns;
    private final Adjustments adjustments;
    private final Appeals appeals;
    private final Awards awards;

    BreakdownController(Breakdowns breakdowns, Adjustments adjustments, Appeals appeals, Awards awards) {
        this.breakdowns = breakdowns;
        this.adjustments = adjustments;
        this.appeals = appeals;
        this.awards = awards;
    }

    @GetMapping("/evaluation/{id}/people/{account}")
    String breakdown(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID account, Model model) {
        model.addAttribute("b", breakdowns.of(user, id, account));
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute("mayAward", EvaluationRoles.registersAwards(user));
        model.addAttribute("kinds", Award.Kind.values());
        return "evaluation/breakdown";
    }

    @PostMapping("/evaluation/{id}/people/{account}/adjust")
    String adjust(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID account,
            @RequestParam(required = false) @Nullable BigDecimal points,
            @RequestParam String reason) {
        adjustments.adjust(user, id, account, points, reason);
        return "redirect:/evaluation/" + id + "/people/" + account;
    }

    @PostMapping("/evaluation/{id}/appeal")
    String appeal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String reason) {
        appeals.file(user, id, reason);
        return "redirect:/evaluation/" + id + "/people/" + user.id();
    }

    @PostMapping("/evaluation/{id}/people/{account}/awards")
    String award(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID account,
            @RequestParam Award.Kind kind,
            @RequestParam String title) {
        awards.register(user, id, account, kind, title);
        return "redirect:/evaluation/" + id + "/people/" + account;
    }
}
