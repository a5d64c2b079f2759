/**
 * The resident register (实有人口): buildings, households and residents of each grid, with key-group tags; all
 * personal data kept through the privacy module, scoped, masked and audited.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "privacy", "grid", "imports"})
@NullMarked
package org.linju.residents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
