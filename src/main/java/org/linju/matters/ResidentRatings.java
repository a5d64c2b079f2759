package org.linju.matters;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resident's rating of a struck-off matter, from its tracking page; "unsatisfied" with a reason reopens it once. */
@Service
public class ResidentRatings {

    private final MatterStore store;
    private final MatterTimeline timeline;
    private final TimeLimits timeLimits;
    private final Clock clock;

    ResidentRatings(MatterStore store, MatterTimeline timeline, TimeLimits timeLimits, Clock clock) {
        this.store = store;
        this.timeline = timeline;
        this.timeLimits = timeLimits;
        this.clock = clock;
    }

    @Transactional
    public void rate(String trackingCode, Rating rating, @Nullable String reason) {
        MatterWork.checkLength("reason", reason);
        MatterView view = store.findByTrackingCode(trackingCode).orElseThrow(MatterNotFound::new);
        Matter matter = view.workflow();
        if (matter.stage() != Stage.STRUCK_OFF || "rate".equals(timeline.lastAction(view.id()))) {
            throw new IllegalTransition(matter.stage(), "rate");
        }
        boolean reopens = rating == Rating.UNSATISFIED && !matter.reopened();
        Transition transition =
                reopens ? matter.reopen(reason) : new Transition("rate", Stage.STRUCK_OFF, Stage.STRUCK_OFF, null);
        Instant due = reopens
                ? timeLimits.resolveDue(matter.colour(), view.urgency(), view.categoryCode(), clock.instant())
                : null;
        if (!store.rate(view.id(), view.version(), matter, rating, due)) {
            throw new ConcurrentChange();
        }
        timeline.recordTimeline(
                view.id(),
                clock.instant(),
                "reporter",
                new Transition(
                        transition.action(),
                        transition.from(),
                        transition.to(),
                        "rating." + rating.name() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())),
                true);
    }
}
