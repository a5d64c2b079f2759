package org.linju.emergency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A declared emergency; active until lifted. */
public record Emergency(
        UUID id,
        String title,
        EmergencyKind kind,
        EmergencyLevel level,
        List<String> areaCodes,
        String declaredBy,
        Instant declaredAt,
        @Nullable String liftedBy,
        @Nullable Instant liftedAt,
        @Nullable String summary) {

    public boolean active() {
        return liftedAt == null;
    }
}
