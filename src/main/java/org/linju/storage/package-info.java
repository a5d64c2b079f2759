/**
 * Keeps Linju's data in PostgreSQL: starts the embedded server when no external database is configured.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.linju.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
