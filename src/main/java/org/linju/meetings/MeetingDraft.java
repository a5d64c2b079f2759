package org.linju.meetings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting to schedule: the area (a community or grid from the tree), when (China time) and where, and the people
 * invited, each picked from the forces register.
 */
public record MeetingDraft(
        MeetingKind kind, String areaCode, String title, LocalDateTime startsAt, String place, List<Invitee> invitees) {

    /** A person picked from the register, and what they stand for at the meeting. */
    public record Invitee(UUID forceMemberId, AttendeeRole role) {}
}
