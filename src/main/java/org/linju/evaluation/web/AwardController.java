package org.linju.evaluation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.evaluation.Award;
import org.linju.evaluation.Awards;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of commendations and promotions, each linked to the result it rests on. */
@Controller
class AwardController {

    private static final List<String> SORTABLE = List.of("registered", "kind", "cycle");

    private final Awards awards;

    AwardController(Awards awards) {
        this.awards = awards;
    }

    @GetMapping("/evaluation/awards")
    String register(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Award.@Nullable Kind kind,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String dir,
            Model model) {
        ListRequest request = ListRequest.of(page, null, sort, dir, SORTABLE, true);
        model.addAttribute("page", awards.page(user, kind, request));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", Award.Kind.values());
        model.addAttribute("zone", DateRange.CHINA);
        return "evaluation/awards";
    }
}
