package org.linju.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.demo.HistoryPlan.Matter;
import org.linju.demo.HistoryPlan.Step;
import org.linju.identity.CurrentUser;
import org.linju.matters.Colour;
import org.linju.matters.Intake;
import org.linju.matters.MatterView;
import org.linju.matters.MatterWork;
import org.linju.matters.NewReport;
import org.linju.matters.Rating;
import org.linju.matters.Receipt;
import org.linju.matters.ResidentRatings;
import org.linju.matters.StaffStep;

/**
 * Takes a planned step through the services people use: intake for reports, the staff workflow for every staff step
 * (approvals included), the tracking page's rating for residents. Keeps what the next step of each matter needs: its
 * id, tracking code, version and colour.
 */
final class HistorySteps {

    /** A matter as far as the history got with it; {@code failed} once a step was refused (its later steps are skipped). */
    static final class Live {
        UUID id = new UUID(0, 0);
        String trackingCode = "";
        int version;

        @Nullable
        Colour colour;

        boolean failed;

        Live copy() {
            Live copy = new Live();
            copy.id = id;
            copy.trackingCode = trackingCode;
            copy.version = version;
            copy.colour = colour;
            copy.failed = failed;
            return copy;
        }
    }

    private final Intake intake;
    private final MatterWork work;
    private final ResidentRatings ratings;
    private final HistoryStaff staff;
    private final HistoryPlaces places;
    private final HistoryPlan plan;
    private final Live[] live;
    private final long seed;

    HistorySteps(
            Intake intake,
            MatterWork work,
            ResidentRatings ratings,
            HistoryStaff staff,
            HistoryPlaces places,
            HistoryPlan plan,
            long seed) {
        this.intake = intake;
        this.work = work;
        this.ratings = ratings;
        this.staff = staff;
        this.places = places;
        this.plan = plan;
        this.seed = seed;
        this.live = new Live[plan.matters().size()];
    }

    /** Whether the step's matter is still going: reported, and no earlier step of it refused. */
    boolean due(Step step) {
        Live state = live[step.matter()];
        return step.move() == HistoryPlan.Move.REPORT ? state == null : state != null && !state.failed;
    }

    void failed(Step step) {
        Live state = live[step.matter()];
        if (state != null) {
            state.failed = true;
        }
    }

    /** The matters of these steps as they are now, to be put back if the steps are undone. */
    Map<Integer, Live> snapshot(List<Step> steps) {
        Map<Integer, Live> copies = new HashMap<>();
        for (Step step : steps) {
            Live state = live[step.matter()];
            if (state != null) {
                copies.putIfAbsent(step.matter(), state.copy());
            }
        }
        return copies;
    }

    void restore(Map<Integer, Live> copies) {
        copies.forEach((matter, state) -> live[matter] = state);
    }

    void take(Step step) {
        Matter matter = plan.matters().get(step.matter());
        switch (step.move()) {
            case REPORT -> report(matter);
            case MERGE -> merged(matter);
            case RATE_SATISFIED -> rate(matter, Rating.SATISFIED, null);
            case RATE_BASICALLY -> rate(matter, Rating.BASICALLY_SATISFIED, null);
            case RATE_UNSATISFIED -> rate(matter, Rating.UNSATISFIED, HistoryTexts.UNSATISFIED);
            default -> staffStep(matter, step);
        }
    }

    private void report(Matter matter) {
        Random random = new Random(seed * 31 + matter.index());
        double[] point = places.pointIn(matter.grid(), random);
        NewReport report = new NewReport(
                HistoryTexts.report(matter.category(), random),
                matter.category(),
                point[0],
                point[1],
                null,
                matter.channel());
        Receipt receipt = intake.report(
                report, List.of(), null, staff.reporter(matter.channel(), matter.grid(), matter.community()));
        Live state = new Live();
        state.id = UUID.fromString(receipt.id());
        state.trackingCode = receipt.trackingCode();
        live[matter.index()] = state;
    }

    private void merged(Matter matter) {
        Live state = live[matter.index()];
        CurrentUser leader = staff.who(HistoryPlan.Who.TRIAGER, matter.grid(), matter.community(), null);
        seen(state, work.merge(leader, state.id, state.version, live[matter.mergeInto()].trackingCode));
    }

    private void rate(Matter matter, Rating rating, @Nullable String reason) {
        Live state = live[matter.index()];
        ratings.rate(state.trackingCode, rating, reason);
        state.version++;
    }

    private void staffStep(Matter matter, Step step) {
        Live state = live[matter.index()];
        CurrentUser user = staff.who(step.who(), matter.grid(), matter.community(), state.colour);
        seen(state, work.takeStep(user, state.id, state.version, command(matter, step)));
    }

    private static StaffStep command(Matter matter, Step step) {
        return switch (step.move()) {
            case TRIAGE -> new StaffStep.Triage(matter.urgency(), matter.difficulty(), null, null);
            case DISPATCH -> new StaffStep.Dispatch(null, null);
            case ACCEPT -> new StaffStep.Accept();
            case RETURN -> new StaffStep.Return(HistoryTexts.RETURNED);
            case START -> new StaffStep.Start(List.of());
            case RESOLVE -> new StaffStep.Resolve(HistoryTexts.RESOLVED, List.of());
            case REJECT_RESOLUTION -> new StaffStep.RejectResolution(HistoryTexts.NOT_RESOLVED);
            case VERIFY -> new StaffStep.Verify(null, List.of());
            case STRIKE_OFF -> new StaffStep.StrikeOff(null);
            case REQUEST_EXTENSION -> new StaffStep.RequestExtension(HistoryTexts.EXTENSION, 72);
            case REQUEST_DEFERRAL -> new StaffStep.RequestDeferral(HistoryTexts.DEFERRAL);
            case REQUEST_VOIDING -> new StaffStep.RequestVoiding(HistoryTexts.VOIDING);
            case APPROVE -> new StaffStep.Approve(null);
            case TURN_DOWN -> new StaffStep.TurnDown(HistoryTexts.TURNED_DOWN);
            case RESUME -> new StaffStep.Resume();
            default -> throw new IllegalArgumentException(step.move() + " is not a staff step");
        };
    }

    private static void seen(Live state, MatterView view) {
        state.version = view.version();
        state.colour = view.colour();
    }
}
