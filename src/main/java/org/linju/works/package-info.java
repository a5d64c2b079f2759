/**
 * Livelihood projects (民生项目; not the grids' project lists of forces): location on the map, owner and contractor,
 * budget lines, weighted sub-works, milestones, progress, photos, the government-work-report promise they keep and
 * their themes; and the register of back streets (背街小巷) with their target and achieved grades and works.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "grid",
            "matters",
            "matters :: events",
            "funds",
            "disclosure",
            "agenda"
        })
@NullMarked
package org.linju.works;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
