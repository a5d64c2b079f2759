/**
 * The forces that sink into the grids (力量下沉): who serves where, with what skills, and each grid's duty chart of
 * the nine governance roles with a named backup for every role (AB角).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "privacy", "grid", "imports"})
@NullMarked
package org.linju.forces;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
