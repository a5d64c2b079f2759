package org.linju.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.evaluation.Appeal;
import org.linju.evaluation.Appeals;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The appeals queue of a supervisor's area, and the decision on one appeal. */
@Controller
class AppealController {

    private static final List<String> SORTABLE = List.of("filed", "state");

    private final Appeals appeals;

    AppealController(Appeals appeals) {
        this.appeals = appeals;
    }

    @GetMapping("/evaluation/appeals")
    String queue(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Appeal.@Nullable State state,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String dir,
            Model model) {
        ListRequest request = ListRequest.of(page, null, sort, dir, SORTABLE, true);
        model.addAttribute("page", appeals.queue(user, state == null ? null : state.name(), request));
        model.addAttribute("state", state);
        model.addAttribute("states", Appeal.State.values());
        model.addAttribute("zone", DateRange.CHINA);
        return "evaluation/appeals";
    }

    @PostMapping("/evaluation/appeals/{id}/decide")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam boolean upheld,
            @RequestParam(required = false) @Nullable BigDecimal points,
            @RequestParam String decision) {
        appeals.decide(user, id, upheld, points, decision);
        return "redirect:/evaluation/appeals";
    }
}
