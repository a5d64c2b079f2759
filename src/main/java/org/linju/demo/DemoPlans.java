package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.emergency.EmergencyPlans;
import org.linju.emergency.PlanDraft;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.SteerableClock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The district's prepared plans (平战转换系列工作方案) for its hazards — flood and heavy rain, fire, epidemic, earthquake,
 * each at two levels, plus a landslide plan still awaiting review — for the home community (drafted by its liaison
 * leader, approved by the street) and the home street (drafted by the street, approved by the district admin). The
 * community's level-III flood plan has two versions: the second adds volunteers and the shelter directive.
 */
@Component
@Order(60)
class DemoPlans implements DemoChapter {

    private static final Set<GovernanceRole> FRONT_LINE =
            EnumSet.of(GovernanceRole.GRID_LEADER, GovernanceRole.GRID_WORKER, GovernanceRole.BUILDING_LEADER);
    private static final Set<GovernanceRole> LEADERS =
            EnumSet.of(GovernanceRole.GRID_LEADER, GovernanceRole.GRID_INSTRUCTOR, GovernanceRole.COMMUNITY_POLICE);
    private static final String LOW_GROUND = "{area}立即排查低洼地段和地下车库住户，{deadline}分钟内回复";

    /** Plans were drafted this long before today and reviewed two days later; the flood plan revised in between. */
    private static final Duration DRAFTED = Duration.ofDays(200);

    private static final Duration REVISED = Duration.ofDays(120);
    private static final Duration REVIEW = Duration.ofDays(2);

    private final EmergencyPlans plans;
    private final Accounts accounts;
    private final SteerableClock clock;

    DemoPlans(EmergencyPlans plans, Accounts accounts, SteerableClock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One plan: over the home community, or the whole home street. */
    private record Spec(
            String title,
            EmergencyKind kind,
            EmergencyLevel level,
            boolean wholeStreet,
            Set<GovernanceRole> roles,
            Set<ForceKind> kinds,
            int deadline,
            List<String> templates) {}

    private static final Spec FLOOD_IV = new Spec(
            "社区防汛IV级响应预案",
            EmergencyKind.FLOOD,
            EmergencyLevel.IV,
            false,
            FRONT_LINE,
            Set.of(),
            60,
            List.of("{area}加强巡查，关注低洼地段积水，{deadline}分钟内回复"));
    private static final Spec FLOOD_III = new Spec(
            "社区防汛III级响应预案",
            EmergencyKind.FLOOD,
            EmergencyLevel.III,
            false,
            FRONT_LINE,
            Set.of(),
            30,
            List.of(LOW_GROUND));
    private static final Spec FLOOD_III_REVISED = new Spec(
            "社区防汛III级响应预案",
            EmergencyKind.FLOOD,
            EmergencyLevel.III,
            false,
            FRONT_LINE,
            Set.of(ForceKind.VOLUNTEER),
            30,
            List.of(LOW_GROUND, "{area}开放社区避难场所，转移河边住户"));
    private static final List<Spec> APPROVED = List.of(
            new Spec(
                    "社区火灾扑救IV级响应预案",
                    EmergencyKind.FIRE,
                    EmergencyLevel.IV,
                    false,
                    FRONT_LINE,
                    Set.of(ForceKind.VOLUNTEER),
                    15,
                    List.of("{area}立即组织疏散起火楼栋住户，清理消防通道，{deadline}分钟内回复")),
            new Spec(
                    "街道火灾III级响应预案",
                    EmergencyKind.FIRE,
                    EmergencyLevel.III,
                    true,
                    LEADERS,
                    Set.of(ForceKind.POLICE, ForceKind.VOLUNTEER),
                    20,
                    List.of("{area}启动火灾III级响应：网格长到岗，协助消防救援，{deadline}分钟内回复")),
            new Spec(
                    "街道疫情防控III级响应预案",
                    EmergencyKind.EPIDEMIC,
                    EmergencyLevel.III,
                    true,
                    FRONT_LINE,
                    Set.of(),
                    60,
                    List.of("{area}启动疫情防控III级响应：逐户排查返乡人员，{deadline}分钟内回复")),
            new Spec(
                    "街道疫情防控II级响应预案",
                    EmergencyKind.EPIDEMIC,
                    EmergencyLevel.II,
                    true,
                    FRONT_LINE,
                    Set.of(ForceKind.PARTY_MEMBER, ForceKind.VOLUNTEER),
                    30,
                    List.of("{area}启动疫情防控II级响应：设立小区卡口，组织核酸检测", "{area}排查独居老人和重病患者，建立保障台账")),
            new Spec(
                    "街道地震III级响应预案",
                    EmergencyKind.EARTHQUAKE,
                    EmergencyLevel.III,
                    true,
                    FRONT_LINE,
                    Set.of(),
                    30,
                    List.of("{area}立即排查房屋受损情况，{deadline}分钟内回复")),
            new Spec(
                    "街道地震II级响应预案",
                    EmergencyKind.EARTHQUAKE,
                    EmergencyLevel.II,
                    true,
                    LEADERS,
                    Set.of(ForceKind.VOLUNTEER, ForceKind.TALENT),
                    20,
                    List.of("{area}组织居民到应急避难场所集中避险", "{area}排查燃气管道和危旧房屋，{deadline}分钟内回复")));
    private static final Spec LANDSLIDE_DRAFT = new Spec(
            "街道地质灾害III级响应预案",
            EmergencyKind.GEOLOGICAL,
            EmergencyLevel.III,
            true,
            FRONT_LINE,
            Set.of(),
            30,
            List.of("{area}立即撤离滑坡隐患点周边住户，{deadline}分钟内回复"));

    @Override
    public void load(Random random) {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        CurrentUser street = accounts.loadUserByUsername("street");
        CurrentUser liaison = accounts.loadUserByUsername("liaison");
        List<String> home = List.of(root(liaison));
        List<String> wholeStreet = List.of(root(street));
        approved(liaison, street, draft(FLOOD_IV, home));
        UUID flood = approved(liaison, street, draft(FLOOD_III, home));
        Instant revised = clock.wallInstant().minus(REVISED);
        clock.at(revised, () -> plans.revise(street, flood, draft(FLOOD_III_REVISED, home)));
        clock.at(revised.plus(REVIEW), () -> plans.approve(admin, flood, 2));
        for (Spec spec : APPROVED) {
            if (spec.wholeStreet()) {
                approved(street, admin, draft(spec, wholeStreet));
            } else {
                approved(liaison, street, draft(spec, home));
            }
        }
        clock.at(revised, () -> plans.draft(street, draft(LANDSLIDE_DRAFT, wholeStreet)));
    }

    private UUID approved(CurrentUser drafter, CurrentUser reviewer, PlanDraft content) {
        Instant drafted = clock.wallInstant().minus(DRAFTED);
        UUID id = clock.at(drafted, () -> plans.draft(drafter, content));
        clock.at(drafted.plus(REVIEW), () -> plans.approve(reviewer, id, 1));
        return id;
    }

    private static PlanDraft draft(Spec spec, List<String> area) {
        return new PlanDraft(
                spec.title(),
                spec.kind(),
                spec.level(),
                area,
                spec.roles(),
                spec.kinds(),
                spec.templates(),
                spec.deadline());
    }

    private static String root(CurrentUser user) {
        return user.scope().roots().iterator().next().value();
    }
}
