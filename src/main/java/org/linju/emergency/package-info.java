/**
 * Emergency mode (平战转换): a district admin or liaison leader declares an emergency for an area, which switches it
 * to the flat "1+2" chain: directives go straight to named people in the grids, each acknowledgement is seen on a
 * live board, and whoever does not answer is reminded and replaced by their backup (B). Lifting it returns the area
 * to the normal chain; the review lists everything that happened.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "grid", "forces"})
@NullMarked
package org.linju.emergency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
