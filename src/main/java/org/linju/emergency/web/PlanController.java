package org.linju.emergency.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.Emergencies;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.emergency.EmergencyPlan;
import org.linju.emergency.EmergencyPlans;
import org.linju.emergency.PlanFilter;
import org.linju.emergency.PlanList;
import org.linju.emergency.PlanState;
import org.linju.emergency.PlanTemplates;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Prepared plans (应急预案): the list, a plan with its versions and review, and the editor. */
@Controller
class PlanController {

    private final EmergencyPlans plans;
    private final PlanList list;
    private final AreaChoices areaChoices;
    private final DeclarableAreas declarable;
    private final PlanTemplates templates;

    PlanController(
            EmergencyPlans plans,
            PlanList list,
            AreaChoices areaChoices,
            DeclarableAreas declarable,
            PlanTemplates templates) {
        this.plans = plans;
        this.list = list;
        this.areaChoices = areaChoices;
        this.declarable = declarable;
        this.templates = templates;
    }

    @GetMapping("/emergency/plans")
    String list(@AuthenticationPrincipal CurrentUser user, PlanFilter filter, Model model) {
        planner(user);
        AreaChoices.narrowing(user.scope(), filter.area());
        model.addAttribute("page", list.page(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areaChoices.within(user.scope()));
        model.addAttribute("kinds", EmergencyKind.values());
        model.addAttribute("levels", EmergencyLevel.values());
        model.addAttribute("states", PlanState.values());
        model.addAttribute("zone", DateRange.CHINA);
        return "emergency/plans";
    }

    @GetMapping("/emergency/plans/{id}")
    String plan(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            Model model) {
        List<EmergencyPlan> versions = plans.versions(user, id);
        EmergencyPlan shown = versions.stream()
                .filter(plan -> version == null || plan.version() == version)
                .findFirst()
                .orElseThrow(() -> new OutOfScope("plan version"));
        model.addAttribute("plan", shown);
        model.addAttribute("versions", versions);
        model.addAttribute("areaLabel", templates.areaNames(shown.content().areaCodes()));
        model.addAttribute(
                "mayEdit", EmergencyPlans.mayEdit(user, shown.content().areaCodes()));
        model.addAttribute(
                "mayReview",
                shown.reviewableBy(user.getUsername())
                        && EmergencyPlans.mayEdit(user, shown.content().areaCodes()));
        model.addAttribute(
                "mayDeclare",
                shown.usable() && Emergencies.mayDeclare(user, shown.content().areaCodes()));
        model.addAttribute("zone", DateRange.CHINA);
        return "emergency/plan";
    }

    @GetMapping("/emergency/plans/new")
    String create(@AuthenticationPrincipal CurrentUser user, Model model) {
        planner(user);
        return editor(user, null, PlanForm.blank(), model);
    }

    @GetMapping("/emergency/plans/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        EmergencyPlan latest = plans.versions(user, id).get(0);
        if (!EmergencyPlans.mayEdit(user, latest.content().areaCodes())) {
            throw new OutOfScope("plan");
        }
        return editor(user, latest, PlanForm.of(latest), model);
    }

    @PostMapping("/emergency/plans")
    String draft(@AuthenticationPrincipal CurrentUser user, PlanForm form) {
        return "redirect:/emergency/plans/" + plans.draft(user, form.toDraft());
    }

    @PostMapping("/emergency/plans/{id}")
    String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, PlanForm form) {
        int version = plans.revise(user, id, form.toDraft());
        return "redirect:/emergency/plans/" + id + "?version=" + version;
    }

    @PostMapping("/emergency/plans/{id}/versions/{version}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int version) {
        plans.approve(user, id, version);
        return "redirect:/emergency/plans/" + id + "?version=" + version;
    }

    private String editor(CurrentUser user, @Nullable EmergencyPlan latest, PlanForm form, Model model) {
        model.addAttribute("latest", latest);
        model.addAttribute("form", form);
        model.addAttribute("areaChoices", declarable.within(user.scope()));
        model.addAttribute("kinds", EmergencyKind.values());
        model.addAttribute("levels", EmergencyLevel.values());
        model.addAttribute("roles", GovernanceRole.values());
        model.addAttribute("forceKinds", ForceKind.values());
        model.addAttribute("templateSlots", templateSlots(form));
        return "emergency/planEditor";
    }

    /** The templates written so far and empty boxes for more, up to the plan's limit. */
    private static List<String> templateSlots(PlanForm form) {
        List<String> written = form.templates() == null ? List.of() : form.templates();
        int empty = Math.max(1, Math.min(3, EmergencyPlans.MAX_TEMPLATES - written.size()));
        return Stream.concat(written.stream(), Stream.generate(() -> ""))
                .limit(written.size() + empty)
                .toList();
    }

    private static void planner(CurrentUser user) {
        if (!EmergencyPlans.PLANNERS.contains(user.role())) {
            throw new OutOfScope("plans");
        }
    }
}
