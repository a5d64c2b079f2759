/**
 * What the source hands down to grid leaders: the appraisal of their grid workers each cycle, personnel proposals decided by the community, and the distribution of the grid workers' performance pay within the grid's budget.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "grid", "evaluation"})
@NullMarked
package org.linju.appraisal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
