package org.linju.demo;

import java.util.List;
import org.linju.matters.Channel;
import org.linju.matters.Difficulty;
import org.linju.matters.Urgency;

/**
 * The demo history as a pure, seeded plan: which matters are reported where and when, and which steps each takes, by
 * which kind of person, at what time. Times are seconds before the history's end (the start of the app), so a plan
 * does not depend on the day it is replayed; steps that would fall after the end are not planned (they are "still
 * open today"). {@link HistoryPlanner} draws it; {@link DemoHistory} replays it through the services people use.
 */
record HistoryPlan(List<Matter> matters, List<Step> steps) {

    /** A grid the history may place reports in, with its community and its share of the population. */
    record Grid(String code, String community, double population) {}

    /** How well a community's people work: each community its own, so the rankings mean something. */
    record Propensity(double acceptLate, double stall, double unsatisfied, double rated) {}

    /** A matter as reported; {@code mergeInto} is the index of the matter it duplicates, or -1. */
    record Matter(
            int index,
            String grid,
            String community,
            Channel channel,
            String category,
            Urgency urgency,
            Difficulty difficulty,
            int mergeInto) {}

    /** One step of one matter, {@code before} seconds before the end, taken by {@code who}. */
    record Step(long before, int matter, Move move, Who who) {}

    /** What happens to a matter. */
    enum Move {
        REPORT,
        TRIAGE,
        DISPATCH,
        ACCEPT,
        RETURN,
        START,
        RESOLVE,
        REJECT_RESOLUTION,
        VERIFY,
        STRIKE_OFF,
        RATE_SATISFIED,
        RATE_BASICALLY,
        RATE_UNSATISFIED,
        REQUEST_EXTENSION,
        REQUEST_DEFERRAL,
        REQUEST_VOIDING,
        APPROVE,
        TURN_DOWN,
        RESUME,
        MERGE
    }

    /** Who takes a step; which account that is follows from the matter's grid and colour. */
    enum Who {
        REPORTER,
        TRIAGER,
        HANDLER,
        VERIFIER,
        APPROVER,
        RESIDENT
    }
}
