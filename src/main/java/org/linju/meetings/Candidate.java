package org.linju.meetings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person the scheduling form offers, from the forces register: the duty-chart holders a kind invites by default are
 * ticked, the rest of the area's people may be added.
 */
public record Candidate(
        UUID forceMemberId,
        String name,
        AttendeeRole role,
        @Nullable String gridCode,
        boolean byDefault) {}
