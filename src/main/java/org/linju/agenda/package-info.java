/**
 * Each community's annual ten big things (年度10件大事): residents' proposals, the party committee's shortlist and adoption, milestones and progress, shown on the community board; and the copyable text with a QR code that shares an item or a project list in a plain WeChat group.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy", "grid", "matters", "forces"})
@NullMarked
package org.linju.agenda;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
