/**
 * The district's tree of streets, communities and grids, the grids' boundaries, who is on duty in each grid,
 * and the public "four charts and one list" of each community.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
@NullMarked
package org.linju.grid;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
