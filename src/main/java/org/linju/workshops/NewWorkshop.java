package org.linju.workshops;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A workshop to register: the grid picked from the area tree, optionally a point picked on the map. */
public record NewWorkshop(
        String name,
        String operatorOrg,
        String gridCode,
        @Nullable Double lat,
        @Nullable Double lng,
        WorkKind kind,
        int workers,
        LocalDate startedOn) {}
