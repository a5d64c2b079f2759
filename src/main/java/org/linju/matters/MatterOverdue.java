package org.linju.matters;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;
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
        List<Role> escalatedTo) {}
