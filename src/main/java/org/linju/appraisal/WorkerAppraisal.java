package org.linju.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A grid leader's own assessment of one worker in one cycle: a score out of 100 and the written reasons. */
public record WorkerAppraisal(
        String cycle,
        UUID workerId,
        String workerName,
        String gridCode,
        BigDecimal score,
        String reasons,
        String leaderName,
        Instant appraisedAt) {}
