/**
 * Residents' demands and problems from report to strike-off: intake, red/yellow/green triage, the GB/T 30428-style
 * workflow with its timeline, and the public tracking page. Other modules use its events (named interface
 * {@code events}); the workbench also reads its query facades ({@link org.linju.matters.Workload} and the like).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "privacy", "grid", "emergency"})
@NullMarked
package org.linju.matters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
