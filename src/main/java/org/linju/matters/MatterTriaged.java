package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A matter was registered (立案) with a colour, which decides who handles it ({@code district}: the district's region
 * code; with a grid null, the matter is still in the district's manual-assignment queue).
 */
@NamedInterface("events")
public record MatterTriaged(
        UUID matterId,
        String trackingCode,
        String categoryName,
        Colour colour,
        String district,
        @Nullable String gridCode) {}
