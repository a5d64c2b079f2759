package org.linju.works;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.WeightedProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's course: its weighted sub-works and how far each is done, rolled up into the project's progress (kept
 * with every change, so the history can be shown), and its milestones with planned and actual dates.
 */
@Service
public class ProjectProgress {

    private final LivelihoodProjects projects;
    private final ProjectParts parts;
    private final Clock clock;

    ProjectProgress(LivelihoodProjects projects, ProjectParts parts, Clock clock) {
        this.projects = projects;
        this.parts = parts;
        this.clock = clock;
    }

    @Transactional
    public UUID addSubWork(CurrentUser user, UUID project, String name, int weight) {
        managed(user, project);
        if (name.isBlank() || name.strip().length() > 200) {
            throw new WorksRefused("name", "works.nameMissing");
        }
        if (weight < 1 || weight > 1000) {
            throw new WorksRefused("weight", "works.weightInvalid");
        }
        UUID id = UUID.randomUUID();
        parts.addSubWork(project, id, name.strip(), weight);
        rollUp(user, project);
        return id;
    }

    /** How far one sub-work is done, 0 to 100; the project's progress follows. */
    @Transactional
    public int recordSubWork(CurrentUser user, UUID project, UUID subWork, int percent) {
        managed(user, project);
        if (percent < 0 || percent > 100) {
            throw new WorksRefused("percent", "works.percentInvalid");
        }
        if (!parts.recordSubWork(project, subWork, percent)) {
            throw new WorksItemNotFound();
        }
        return rollUp(user, project);
    }

    @Transactional
    public UUID addMilestone(CurrentUser user, UUID project, String name, @Nullable LocalDate planned) {
        managed(user, project);
        if (name.isBlank() || name.strip().length() > 200) {
            throw new WorksRefused("name", "works.nameMissing");
        }
        UUID id = UUID.randomUUID();
        parts.addMilestone(project, id, name.strip(), planned);
        return id;
    }

    /** The day a milestone was reached, or null to take it back. */
    @Transactional
    public void recordMilestone(CurrentUser user, UUID project, UUID milestone, @Nullable LocalDate actual) {
        managed(user, project);
        if (!parts.recordMilestone(project, milestone, actual)) {
            throw new WorksItemNotFound();
        }
    }

    public List<SubWork> subWorks(CurrentUser user, UUID project) {
        projects.project(user, project);
        return parts.subWorks(project);
    }

    public List<ProjectMilestone> milestones(CurrentUser user, UUID project) {
        projects.project(user, project);
        return parts.milestones(project);
    }

    private void managed(CurrentUser user, UUID project) {
        WorksAccess.requireManager(user, projects.project(user, project).areaCode());
    }

    private int rollUp(CurrentUser user, UUID project) {
        int percent = WeightedProgress.percent(parts.subWorks(project).stream()
                .map(work -> new WeightedProgress.Part(work.weight(), work.percent()))
                .toList());
        parts.rollUp(project, percent, user.getUsername(), clock.instant());
        return percent;
    }
}
