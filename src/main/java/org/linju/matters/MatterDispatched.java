package org.linju.matters;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;
import org.springframework.modulith.NamedInterface;

/**
 * A matter was sent to the people its colour routes it to ({@code handlers}: their roles); a red matter may also
 * have been handed to a district department.
 */
@NamedInterface("events")
public record MatterDispatched(
        UUID matterId,
        String trackingCode,
        String categoryName,
        Colour colour,
        @Nullable String gridCode,
        List<Role> handlers,
        @Nullable String departmentCode) {}
