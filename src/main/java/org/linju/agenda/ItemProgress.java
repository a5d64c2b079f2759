package org.linju.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.Project;
import org.linju.forces.Projects;
import org.linju.identity.CurrentUser;
import org.linju.matters.MatterPages;
import org.linju.matters.MatterView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of an item on the list: its milestones (planned, done, weighted), recorded by the owner or the
 * committee, with the progress rolled up on every change; and the matters and project lists that serve it.
 */
@Service
public class ItemProgress {

    private final AnnualItems items;
    private final MilestoneStore milestones;
    private final MatterPages matters;
    private final Projects projects;
    private final Clock clock;

    ItemProgress(AnnualItems items, MilestoneStore milestones, MatterPages matters, Projects projects, Clock clock) {
        this.items = items;
        this.milestones = milestones;
        this.matters = matters;
        this.projects = projects;
        this.clock = clock;
    }

    public List<Milestone> milestones(CurrentUser viewer, UUID item) {
        items.item(viewer, item);
        return milestones.of(item);
    }

    public List<ItemLink> links(CurrentUser viewer, UUID item) {
        items.item(viewer, item);
        return milestones.links(item);
    }

    public boolean mayRecord(CurrentUser viewer, AnnualItem item) {
        return item.status().onTheList()
                && AgendaAccess.mayRecordProgress(viewer, item)
                && !items.closed(item.communityCode(), item.year());
    }

    @Transactional
    public UUID addMilestone(CurrentUser by, UUID itemId, String title, LocalDate plannedOn, int weight) {
        AnnualItem item = recordable(by, itemId);
        String name = title.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ItemInvalid("agenda.milestoneTitle");
        }
        if (weight < 1 || weight > 100) {
            throw new ItemInvalid("agenda.weightRange");
        }
        if (plannedOn.getYear() < item.year() - 1 || plannedOn.getYear() > item.year() + 1) {
            throw new ItemInvalid("agenda.plannedOutsideYear");
        }
        UUID id = milestones.add(itemId, name, plannedOn, weight);
        items.refreshProgress(item);
        return id;
    }

    /** Marks a milestone done on a day (not in the future), or open again with {@code null}. */
    @Transactional
    public void recordDone(CurrentUser by, UUID itemId, UUID milestone, @Nullable LocalDate doneOn) {
        AnnualItem item = recordable(by, itemId);
        if (doneOn != null && doneOn.isAfter(AgendaYear.today(clock))) {
            throw new ItemInvalid("agenda.doneInFuture");
        }
        if (!milestones.doneOn(itemId, milestone, doneOn)) {
            throw new ItemNotFound();
        }
        items.refreshProgress(item);
    }

    @Transactional
    public void removeMilestone(CurrentUser by, UUID itemId, UUID milestone) {
        AnnualItem item = recordable(by, itemId);
        if (!milestones.remove(itemId, milestone)) {
            throw new ItemNotFound();
        }
        items.refreshProgress(item);
    }

    /** Links a matter the caller may see; the public sees its tracking page only. */
    @Transactional
    public void linkMatter(CurrentUser by, UUID itemId, UUID matterId) {
        recordable(by, itemId);
        MatterView matter = matters.matter(by, matterId);
        items.link(
                itemId,
                LinkKind.MATTER,
                matter.id().toString(),
                matter.categoryName() + " " + matter.trackingCode(),
                "/track/" + matter.trackingCode());
    }

    /** Links a project list the caller may see; it opens on its sign-up page. */
    @Transactional
    public void linkProject(CurrentUser by, UUID itemId, UUID projectId) {
        recordable(by, itemId);
        Project project = projects.visible(by, projectId);
        items.link(itemId, LinkKind.PROJECT, project.id().toString(), project.title(), "/projects/" + project.id());
    }

    private AnnualItem recordable(CurrentUser by, UUID itemId) {
        AnnualItem item = items.find(itemId);
        AgendaAccess.requireProgressRecorder(by, item);
        if (!item.status().onTheList()) {
            throw new ItemRefused("agenda.notOnList");
        }
        items.requireOpen(item.communityCode(), item.year());
        return item;
    }
}
