/**
 * Spreadsheet imports of every kind (resident rosters, force registrations): the upload read in the background in
 * chunks, each job's progress and refused rows kept for one shared progress page and refused-rows download; the
 * module that owns the rows checks and stores them ({@link org.linju.imports.ImportKind}).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
@NullMarked
package org.linju.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
