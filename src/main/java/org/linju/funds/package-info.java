/**
 * Livelihood money from its source to its use: budget lines per fiscal year with their performance targets,
 * adjustments, allocations to livelihood projects and grids, payments that never take a line below zero, the
 * documents that govern a line, and the monthly dual monitoring of execution and target attainment with its alerts,
 * reports and accountability records.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy", "grid", "disclosure"})
@NullMarked
package org.linju.funds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
