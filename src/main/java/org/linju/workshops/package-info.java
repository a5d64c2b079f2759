/**
 * Clean-workshop supervision (清廉工坊): the register of common-prosperity workshops (共富工坊), unannounced
 * inspections drawn in secret with their team, checklist, findings and rectification tasks, the title awarded and
 * revoked with its history, and each titled workshop's public page, where workers and residents report problems.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "grid", "matters", "matters :: events", "disclosure"})
@NullMarked
package org.linju.workshops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
