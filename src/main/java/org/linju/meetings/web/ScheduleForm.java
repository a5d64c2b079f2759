package org.linju.meetings.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.meetings.AttendeeRole;
import org.linju.meetings.MeetingDraft;
import org.linju.meetings.MeetingKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The scheduling form: kind and area picked, title, time and place, and the people ticked among those offered (or
 * given a role in the select of the area's other people; an empty choice invites nobody), each as
 * {@code <force member id>:<role>}.
 */
record ScheduleForm(
        @Nullable MeetingKind kind,
        @Nullable String area,
        @Nullable String title,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
        LocalDateTime startsAt,

        @Nullable String place,
        @Nullable List<String> invitee) {

    MeetingDraft toDraft() {
        if (kind == null || area == null || startsAt == null) {
            throw new FormIncomplete();
        }
        List<MeetingDraft.Invitee> invitees = invitee == null
                ? List.of()
                : invitee.stream()
                        .filter(value -> !value.isBlank())
                        .map(ScheduleForm::invitee)
                        .toList();
        return new MeetingDraft(kind, area, title == null ? "" : title, startsAt, place == null ? "" : place, invitees);
    }

    private static MeetingDraft.Invitee invitee(String value) {
        String[] parts = value.split(":", 2);
        try {
            return new MeetingDraft.Invitee(UUID.fromString(parts[0]), AttendeeRole.valueOf(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new FormIncomplete();
        }
    }
}
