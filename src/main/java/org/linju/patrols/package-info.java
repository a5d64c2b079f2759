/**
 * Patrols and door-to-door visits (痕迹管理): tracks from the phone, visits naming the household, findings that become matters, the day's map, thinning of old tracks; recorded offline by the installable phone app and sent once each with an Idempotency-Key.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "privacy", "grid", "residents", "matters"})
@NullMarked
package org.linju.patrols;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
