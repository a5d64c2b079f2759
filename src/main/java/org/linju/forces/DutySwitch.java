package org.linju.forces;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded switch from A to B, and back. */
public record DutySwitch(String gridCode, GovernanceRole role, String holderName, String backupName, String reason,
		Instant switchedAt, String switchedBy, @Nullable Instant switchedBackAt) {
}
