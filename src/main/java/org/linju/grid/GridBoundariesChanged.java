package org.linju.grid;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Grid boundaries were created or replaced. */
@NamedInterface("events")
public record GridBoundariesChanged(List<String> gridCodes) {}
