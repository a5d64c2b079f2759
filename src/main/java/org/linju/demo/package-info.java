/**
 * The demo district: Dachuan's real street and community codes, synthetic grid boundaries, people on duty and one
 * sign-in per role, generated deterministically on first start; and its past (matters, an emergency, project lists),
 * replayed through the other modules' services.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "grid",
            "residents",
            "forces",
            "matters",
            "emergency",
            "agenda",
            "meetings",
            "registry",
            "patrols",
            "evaluation",
            "supervision",
            "appraisal",
            "works",
            "funds",
            "workshops",
            "disclosure"
        })
@NullMarked
package org.linju.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
