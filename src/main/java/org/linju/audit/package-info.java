/**
 * The append-only, hash-chained record of who did what, and who viewed whose personal data.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.linju.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
