package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A matter passed its time limit and was escalated (yellow → community secretary, red → district); {@code district}:
 * the district's region code.
 */
@NamedInterface("events")
public record MatterOverdue(
        UUID matterId,
        @Nullable Colour colour,
        String district,
        @Nullable String gridCode,
        java.util.List<org.linju.identity.Role> escalatedTo) {}
