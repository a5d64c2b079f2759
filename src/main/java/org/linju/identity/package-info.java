/**
 * Who may sign in, in which role, and which part of the district tree each account may see ({@link org.linju.identity.GridScope}).
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package org.linju.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
