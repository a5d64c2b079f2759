/**
 * Staff accounts administered by district admins and street staff: the account pages (系统管理 → 账号), the area
 * picker over the region tree, and the import of accounts from a workbook; the rules themselves are identity's
 * ({@link org.linju.identity.AccountAdministration}).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "grid", "imports"})
@NullMarked
package org.linju.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
