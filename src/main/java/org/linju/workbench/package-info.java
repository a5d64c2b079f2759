/**
 * The workbench (工作台), every signed-in person's home page: what waits for them, most urgent first (matters needing
 * their step, requests to decide, directives to acknowledge, unread messages, their imports still running), how a
 * leader's area stands beside its district, and a resident's own reports. It owns no tables and reads the other
 * modules only through their query facades.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "grid", "matters", "emergency", "notify", "imports"})
@NullMarked
package org.linju.workbench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
