package org.linju.emergency;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The review report's comparison with the plan: one pass over the emergency's directives for the forces and texts,
 * one grouped query over its recipients (within the viewer's scope) for the roll call against the plan's deadline.
 */
@Service
public class PlanReview {

    private record Sent(String text, Set<GovernanceRole> roles, Set<ForceKind> kinds, Instant issuedAt) {}

    private static final String LATE = """
			select m.name, coalesce(r.grid_code, r.community_code) as area_code, r.sent_at, r.acknowledged_at
			from directive_recipient r join directive d on d.id = r.directive_id
			join forces_membership m on m.id = r.member_id
			where d.emergency_id = :emergency and r.state <> 'UNREACHABLE'
			  and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
			  and (r.acknowledged_at is null or r.acknowledged_at > r.sent_at + make_interval(mins => :deadline))
			order by r.acknowledged_at is not null, r.sent_at, coalesce(r.grid_code, r.community_code) collate "C", m.name
			limit 2000
			""";

    private static final String COUNTS = """
			select count(*) as recipients, count(*) filter (where r.acknowledged_at <= r.sent_at
			       + make_interval(mins => :deadline)) as on_time
			from directive_recipient r join directive d on d.id = r.directive_id
			where d.emergency_id = :emergency and r.state <> 'UNREACHABLE'
			  and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
			""";

    private final JdbcClient jdbc;
    private final Emergencies emergencies;
    private final PlanTemplates templates;

    PlanReview(JdbcClient jdbc, Emergencies emergencies, PlanTemplates templates) {
        this.jdbc = jdbc;
        this.emergencies = emergencies;
        this.templates = templates;
    }

    /** Empty for an improvised emergency. */
    public Optional<PlanComparison> compare(CurrentUser viewer, UUID emergencyId) {
        Emergency emergency = emergencies.visible(viewer, emergencyId);
        return jdbc.sql("""
				select v.* from emergency e join emergency_plan_version v
				  on v.plan_id = e.plan_id and v.version = e.plan_version where e.id = ?
				""")
                .param(emergencyId)
                .query(PlanRows::toPlan)
                .optional()
                .map(plan -> compare(viewer, emergency, plan));
    }

    private PlanComparison compare(CurrentUser viewer, Emergency emergency, EmergencyPlan plan) {
        List<Sent> sent = sent(emergency.id());
        PlanDraft content = plan.content();
        List<String> expected = templates.render(content.templates(), emergency.areaCodes(), content.deadlineMinutes());
        Set<GovernanceRole> roles = EnumSet.noneOf(GovernanceRole.class);
        Set<ForceKind> kinds = EnumSet.noneOf(ForceKind.class);
        sent.forEach(directive -> {
            roles.addAll(directive.roles());
            kinds.addAll(directive.kinds());
        });
        List<String> texts = sent.stream().map(Sent::text).toList();
        String[] scope = viewer.scope().sqlPatterns();
        var counts = jdbc.sql(COUNTS)
                .param("emergency", emergency.id())
                .param("scope", scope)
                .param("deadline", content.deadlineMinutes())
                .query((rs, row) -> new long[] {rs.getLong("recipients"), rs.getLong("on_time")})
                .single();
        return new PlanComparison(
                plan,
                roles,
                kinds,
                expected.stream()
                        .map(text -> new PlanComparison.TemplateLine(text, texts.contains(text)))
                        .toList(),
                (int) texts.stream().filter(text -> !expected.contains(text)).count(),
                sent.isEmpty()
                        ? null
                        : Duration.between(emergency.declaredAt(), sent.get(0).issuedAt()),
                counts[0],
                counts[1],
                late(emergency.id(), scope, content.deadlineMinutes()));
    }

    private List<Sent> sent(UUID emergencyId) {
        return jdbc.sql("select text, roles, kinds, issued_at from directive where emergency_id = ? order by issued_at")
                .param(emergencyId)
                .query((rs, row) -> new Sent(
                        rs.getString("text"),
                        PlanRows.enums(PlanRows.strings(rs, "roles"), GovernanceRole.class),
                        PlanRows.enums(PlanRows.strings(rs, "kinds"), ForceKind.class),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private List<PlanComparison.LateLine> late(UUID emergencyId, String[] scope, int deadline) {
        return jdbc.sql(LATE)
                .param("emergency", emergencyId)
                .param("scope", scope)
                .param("deadline", deadline)
                .query((rs, row) -> new PlanComparison.LateLine(
                        rs.getString("name"),
                        rs.getString("area_code"),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("acknowledged_at", OffsetDateTime.class))))
                .list();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
