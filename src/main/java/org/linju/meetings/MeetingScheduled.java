package org.linju.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting was scheduled: notify tells the invited accounts in their inbox and posts the invitation to the group
 * robots of the grids concerned.
 */
@NamedInterface("events")
public record MeetingScheduled(
        UUID meetingId,
        MeetingKind kind,
        String title,
        String areaName,
        Instant startsAt,
        String place,
        List<String> usernames,
        List<String> gridCodes) {}
