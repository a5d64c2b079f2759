/**
 * Joint supervision (四办合一联动督导, 监督问责): the register of supervision notices, their follow-up, and the deductions they bring to the evaluation.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "grid"})
@NullMarked
package org.linju.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
