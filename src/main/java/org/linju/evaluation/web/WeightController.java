package org.linju.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linju.evaluation.EvaluationRoles;
import org.linju.evaluation.Weights;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The default weights a new cycle copies, for the district admin. */
@Controller
class WeightController {

    private static final String PREFIX = "weight.";

    private final Weights weights;

    WeightController(Weights weights) {
        this.weights = weights;
    }

    @GetMapping("/evaluation/weights")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!EvaluationRoles.runsCycles(user)) {
            throw new OutOfScope("evaluation weights");
        }
        model.addAttribute("weights", weights.defaults());
        return "evaluation/weights";
    }

    /** Reads {@code weight.<key>=<number>} fields; an unreadable number is refused by the service as a bad weight. */
    @PostMapping("/evaluation/weights")
    String change(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form) {
        Map<String, BigDecimal> changed = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                changed.put(name.substring(PREFIX.length()), number(value));
            }
        });
        weights.change(user, changed);
        return "redirect:/evaluation/weights?saved";
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
