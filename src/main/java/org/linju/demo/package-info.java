/**
 * The demo district: Dachuan's real street and community codes, synthetic grid boundaries, people on duty and one
 * sign-in per role, generated deterministically on first start.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "grid", "residents", "forces"})
@NullMarked
package org.linju.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
