/**
 * Value records every module may use: the codes of the administrative tree and its grids.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.linju.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
