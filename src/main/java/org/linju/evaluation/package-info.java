/**
 * The bi-monthly evaluation of grid leaders (双月考评): weighted indicators from the modules' GridIndicator beans, supervisors' adjustments, the forced 1:3:5:1 distribution, appeals decided by someone else, locked cycles, awards and promotions linked to results.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "grid"})
@NullMarked
package org.linju.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
