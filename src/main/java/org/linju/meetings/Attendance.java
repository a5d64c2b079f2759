package org.linju.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came: an invited person signs in on the phone from the day of the meeting on (the first sign-in counts), and
 * whoever runs the meeting may mark anyone present or absent.
 */
@Service
public class Attendance {

    private final Meetings meetings;
    private final MeetingStore store;
    private final Clock clock;

    Attendance(Meetings meetings, MeetingStore store, Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.clock = clock;
    }

    /** Signs the caller in to a meeting they were invited to; true when this sign-in was the first. */
    @Transactional
    public boolean signIn(CurrentUser user, UUID meeting) {
        MeetingStore.Head head = store.lock(meeting).orElseThrow(MeetingNotFound::new);
        List<Attendee> mine = store.attendees(meeting).stream()
                .filter(a -> user.getUsername().equals(a.accountUsername()))
                .toList();
        if (mine.isEmpty()) {
            throw new MeetingRefused("meeting.notInvited");
        }
        checkOpenForAttendance(head);
        boolean first = false;
        for (Attendee a : mine) {
            first |= store.signIn(meeting, a.seq(), clock.instant(), user.getUsername());
        }
        return first;
    }

    /** A convener marks an attendee present (now) or absent. */
    @Transactional
    public void mark(CurrentUser user, UUID meeting, int seq, boolean present) {
        MeetingStore.Head head = meetings.running(user, meeting);
        checkOpenForAttendance(head);
        if (store.attendees(meeting).stream().noneMatch(a -> a.seq() == seq)) {
            throw new MeetingRefused("meeting.notInvited");
        }
        if (present) {
            store.signIn(meeting, seq, clock.instant(), user.getUsername());
        } else {
            store.markAbsent(meeting, seq);
        }
    }

    /** A convener marks several attendees present at once (the list read out at the door). */
    @Transactional
    public void markPresent(CurrentUser user, UUID meeting, Collection<Integer> seqs) {
        MeetingStore.Head head = meetings.running(user, meeting);
        checkOpenForAttendance(head);
        for (int seq : seqs) {
            store.signIn(meeting, seq, clock.instant(), user.getUsername());
        }
    }

    private void checkOpenForAttendance(MeetingStore.Head head) {
        if (head.state().equals("CANCELLED")) {
            throw new MeetingRefused("meeting.cancelled");
        }
        LocalDate day = head.startsAt().atZone(DateRange.CHINA).toLocalDate();
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        if (today.isBefore(day)) {
            throw new MeetingRefused("meeting.notYet");
        }
        // Attendance feeds the evaluation of the people who convene: it is taken on the day (or the day after, for a
        // list read out late in the evening), never rewritten weeks later.
        if (today.isAfter(day.plusDays(1))) {
            throw new MeetingRefused("meeting.attendanceClosed");
        }
    }
}
