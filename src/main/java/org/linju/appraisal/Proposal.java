package org.linju.appraisal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A personnel proposal and, once the community decided, the decision and who made it.
 *
 * @param decision {@code APPROVED}, {@code REJECTED}, or none while it waits
 */
public record Proposal(
        UUID id,
        String cycle,
        String gridCode,
        UUID workerId,
        String workerName,
        ProposalKind kind,
        String reasons,
        String proposedBy,
        Instant proposedAt,
        @Nullable String decision,
        @Nullable String decisionNote,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public boolean pending() {
        return decision == null;
    }
}
