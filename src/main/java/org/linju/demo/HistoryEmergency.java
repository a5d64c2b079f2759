package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.CommandBoard;
import org.linju.emergency.Declaration;
import org.linju.emergency.Declarations;
import org.linju.emergency.Directives;
import org.linju.emergency.Emergencies;
import org.linju.emergency.Emergency;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.emergency.EmergencyPlans;
import org.linju.emergency.RecipientState;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.linju.shared.SteerableClock;

/**
 * The district's one past emergency, through the command services: a flood declared over a community by its liaison
 * leader, two directives straight to the front line, acknowledgements recorded by the community secretary as the calls
 * come in, one grid leader unreachable so that the directive goes to their B (who acknowledges), the emergency lifted
 * the next morning with its summary, and the grid leader available again.
 */
final class HistoryEmergency {

    private static final Set<GovernanceRole> FRONT_LINE =
            EnumSet.of(GovernanceRole.GRID_LEADER, GovernanceRole.GRID_WORKER, GovernanceRole.BUILDING_LEADER);

    private final Emergencies emergencies;
    private final Directives directives;
    private final CommandBoard board;
    private final Forces forces;
    private final SteerableClock clock;
    private final Declarations declarations;
    private final EmergencyPlans plans;

    HistoryEmergency(
            Emergencies emergencies,
            Directives directives,
            CommandBoard board,
            Forces forces,
            SteerableClock clock,
            Declarations declarations,
            EmergencyPlans plans) {
        this.emergencies = emergencies;
        this.directives = directives;
        this.board = board;
        this.forces = forces;
        this.clock = clock;
        this.declarations = declarations;
        this.plans = plans;
    }

    /** Declares at {@code declared}, over {@code community}, commanded by its liaison leader, helped by its secretary. */
    void replay(Instant declared, String community, CurrentUser liaison, CurrentUser secretary) {
        Declaration plan = fromPlan(liaison, community);
        Emergency emergency = clock.at(declared, () -> declarations.declare(liaison, plan.withoutDirectives()));
        List<String> texts =
                plan.directives().size() >= 2 ? plan.directives() : List.of("立即排查低洼地段和地下车库住户", "开放社区避难场所，转移河边住户");
        UUID first = directive(emergency, liaison, declared.plus(Duration.ofMinutes(12)), texts.get(0));
        UUID unreachable =
                acknowledge(liaison, secretary, emergency.id(), first, declared.plus(Duration.ofMinutes(20)), true);
        UUID second = directive(emergency, liaison, declared.plus(Duration.ofHours(3)), texts.get(1));
        acknowledge(
                liaison,
                secretary,
                emergency.id(),
                second,
                declared.plus(Duration.ofHours(3).plusMinutes(10)),
                false);
        clock.at(
                declared.plus(Duration.ofHours(16)),
                () -> emergencies.lift(liaison, emergency.id(), "险情解除：转移住户 46 户 112 人，无人员伤亡；低洼点位 3 处已报排水改造"));
        if (unreachable != null) {
            clock.at(declared.plus(Duration.ofHours(18)), () -> {
                forces.markAvailable(secretary, unreachable);
                return null;
            });
        }
    }

    /**
     * The community's level-III flood plan when the demo has one for it (its texts for the directives, sent by hand
     * later so the review shows the plan kept or missed), else an improvised declaration.
     */
    private Declaration fromPlan(CurrentUser liaison, String community) {
        Declaration improvised =
                Declaration.improvised("暴雨内涝", EmergencyKind.FLOOD, EmergencyLevel.III, List.of(community));
        return plans.usable(liaison).stream()
                .filter(plan -> plan.kind() == EmergencyKind.FLOOD
                        && plan.level() == EmergencyLevel.III
                        && plan.content().areaCodes().equals(List.of(community)))
                .findFirst()
                .map(plan -> declarations.prefill(liaison, plan.planId()))
                .map(filled -> new Declaration(
                        improvised.title(),
                        filled.kind(),
                        filled.level(),
                        filled.areaCodes(),
                        Set.of(),
                        Set.of(),
                        filled.directives(),
                        filled.ackMinutes(),
                        filled.planId(),
                        filled.planVersion()))
                .orElse(improvised);
    }

    private UUID directive(Emergency emergency, CurrentUser liaison, Instant at, String text) {
        return clock.at(at, () -> directives.issue(liaison, emergency.id(), text, List.of(), FRONT_LINE, Set.of(), 30));
    }

    /**
     * With {@code oneUnreachable} the first recipient cannot be reached (their B receives the directive at once); every
     * other one, B included, acknowledges a minute apart. Answers who was unreachable.
     */
    private @Nullable UUID acknowledge(
            CurrentUser liaison,
            CurrentUser secretary,
            UUID emergency,
            UUID directive,
            Instant from,
            boolean oneUnreachable) {
        List<CommandBoard.PersonLine> people = board.review(liaison, emergency).people().stream()
                .filter(line -> line.directiveId().equals(directive) && line.state() == RecipientState.SENT)
                .toList();
        @Nullable
        UUID unreachable =
                people.isEmpty() || !oneUnreachable ? null : people.get(0).memberId();
        Instant at = from;
        if (unreachable != null) {
            clock.at(at, () -> directives.markUnavailable(secretary, directive, unreachable, "电话无人接听"));
        }
        for (CommandBoard.PersonLine line : board.review(liaison, emergency).people()) {
            if (line.directiveId().equals(directive) && line.state() == RecipientState.SENT) {
                at = at.plus(Duration.ofMinutes(1));
                clock.at(at, () -> {
                    directives.acknowledgeFor(secretary, directive, line.memberId());
                    return null;
                });
            }
        }
        return unreachable;
    }
}
