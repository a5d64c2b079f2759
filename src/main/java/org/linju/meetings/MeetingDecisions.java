package org.linju.meetings;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.agenda.AnnualItem;
import org.linju.agenda.AnnualItems;
import org.linju.agenda.ItemStatus;
import org.linju.agenda.LinkKind;
import org.linju.forces.ForceMember;
import org.linju.forces.Forces;
import org.linju.identity.CurrentUser;
import org.linju.matters.MatterStruckOff;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a held meeting decided: each decision becomes a matter (handed to the matters workflow, done when it is struck
 * off) or a task for an owner picked from the register (done when whoever runs the meeting marks it so). An open
 * decision is carried to every following meeting of the same area and kind until it is done. A decision may serve one of
 * the community's annual big things: the item's page then lists it among what serves it.
 */
@Service
public class MeetingDecisions {

    private static final int MAX_TEXT = 500;

    private final Meetings meetings;
    private final DecisionStore store;
    private final DecisionMatters matters;
    private final Forces forces;
    private final AnnualItems items;
    private final Clock clock;

    MeetingDecisions(
            Meetings meetings,
            DecisionStore store,
            DecisionMatters matters,
            Forces forces,
            AnnualItems items,
            Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.matters = matters;
        this.forces = forces;
        this.items = items;
        this.clock = clock;
    }

    @Transactional
    public UUID decide(CurrentUser user, UUID meeting, DecisionDraft draft) {
        MeetingStore.Head head = meetings.running(user, meeting);
        if (!head.state().equals("HELD")) {
            throw new MeetingRefused("meeting.decideAfterHolding");
        }
        String text = draft.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new MeetingRefused("meeting.decisionTextRequired");
        }
        AnnualItem served = served(user, head, draft.annualItemId());
        UUID id = UUID.randomUUID();
        DecisionStore.NewDecision decision = switch (draft.outcome()) {
            case MATTER -> asMatter(user, head, id, text, draft);
            case TASK -> asTask(head, id, text, draft);
        };
        store.insert(decision, clock.instant());
        if (served != null) {
            store.serves(id, served.id(), served.title());
            items.link(served.id(), LinkKind.DECISION, id.toString(), text, "/meetings/" + head.id());
        }
        return id;
    }

    /** A task is marked done by whoever runs its meeting; a matter is done when matters strikes it off. */
    @Transactional
    public void markDone(CurrentUser user, UUID decision) {
        Decision found = store.find(decision).orElseThrow(MeetingNotFound::new);
        meetings.running(user, found.meetingId());
        if (found.outcome() != Decision.Outcome.TASK
                || !store.markDone(decision, clock.instant(), user.getUsername())) {
            throw new MeetingRefused("meeting.decisionNotOpenTask");
        }
    }

    /** The follow-up note of an open decision, read out at the next meeting. */
    @Transactional
    public void noteProgress(CurrentUser user, UUID decision, String progress) {
        Decision found = store.find(decision).orElseThrow(MeetingNotFound::new);
        meetings.running(user, found.meetingId());
        String text = progress.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new MeetingRefused("meeting.progressRequired");
        }
        store.noteProgress(decision, text);
    }

    @ApplicationModuleListener
    void on(MatterStruckOff event) {
        store.matterStruckOff(event.matterId(), clock.instant());
    }

    /** The item picked for the decision: one of the meeting's community, on its list and not yet done. */
    private @Nullable AnnualItem served(CurrentUser user, MeetingStore.Head head, @Nullable UUID itemId) {
        if (itemId == null) {
            return null;
        }
        AnnualItem item = items.item(user, itemId);
        if (!item.communityCode().equals(head.communityCode())
                || !item.status().onTheList()
                || item.status() == ItemStatus.DONE) {
            throw new MeetingRefused("meeting.itemOutside");
        }
        return item;
    }

    private DecisionStore.NewDecision asMatter(
            CurrentUser user, MeetingStore.Head head, UUID id, String text, DecisionDraft draft) {
        String grid = draft.gridCode();
        String category = draft.categoryCode();
        if (grid == null
                || category == null
                || category.isBlank()
                || RegionCode.of(grid).level() != RegionLevel.GRID
                || !grid.startsWith(head.areaCode())) {
            throw new MeetingRefused("meeting.decisionGridRequired");
        }
        DecisionMatters.Handed matter = matters.hand(id, text, grid, category.strip(), user.getUsername());
        return new DecisionStore.NewDecision(
                id,
                head.id(),
                text,
                Decision.Outcome.MATTER,
                grid,
                matter.matterId(),
                matter.trackingCode(),
                null,
                null,
                draft.dueDate());
    }

    private DecisionStore.NewDecision asTask(MeetingStore.Head head, UUID id, String text, DecisionDraft draft) {
        UUID ownerId = draft.ownerMemberId();
        ForceMember owner = (ownerId == null ? null : forces.member(ownerId).orElse(null));
        if (owner == null || !head.communityCode().equals(owner.communityCode())) {
            throw new MeetingRefused("meeting.ownerRequired");
        }
        String grid = RegionCode.of(head.areaCode()).level() == RegionLevel.GRID ? head.areaCode() : owner.gridCode();
        return new DecisionStore.NewDecision(
                id,
                head.id(),
                text,
                Decision.Outcome.TASK,
                grid,
                null,
                null,
                owner.id(),
                owner.name(),
                draft.dueDate());
    }
}
