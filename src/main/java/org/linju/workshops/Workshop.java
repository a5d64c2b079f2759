package org.linju.workshops;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A common-prosperity workshop (共富工坊) as the register holds it; the operator is an organisation. */
public record Workshop(
        UUID id,
        String name,
        String operatorOrg,
        String gridCode,
        @Nullable Double lat,
        @Nullable Double lng,
        WorkKind kind,
        int workers,
        LocalDate startedOn,
        WorkshopStatus status,
        TitleState title,
        @Nullable LocalDate titleSince) {}
