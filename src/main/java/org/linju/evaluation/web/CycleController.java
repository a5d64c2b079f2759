package org.linju.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.evaluation.Cycles;
import org.linju.evaluation.EvaluationCycle;
import org.linju.evaluation.EvaluationRoles;
import org.linju.evaluation.Grade;
import org.linju.evaluation.Ranking;
import org.linju.evaluation.Weights;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.Bimonth;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cycles list (双月考评), a cycle's ranking, and the admin's compute and lock. */
@Controller
class CycleController {

    private final Cycles cycles;
    private final Ranking ranking;
    private final Weights weights;
    private final AreaChoices areas;
    private final Clock clock;

    CycleController(Cycles cycles, Ranking ranking, Weights weights, AreaChoices areas, Clock clock) {
        this.cycles = cycles;
        this.ranking = ranking;
        this.weights = weights;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/evaluation")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("cycles", cycles.visibleTo(user));
        model.addAttribute("runsCycles", EvaluationRoles.runsCycles(user));
        model.addAttribute(
                "districts",
                areas.tree(user.scope()).stream()
                        .filter(a -> a.level() == RegionLevel.DISTRICT)
                        .toList());
        model.addAttribute("ended", endedCycles());
        model.addAttribute("zone", DateRange.CHINA);
        return "evaluation/cycles";
    }

    @PostMapping("/evaluation/compute")
    String compute(
            @AuthenticationPrincipal CurrentUser user, @RequestParam String district, @RequestParam String cycle) {
        EvaluationCycle computed = cycles.compute(user, RegionCode.of(district), Bimonth.parse(cycle));
        return "redirect:/evaluation/" + computed.id();
    }

    @GetMapping("/evaluation/{id}")
    String cycle(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RankingFilter filter, Model model) {
        EvaluationCycle cycle = cycles.find(user, id);
        @Nullable String area = AreaChoices.narrowing(user.scope(), filter.area());
        model.addAttribute("cycle", cycle);
        model.addAttribute("page", ranking.page(user, cycle, area, filter.grade(), filter.request()));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("weights", weights.of(cycle));
        model.addAttribute("rated", ranking.size(cycle));
        model.addAttribute("runsCycles", EvaluationRoles.runsCycles(user));
        model.addAttribute("zone", DateRange.CHINA);
        return "evaluation/cycle";
    }

    @PostMapping("/evaluation/{id}/lock")
    String lock(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        cycles.lock(user, id);
        return "redirect:/evaluation/" + id;
    }

    /** The last six cycles that have ended, newest first: the ones that may be computed. */
    private List<Bimonth> endedCycles() {
        List<Bimonth> ended = new ArrayList<>();
        Bimonth cycle =
                Bimonth.of(LocalDate.now(clock.withZone(DateRange.CHINA))).previous();
        for (int i = 0; i < 6; i++, cycle = cycle.previous()) {
            ended.add(cycle);
        }
        return ended;
    }
}
