package org.linju.grid;

import java.util.List;

/** Grid boundaries were created or replaced. */
public record GridBoundariesChanged(List<String> gridCodes) {}
