/**
 * Public money under public eyes (码上监督): the publish workflow for what other modules disclose, the public pages
 * reached by QR code with their printable boards, residents' questions and problems from those pages handed to the
 * matters workflow and counted as asked and answered, and the open data (CSV, Fiscal Data Package). Modules take part
 * through {@link org.linju.disclosure.Disclosable}.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "grid", "matters", "matters :: events"})
@NullMarked
package org.linju.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
