package org.linju.meetings;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invited person, and when they signed in (null: absent) and who recorded it. */
public record Attendee(
        int seq,
        @Nullable UUID forceMemberId,
        @Nullable String accountUsername,
        String name,
        AttendeeRole role,
        @Nullable String gridCode,
        @Nullable Instant signedInAt,
        @Nullable String signedBy) {

    public boolean present() {
        return signedInAt != null;
    }
}
