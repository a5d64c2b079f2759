/**
 * Tells people what happened: an in-app inbox per user and group-robot webhooks per grid, fed by events through
 * the event publication registry, so nothing is lost while a webhook is down.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "matters :: events",
            "emergency :: events",
            "forces",
            "forces :: events",
            "meetings :: events",
            "funds :: events"
        })
@NullMarked
package org.linju.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
