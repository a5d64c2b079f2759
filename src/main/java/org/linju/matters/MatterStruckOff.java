package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A matter was closed (销号). */
@NamedInterface("events")
public record MatterStruckOff(
        UUID matterId, String trackingCode, @Nullable String gridCode) {}
