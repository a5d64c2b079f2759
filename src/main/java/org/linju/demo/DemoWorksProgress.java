package org.linju.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.shared.SteerableClock;
import org.linju.works.ProjectProgress;
import org.springframework.stereotype.Component;

/**
 * The progress history of the demo's livelihood projects ({@link DemoWorks}): sub-works recorded in steps over past
 * months (at past times, through the steerable clock) and milestones reached a few days after their plan.
 */
@Component
class DemoWorksProgress {

    /** A sub-work's name, weight and how far it is done today. */
    record Part(String name, int weight, int percent) {}

    /** A milestone: name, planned date, and whether it is reached (a few days after the plan). */
    record Step(String name, LocalDate planned, boolean reached) {}

    private final ProjectProgress progress;
    private final SteerableClock steer;
    private final Clock clock;

    DemoWorksProgress(ProjectProgress progress, SteerableClock steer, Clock clock) {
        this.progress = progress;
        this.steer = steer;
        this.clock = clock;
    }

    /** The sub-works, their progress recorded in three steps over the months before {@code until}. */
    void course(CurrentUser admin, UUID project, LocalDate until, List<Part> parts) {
        Instant evening = until.atTime(17, 0).atZone(DemoWorksPlaces.CHINA).toInstant();
        Instant end = evening.isAfter(clock.instant()) ? clock.instant() : evening;
        Instant start = end.minus(Duration.ofDays(120));
        List<UUID> ids = steer.at(
                start,
                () -> parts.stream()
                        .map(part -> progress.addSubWork(admin, project, part.name(), part.weight()))
                        .toList());
        for (int step = 1; step <= 3; step++) {
            Instant at = start.plus(Duration.ofDays(40L * step));
            int share = step;
            steer.at(at, () -> {
                for (int i = 0; i < parts.size(); i++) {
                    progress.recordSubWork(
                            admin, project, ids.get(i), parts.get(i).percent() * share / 3);
                }
                return null;
            });
        }
    }

    void steps(CurrentUser admin, UUID project, List<Step> steps) {
        for (Step step : steps) {
            UUID id = progress.addMilestone(admin, project, step.name(), step.planned());
            if (step.reached()) {
                progress.recordMilestone(admin, project, id, step.planned().plusDays(3));
            }
        }
    }
}
