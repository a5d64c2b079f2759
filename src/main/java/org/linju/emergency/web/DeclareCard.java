package org.linju.emergency.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.Declarations;
import org.linju.emergency.Emergencies;
import org.linju.emergency.EmergencyPlans;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the declare form on the emergencies page needs: the plans to start from, the areas to pick, a prefill. */
@Component
class DeclareCard {

    private final EmergencyPlans plans;
    private final Declarations declarations;
    private final DeclarableAreas areas;

    DeclareCard(EmergencyPlans plans, Declarations declarations, DeclarableAreas areas) {
        this.plans = plans;
        this.declarations = declarations;
        this.areas = areas;
    }

    void addTo(CurrentUser user, @Nullable UUID plan, Model model) {
        if (!Emergencies.mayDeclare(user, List.of())) {
            return;
        }
        model.addAttribute("plans", plans.usable(user));
        model.addAttribute("declareAreas", areas.within(user.scope()));
        model.addAttribute("declaration", plan == null ? null : declarations.prefill(user, plan));
        model.addAttribute("roles", GovernanceRole.values());
        model.addAttribute("forceKinds", ForceKind.values());
    }
}
