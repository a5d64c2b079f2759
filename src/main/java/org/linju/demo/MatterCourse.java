package org.linju.demo;

import java.util.List;
import java.util.Random;
import org.linju.demo.HistoryPlan.Matter;
import org.linju.demo.HistoryPlan.Move;
import org.linju.demo.HistoryPlan.Propensity;
import org.linju.demo.HistoryPlan.Step;
import org.linju.demo.HistoryPlan.Who;
import org.linju.matters.Urgency;

/**
 * The course one matter takes, drawn from the plan's random and its community's propensities: reported, triaged and
 * dispatched within hours, accepted (mostly within the two-hour limit), worked on and resolved within its time limit,
 * verified, struck off and often rated; some are merged as duplicates or voided, returned once, have a resolution
 * rejected, are deferred or extended (decided by a second person), or stall and stay open past their limit. Steps
 * that would fall after the end of the history are left out: the matter is still open at that stage today.
 */
final class MatterCourse {

    private static final int MINUTE = 60;
    private static final int HOUR = 3600;

    private final Random random;
    private final Propensity propensity;
    private List<Step> steps = List.of();
    private int matter;
    private long before;

    MatterCourse(Random random, Propensity propensity) {
        this.random = random;
        this.propensity = propensity;
    }

    /** Plans the matter's steps into {@code into}; says whether a later duplicate may be merged into it. */
    boolean plan(Matter planned, long reportedBefore, List<Step> into) {
        steps = into;
        matter = planned.index();
        before = reportedBefore;
        add(0, Move.REPORT, Who.REPORTER);
        if (planned.mergeInto() >= 0) {
            add(between(20 * MINUTE, 2 * HOUR), Move.MERGE, Who.TRIAGER);
            return false;
        }
        if (chance(0.012)) {
            voided();
            return false;
        }
        if (add(between(10 * MINUTE, 4 * HOUR), Move.TRIAGE, Who.TRIAGER)
                && add(between(2 * MINUTE, 30 * MINUTE), Move.DISPATCH, Who.TRIAGER)) {
            work(limitHours(planned.urgency()));
        }
        return true;
    }

    private void voided() {
        if (add(between(30 * MINUTE, 3 * HOUR), Move.REQUEST_VOIDING, Who.TRIAGER)) {
            add(between(HOUR, 8 * HOUR), Move.APPROVE, Who.APPROVER);
        }
    }

    private void work(int limitHours) {
        if (chance(0.03)
                && !(add(between(10 * MINUTE, HOUR), Move.RETURN, Who.HANDLER)
                        && add(between(30 * MINUTE, 2 * HOUR), Move.DISPATCH, Who.TRIAGER))) {
            return;
        }
        long accept =
                chance(propensity.acceptLate()) ? between(125 * MINUTE, 8 * HOUR) : between(5 * MINUTE, 110 * MINUTE);
        if (!add(accept, Move.ACCEPT, Who.HANDLER)) {
            return;
        }
        boolean stalls = chance(propensity.stall());
        if (stalls && chance(0.4)) {
            return;
        }
        if (!add(between(5 * MINUTE, 3 * HOUR), Move.START, Who.HANDLER) || stalls || !detours(limitHours)) {
            return;
        }
        if (resolveAndClose(limitHours, chance(0.04))) {
            rate(limitHours);
        }
    }

    /** Deferral or extension on the way, each decided by a second person; false if the history ends first. */
    private boolean detours(int limitHours) {
        if (chance(0.012)) {
            return add(between(HOUR, 24 * HOUR), Move.REQUEST_DEFERRAL, Who.HANDLER)
                    && add(between(HOUR, 6 * HOUR), Move.APPROVE, Who.APPROVER)
                    && add(between(48 * HOUR, 168 * HOUR), Move.RESUME, Who.TRIAGER);
        }
        if (chance(0.03)) {
            return add(
                            (long) (limitHours * HOUR * (0.2 + 0.4 * random.nextDouble())),
                            Move.REQUEST_EXTENSION,
                            Who.HANDLER)
                    && add(between(HOUR, 8 * HOUR), chance(0.8) ? Move.APPROVE : Move.TURN_DOWN, Who.APPROVER);
        }
        return true;
    }

    private boolean resolveAndClose(int limitHours, boolean rejectedOnce) {
        if (!add((long) (limitHours * HOUR * (0.03 + 0.6 * random.nextDouble())), Move.RESOLVE, Who.HANDLER)) {
            return false;
        }
        if (rejectedOnce
                && !(add(between(HOUR, 24 * HOUR), Move.REJECT_RESOLUTION, Who.VERIFIER)
                        && add(
                                (long) (limitHours * HOUR * (0.05 + 0.2 * random.nextDouble())),
                                Move.RESOLVE,
                                Who.HANDLER))) {
            return false;
        }
        return add(between(30 * MINUTE, 24 * HOUR), Move.VERIFY, Who.VERIFIER)
                && add(between(10 * MINUTE, 12 * HOUR), Move.STRIKE_OFF, Who.HANDLER);
    }

    private void rate(int limitHours) {
        if (!chance(propensity.rated())) {
            return;
        }
        if (!chance(propensity.unsatisfied())) {
            add(between(2 * HOUR, 72 * HOUR), chance(0.7) ? Move.RATE_SATISFIED : Move.RATE_BASICALLY, Who.RESIDENT);
            return;
        }
        if (add(between(2 * HOUR, 72 * HOUR), Move.RATE_UNSATISFIED, Who.RESIDENT)
                && resolveAndClose(limitHours, false)
                && chance(0.6)) {
            add(between(2 * HOUR, 72 * HOUR), chance(0.85) ? Move.RATE_BASICALLY : Move.RATE_UNSATISFIED, Who.RESIDENT);
        }
    }

    /** The resolution limit the people work towards (the default limits: 2 h, 24 h, 7 days). */
    private static int limitHours(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> 2;
            case URGENT -> 24;
            case NORMAL -> 168;
        };
    }

    /** Plans the step {@code after} seconds after the previous one, unless that is after the end; says whether. */
    private boolean add(long after, Move move, Who who) {
        before -= after;
        if (before <= 0) {
            return false;
        }
        steps.add(new Step(before, matter, move, who));
        return true;
    }

    private long between(long from, long to) {
        return from + (long) (random.nextDouble() * (to - from));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
