package org.linju.emergency;

import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declaring an emergency from a plan, or improvised: the declaration, the plan version it started from, and its first
 * directives, all or nothing. A plan prefills the declaration; the commander may still change any of it.
 */
@Service
public class Declarations {

    private final Emergencies emergencies;
    private final Directives directives;
    private final EmergencyPlans plans;
    private final PlanTemplates templates;
    private final JdbcClient jdbc;

    Declarations(
            Emergencies emergencies,
            Directives directives,
            EmergencyPlans plans,
            PlanTemplates templates,
            JdbcClient jdbc) {
        this.emergencies = emergencies;
        this.directives = directives;
        this.plans = plans;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    /** What declaring from the plan's version in force would send, for the commander to check and change. */
    public Declaration prefill(CurrentUser commander, UUID planId) {
        EmergencyPlan plan = plans.versions(commander, planId).stream()
                .filter(EmergencyPlan::usable)
                .findFirst()
                .orElseThrow(() -> new EmergencyRefused("plan.notApproved"));
        int version = plan.version();
        PlanDraft content = plan.content();
        return new Declaration(
                content.title(),
                content.kind(),
                content.level(),
                content.areaCodes(),
                content.roles(),
                content.kinds(),
                templates.render(content.templates(), content.areaCodes(), content.deadlineMinutes()),
                content.deadlineMinutes(),
                planId,
                version);
    }

    @Transactional
    public Emergency declare(CurrentUser by, Declaration declaration) {
        EmergencyPlan plan = declaration.planId() == null
                ? null
                : usable(by, declaration.planId(), declaration.planVersion() == null ? 0 : declaration.planVersion());
        Emergency emergency = emergencies.declare(
                by, declaration.title(), declaration.kind(), declaration.level(), declaration.areaCodes());
        if (plan != null) {
            jdbc.sql("update emergency set plan_id = ?, plan_version = ? where id = ?")
                    .params(plan.planId(), plan.version(), emergency.id())
                    .update();
            emergencies.log(emergency.id(), by.getUsername(), "plan", plan.title() + " v" + plan.version());
        }
        for (String text : declaration.directives()) {
            directives.issue(
                    by,
                    emergency.id(),
                    text,
                    List.of(),
                    declaration.roles(),
                    declaration.kinds(),
                    declaration.ackMinutes());
        }
        return emergency;
    }

    /** A draft, or a version another has since replaced, is not declared from. */
    private EmergencyPlan usable(CurrentUser commander, UUID planId, int version) {
        EmergencyPlan plan = plans.version(commander, planId, version);
        if (!plan.usable()) {
            throw new EmergencyRefused("plan.notApproved");
        }
        return plan;
    }
}
