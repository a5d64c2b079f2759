package org.linju.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/**
 * What happened in an emergency against the plan it was declared from: the forces called and those the plan named,
 * each template sent or not, the roll call against the plan's deadline (who was late or never answered), and how long
 * the first directive took after the declaration.
 */
public record PlanComparison(
        EmergencyPlan plan,
        Set<GovernanceRole> rolesCalled,
        Set<ForceKind> kindsCalled,
        List<TemplateLine> templates,
        int directivesOffPlan,
        @Nullable Duration firstDirectiveAfter,
        long recipients,
        long onTime,
        List<LateLine> late) {

    /** A template of the plan as it reads for this emergency, and whether a directive said exactly that. */
    public record TemplateLine(String text, boolean sent) {}

    /** Someone who answered after the deadline, or never ({@code acknowledgedAt} null). */
    public record LateLine(
            String name,
            @Nullable String areaCode,
            Instant sentAt,
            @Nullable Instant acknowledgedAt) {

        public @Nullable Long minutes() {
            return acknowledgedAt == null
                    ? null
                    : Duration.between(sentAt, acknowledgedAt).toMinutes();
        }
    }

    public Set<GovernanceRole> rolesNotCalled() {
        return without(plan.content().roles(), rolesCalled, GovernanceRole.class);
    }

    public Set<GovernanceRole> rolesOffPlan() {
        return without(rolesCalled, plan.content().roles(), GovernanceRole.class);
    }

    public Set<ForceKind> kindsNotCalled() {
        return without(plan.content().kinds(), kindsCalled, ForceKind.class);
    }

    public Set<ForceKind> kindsOffPlan() {
        return without(kindsCalled, plan.content().kinds(), ForceKind.class);
    }

    public long neverAnswered() {
        return late.stream().filter(line -> line.acknowledgedAt() == null).count();
    }

    public @Nullable Long firstDirectiveMinutes() {
        return firstDirectiveAfter == null ? null : firstDirectiveAfter.toMinutes();
    }

    private static <E extends Enum<E>> Set<E> without(Set<E> from, Set<E> remove, Class<E> type) {
        EnumSet<E> left = EnumSet.noneOf(type);
        left.addAll(from);
        left.removeAll(remove);
        return left;
    }
}
