package org.linju.matters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the public tracking page shows: progress and public notes, never the description or the phone. A report
 * merged into another matter shows that matter's progress under the reporter's own code, so both reporters follow the
 * same work, but not that matter's tracking code: it would let this reporter rate or reopen a matter they did not
 * report.
 */
@Service
class Tracking {

    /** The public face of a matter; {@code mergedInto} is the progress of the matter it was merged into. */
    public record Progress(
            String trackingCode,
            String categoryName,
            Stage stage,
            Instant reportedAt,
            @Nullable String gridCode,
            List<TimelineEntry> publicSteps,
            boolean mayRate,
            @Nullable Combined mergedInto) {}

    /** The progress of the matter a report was merged into, as its reporter sees it: no code, no rating. */
    public record Combined(String categoryName, Stage stage, List<TimelineEntry> publicSteps) {}

    private final MatterStore store;
    private final MatterTimeline timeline;

    Tracking(MatterStore store, MatterTimeline timeline) {
        this.store = store;
        this.timeline = timeline;
    }

    /** Changes whenever the page of this code would show something else; empty when no matter has the code. */
    public Optional<String> version(String trackingCode) {
        return store.trackingVersion(trackingCode);
    }

    public Progress progress(String trackingCode) {
        MatterView matter = store.findByTrackingCode(trackingCode).orElseThrow(MatterNotFound::new);
        // One step only, so even merges made at the same moment in both directions cannot loop.
        Combined mergedInto = matter.mergedInto() == null
                ? null
                : store.find(matter.mergedInto())
                        .map(target -> new Combined(target.categoryName(), target.stage(), publicSteps(target)))
                        .orElse(null);
        return new Progress(
                matter.trackingCode(),
                matter.categoryName(),
                matter.stage(),
                matter.reportedAt(),
                matter.gridCode(),
                publicSteps(matter),
                matter.stage() == Stage.STRUCK_OFF,
                mergedInto);
    }

    /**
     * The public timeline in public wording: a merge step's note is the tracking code of the matter merged into, which
     * the step's name ("merged") says enough without.
     */
    private List<TimelineEntry> publicSteps(MatterView matter) {
        return timeline.timeline(matter.id(), true).stream()
                .map(step -> !step.action().equals("merge")
                        ? step
                        : new TimelineEntry(
                                step.at(),
                                step.actor(),
                                step.action(),
                                step.from(),
                                step.to(),
                                null,
                                step.isPublic(),
                                step.photos()))
                .toList();
    }
}
