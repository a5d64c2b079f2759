package org.linju.meetings;

import java.time.Instant;
import java.util.UUID;

/** A line of the meetings list. */
public record MeetingRow(
        UUID id,
        MeetingKind kind,
        String areaCode,
        String title,
        Instant startsAt,
        String place,
        MeetingState state,
        int invited,
        int present,
        int openDecisions) {}
