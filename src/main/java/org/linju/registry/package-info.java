/**
 * The grid work-item registry (准入、禁入、退出): categories and items admitted by filing, bans and exits, tasks departments hand to grids (refused when banned or exited, funded by a purchase-of-service record when outside the list) and the burden report.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "grid"})
@NullMarked
package org.linju.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
