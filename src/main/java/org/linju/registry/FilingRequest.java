package org.linju.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A filing as a form or the demo makes it.
 *
 * @param departmentCode the requesting department (identity's departments)
 * @param basis the document or decision it rests on
 * @param reason required for a ban
 * @param exitsOn required for an exit
 */
public record FilingRequest(
        String itemCode,
        FilingKind kind,
        String departmentCode,
        String basis,
        LocalDate filedOn,
        String approver,
        @Nullable String reason,
        @Nullable LocalDate exitsOn) {}
