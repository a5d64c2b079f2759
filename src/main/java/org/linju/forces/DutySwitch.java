package org.linju.forces;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recorded switch from A to B, and back. {@code areaCode} is the grid (for its nine roles) or the community (for
 * committee seats); {@code role} is a {@link GovernanceRole} name, or {@code COMMUNITY:} and the seat's title.
 */
public record DutySwitch(
        String gridCode,
        String role,
        String holderName,
        String backupName,
        @Nullable String reason,
        Instant switchedAt,
        String switchedBy,
        @Nullable Instant switchedBackAt) {

    /** The same switch without why the holder was away, for viewers who are not coordinators. */
    public DutySwitch withoutReason() {
        return new DutySwitch(gridCode, role, holderName, backupName, null, switchedAt, switchedBy, switchedBackAt);
    }
}
