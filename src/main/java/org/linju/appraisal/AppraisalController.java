package org.linju.appraisal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.Bimonth;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A grid leader's appraisal of their grid's workers for a cycle, proposals and pay; a worker's own page. */
@Controller
class AppraisalController {

    /** Form fields named {@code w-<worker id>} carry the points or amount typed for that worker. */
    private static final String TYPED = "w-";

    private final Appraisals appraisals;
    private final PerformancePay pay;
    private final CycleChoice cycles;

    AppraisalController(Appraisals appraisals, PerformancePay pay, CycleChoice cycles) {
        this.appraisals = appraisals;
        this.pay = pay;
        this.cycles = cycles;
    }

    @GetMapping("/appraisal")
    String grid(
            @AuthenticationPrincipal CurrentUser leader,
            @RequestParam(required = false) @Nullable String cycle,
            Model model) {
        Bimonth chosen = cycles.chosen(cycle);
        model.addAttribute("sheet", appraisals.sheet(leader, chosen));
        model.addAttribute("cycles", cycles.recent());
        model.addAttribute("rules", PayRule.values());
        model.addAttribute("kinds", ProposalKind.values());
        return "appraisal/grid";
    }

    @GetMapping("/my/appraisal")
    String own(
            @AuthenticationPrincipal CurrentUser worker,
            @RequestParam(required = false) @Nullable String cycle,
            Model model) {
        model.addAttribute("own", appraisals.own(worker, cycles.chosen(cycle)));
        model.addAttribute("cycles", cycles.recent());
        return "appraisal/mine";
    }

    @PostMapping("/appraisal/{cycle}/workers/{worker}")
    String appraise(
            @AuthenticationPrincipal CurrentUser leader,
            @PathVariable String cycle,
            @PathVariable UUID worker,
            @RequestParam(required = false) @Nullable BigDecimal score,
            @RequestParam(required = false) @Nullable String reasons) {
        Bimonth chosen = cycles.chosen(cycle);
        appraisals.appraise(leader, chosen, worker, score, reasons);
        return back(chosen);
    }

    @PostMapping("/appraisal/{cycle}/proposals")
    String propose(
            @AuthenticationPrincipal CurrentUser leader,
            @PathVariable String cycle,
            @RequestParam UUID worker,
            @RequestParam(required = false) @Nullable ProposalKind kind,
            @RequestParam(required = false) @Nullable String reasons) {
        Bimonth chosen = cycles.chosen(cycle);
        appraisals.propose(leader, chosen, worker, kind, reasons);
        return back(chosen);
    }

    @PostMapping("/appraisal/{cycle}/pay")
    String distribute(
            @AuthenticationPrincipal CurrentUser leader,
            @PathVariable String cycle,
            @RequestParam PayRule rule,
            @RequestParam(defaultValue = "0") int basePercent,
            @RequestParam(required = false) @Nullable BigDecimal total,
            @RequestParam Map<String, String> form) {
        Bimonth chosen = cycles.chosen(cycle);
        pay.distribute(leader, chosen, new PayPlan(rule, basePercent, total, typed(form)));
        return back(chosen);
    }

    private static Map<UUID, BigDecimal> typed(Map<String, String> form) {
        Map<UUID, BigDecimal> typed = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(TYPED) && !value.isBlank()) {
                try {
                    typed.put(UUID.fromString(name.substring(TYPED.length())), new BigDecimal(value.strip()));
                } catch (IllegalArgumentException e) {
                    throw new AppraisalRefused("appraisal.refused.basis");
                }
            }
        });
        return typed;
    }

    private static String back(Bimonth cycle) {
        return "redirect:/appraisal?cycle=" + cycle;
    }
}
