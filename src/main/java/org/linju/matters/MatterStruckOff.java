package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A matter was closed (销号). */
public record MatterStruckOff(
        UUID matterId, String trackingCode, @Nullable String gridCode) {}
