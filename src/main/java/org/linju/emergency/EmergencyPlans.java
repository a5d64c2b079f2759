package org.linju.emergency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepared plans (平战转换系列工作方案), reviewed and versioned: district and street staff and liaison leaders draft a
 * plan for areas inside their scope; someone else approves the draft before it can be declared from; editing an
 * approved plan drafts the next version, and approving that one supersedes the version before, which stays readable.
 */
@Service
public class EmergencyPlans {

    /** Who prepares, reviews and reads plans. */
    public static final Set<Role> PLANNERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF);

    public static final int MAX_TEMPLATES = 10;

    private static final String INSERT_VERSION = """
			insert into emergency_plan_version (plan_id, version, title, kind, level, area_codes, roles, kinds,
			    templates, deadline_minutes, state, drafted_by, drafted_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
			""";

    private final JdbcClient jdbc;
    private final Clock clock;

    EmergencyPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Drafts a new plan (version 1); returns its id. */
    @Transactional
    public UUID draft(CurrentUser by, PlanDraft content) {
        checkDraft(by, content);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into emergency_plan (id, created_by, created_at) values (?, ?, ?)")
                .params(id, by.getUsername(), now())
                .update();
        insertVersion(id, 1, by, content);
        return id;
    }

    /**
     * Edits a plan: its pending draft is rewritten (the editor becomes its drafter), an approved plan gets a new draft
     * version and keeps the approved one in force until that is reviewed. Returns the version edited.
     */
    @Transactional
    public int revise(CurrentUser by, UUID planId, PlanDraft content) {
        EmergencyPlan latest = lockLatest(by, planId);
        requireEditor(by, latest.content().areaCodes());
        checkDraft(by, content);
        if (latest.state() != PlanState.DRAFT) {
            insertVersion(planId, latest.version() + 1, by, content);
            return latest.version() + 1;
        }
        jdbc.sql("delete from emergency_plan_version where plan_id = ? and version = ?")
                .params(planId, latest.version())
                .update();
        insertVersion(planId, latest.version(), by, content);
        return latest.version();
    }

    /** A second person approves the pending draft; the version that was in force is superseded. */
    @Transactional
    public EmergencyPlan approve(CurrentUser by, UUID planId, int version) {
        EmergencyPlan latest = lockLatest(by, planId);
        requireEditor(by, latest.content().areaCodes());
        if (latest.version() != version || latest.state() != PlanState.DRAFT) {
            throw new EmergencyRefused("plan.notDraft");
        }
        if (!latest.reviewableBy(by.getUsername())) {
            throw new EmergencyRefused("plan.ownDraft");
        }
        jdbc.sql("update emergency_plan_version set state = 'SUPERSEDED' where plan_id = ? and state = 'APPROVED'")
                .param(planId)
                .update();
        jdbc.sql("""
				update emergency_plan_version set state = 'APPROVED', reviewed_by = ?, reviewed_at = ?
				where plan_id = ? and version = ?
				""").params(by.getUsername(), now(), planId, version).update();
        return version(by, planId, version);
    }

    /** Every version of the plan, newest first. */
    public List<EmergencyPlan> versions(CurrentUser viewer, UUID planId) {
        List<EmergencyPlan> versions = jdbc.sql(
                        "select * from emergency_plan_version where plan_id = ? order by version desc")
                .param(planId)
                .query(PlanRows::toPlan)
                .list();
        if (versions.isEmpty() || !sees(viewer, versions.get(0).content().areaCodes())) {
            throw new OutOfScope("plan");
        }
        return versions;
    }

    public EmergencyPlan version(CurrentUser viewer, UUID planId, int version) {
        EmergencyPlan plan = jdbc.sql("select * from emergency_plan_version where plan_id = ? and version = ?")
                .params(planId, version)
                .query(PlanRows::toPlan)
                .optional()
                .orElseThrow(() -> new OutOfScope("plan"));
        if (!sees(viewer, plan.content().areaCodes())) {
            throw new OutOfScope("plan");
        }
        return plan;
    }

    /** The versions in force that a commander may declare from: every area inside their scope. */
    public List<EmergencyPlan> usable(CurrentUser commander) {
        if (!Emergencies.COMMANDERS.contains(commander.role())) {
            return List.of();
        }
        return jdbc.sql("""
				select * from emergency_plan_version v where state = 'APPROVED'
				  and not exists (select 1 from unnest(v.area_codes) a where not a like any (cast(? as text[])))
				order by kind, level, title
				""")
                .param(commander.scope().sqlPatterns())
                .query(PlanRows::toPlan)
                .list();
    }

    /** Whether the viewer may edit or review a plan over these areas. */
    public static boolean mayEdit(CurrentUser viewer, List<String> areaCodes) {
        return PLANNERS.contains(viewer.role())
                && areaCodes.stream().allMatch(code -> viewer.scope().covers(RegionCode.of(code)));
    }

    static boolean sees(CurrentUser viewer, List<String> areaCodes) {
        return PLANNERS.contains(viewer.role())
                && areaCodes.stream()
                        .anyMatch(code -> viewer.scope().covers(RegionCode.of(code))
                                || viewer.scope().roots().stream()
                                        .anyMatch(root -> root.value().startsWith(code)));
    }

    private EmergencyPlan lockLatest(CurrentUser by, UUID planId) {
        jdbc.sql("select id from emergency_plan where id = ? for update")
                .param(planId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new OutOfScope("plan"));
        return versions(by, planId).get(0);
    }

    private static void requireEditor(CurrentUser by, List<String> areaCodes) {
        if (!mayEdit(by, areaCodes)) {
            throw new OutOfScope("plan");
        }
    }

    private void insertVersion(UUID planId, int version, CurrentUser by, PlanDraft content) {
        jdbc.sql(INSERT_VERSION)
                .params(
                        planId,
                        version,
                        content.title().strip(),
                        content.kind().name(),
                        content.level().name(),
                        content.areaCodes().toArray(String[]::new),
                        EmergencyPlan.names(content.roles()),
                        EmergencyPlan.names(content.kinds()),
                        content.templates().toArray(String[]::new),
                        content.deadlineMinutes(),
                        by.getUsername(),
                        now())
                .update();
    }

    /** Refuses a planner outside the plan's area, and a plan nobody could act on. */
    private static void checkDraft(CurrentUser by, PlanDraft content) {
        if (!PLANNERS.contains(by.role())) {
            throw new OutOfScope("plan");
        }
        if (content.title().isBlank() || content.title().length() > 200) {
            throw new PlanRefused("emergency.badTitle");
        }
        List<String> areas = content.areaCodes();
        if (areas.isEmpty() || areas.stream().anyMatch(code -> !RegionCode.isValid(code) || code.length() > 12)) {
            throw new PlanRefused("emergency.badArea");
        }
        requireEditor(by, areas);
        if (content.roles().isEmpty() && content.kinds().isEmpty()) {
            throw new PlanRefused("plan.noForces");
        }
        if (content.templates().size() > MAX_TEMPLATES
                || content.templates().stream().anyMatch(text -> text.length() > 1000)) {
            throw new PlanRefused("plan.badTemplates");
        }
        if (content.deadlineMinutes() < 1 || content.deadlineMinutes() > 1440) {
            throw new PlanRefused("plan.badDeadline");
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
