package org.linju.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a community or grid: scheduled with people picked from the forces register (the invitation goes out as
 * {@link MeetingScheduled}), held with minutes that keep the agenda as it stood, or cancelled. A scheduled meeting whose
 * day has passed without minutes reads as missed.
 */
@Service
public class Meetings {

    private final MeetingStore store;
    private final DecisionStore decisions;
    private final MeetingInvitations invitations;
    private final MeetingAgenda agenda;
    private final AreaNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(
            MeetingStore store,
            DecisionStore decisions,
            MeetingInvitations invitations,
            MeetingAgenda agenda,
            AreaNames names,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.invitations = invitations;
        this.agenda = agenda;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** The roles that read the meetings of their area. */
    public static final Set<Role> READERS = MeetingAccess.READERS;

    /** Whether the user's role schedules meetings (the list offers the scheduling form only then). */
    public static boolean convenes(CurrentUser user) {
        return MeetingAccess.convenes(user);
    }

    /** Whether the user may schedule and run meetings of the area (a page shows its forms only then). */
    public static boolean runs(CurrentUser user, String areaCode) {
        return MeetingAccess.runs(user, areaCode);
    }

    /** The people the form offers for a meeting of this kind in this area, the defaults first. */
    public List<Candidate> candidates(CurrentUser user, MeetingKind kind, String areaCode) {
        String area = checkedArea(user, areaCode);
        return invitations.candidates(user, kind, area);
    }

    @Transactional
    public UUID schedule(CurrentUser user, MeetingDraft draft) {
        String area = checkedArea(user, draft.areaCode());
        String title = draft.title().strip();
        String place = draft.place().strip();
        if (title.isEmpty() || title.length() > 200 || place.isEmpty() || place.length() > 200) {
            throw new MeetingRefused("meeting.incomplete");
        }
        if (draft.invitees().isEmpty()) {
            throw new MeetingRefused("meeting.nobodyInvited");
        }
        String community = area.substring(0, 12);
        List<MeetingStore.NewAttendee> attendees = invitations.resolve(draft.invitees(), community);
        Instant startsAt = draft.startsAt().atZone(DateRange.CHINA).toInstant();
        UUID id = UUID.randomUUID();
        store.insert(
                new MeetingStore.Head(
                        id,
                        draft.kind(),
                        area,
                        community,
                        title,
                        startsAt,
                        place,
                        "SCHEDULED",
                        null,
                        user.getUsername()),
                clock.instant(),
                attendees);
        announce(id, draft.kind(), area, title, startsAt, place, attendees);
        return id;
    }

    private void announce(
            UUID id,
            MeetingKind kind,
            String area,
            String title,
            Instant startsAt,
            String place,
            List<MeetingStore.NewAttendee> attendees) {
        events.publishEvent(new MeetingScheduled(
                id,
                kind,
                title,
                names.of(List.of(area)).getOrDefault(area, area),
                startsAt,
                place,
                attendees.stream()
                        .map(MeetingStore.NewAttendee::accountUsername)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList(),
                gridsToTell(area, attendees)));
    }

    public MeetingView meeting(CurrentUser user, UUID id) {
        MeetingStore.Head head = visible(user, id);
        List<Attendee> attendees = store.attendees(id);
        MeetingState state = state(head, LocalDate.now(clock.withZone(DateRange.CHINA)));
        return new MeetingView(
                id,
                head.kind(),
                head.areaCode(),
                names.of(List.of(head.areaCode())).getOrDefault(head.areaCode(), head.areaCode()),
                head.communityCode(),
                head.title(),
                head.startsAt(),
                head.place(),
                state,
                head.minutes(),
                head.organiser(),
                attendees,
                state == MeetingState.HELD ? store.keptAgenda(id) : agenda.openMatters(user, head.areaCode()),
                agenda.proposals(user, head.communityCode()),
                decisions.openBefore(id, head.areaCode(), head.kind(), head.startsAt()),
                decisions.of(id));
    }

    /** Records the minutes and holds the meeting; the agenda's matters are kept as they stood. */
    @Transactional
    public void hold(CurrentUser user, UUID id, String minutes) {
        MeetingStore.Head head = running(user, id);
        String text = minutes.strip();
        if (text.isEmpty() || text.length() > 20_000) {
            throw new MeetingRefused("meeting.minutesRequired");
        }
        if (head.state().equals("HELD")) {
            store.updateMinutes(id, text);
            return;
        }
        if (!head.state().equals("SCHEDULED")) {
            throw new MeetingRefused("meeting.notScheduled");
        }
        if (clock.instant().isBefore(head.startsAt().minusSeconds(3600))) {
            throw new MeetingRefused("meeting.notYet");
        }
        store.hold(id, text, clock.instant(), agenda.openMatters(user, head.areaCode()));
    }

    @Transactional
    public void cancel(CurrentUser user, UUID id) {
        MeetingStore.Head head = running(user, id);
        if (!head.state().equals("SCHEDULED")) {
            throw new MeetingRefused("meeting.notScheduled");
        }
        store.cancel(id);
    }

    /** The meeting, locked, for a step by someone who runs it. */
    MeetingStore.Head running(CurrentUser user, UUID id) {
        MeetingStore.Head head = store.lock(id).orElseThrow(MeetingNotFound::new);
        MeetingAccess.requireRuns(user, head.areaCode());
        return head;
    }

    /** Staff of the area, or anyone invited, see a meeting; to anyone else it does not exist. */
    MeetingStore.Head visible(CurrentUser user, UUID id) {
        MeetingStore.Head head = store.find(id).orElseThrow(MeetingNotFound::new);
        boolean staffOfArea = MeetingAccess.reads(user) && user.scope().covers(RegionCode.of(head.areaCode()));
        if (!staffOfArea
                && store.attendees(id).stream()
                        .noneMatch(a -> user.getUsername().equals(a.accountUsername()))) {
            throw new MeetingNotFound();
        }
        return head;
    }

    static MeetingState state(MeetingStore.Head head, LocalDate today) {
        MeetingState stored = MeetingState.valueOf(head.state());
        boolean past = head.startsAt().atZone(DateRange.CHINA).toLocalDate().isBefore(today);
        return stored == MeetingState.SCHEDULED && past ? MeetingState.MISSED : stored;
    }

    private String checkedArea(CurrentUser user, String areaCode) {
        String area = AreaChoices.narrowing(user.scope(), areaCode);
        if (area == null) {
            throw new MeetingRefused("meeting.areaRequired");
        }
        RegionLevel level = RegionCode.of(area).level();
        if (level != RegionLevel.COMMUNITY && level != RegionLevel.GRID) {
            throw new MeetingRefused("meeting.areaRequired");
        }
        MeetingAccess.requireRuns(user, area);
        return area;
    }

    private List<String> gridsToTell(String area, List<MeetingStore.NewAttendee> attendees) {
        if (RegionCode.of(area).level() == RegionLevel.GRID) {
            return List.of(area);
        }
        return attendees.stream()
                .map(MeetingStore.NewAttendee::gridCode)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
