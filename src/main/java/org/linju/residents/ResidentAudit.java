package org.linju.residents;

import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The audit entries the register's reads and changes leave, each in the name of the account that acted. */
@Component
class ResidentAudit {

    private final AuditLog audit;

    ResidentAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(
            CurrentUser viewer,
            AuditAction action,
            String subjectType,
            String subjectId,
            @Nullable String scope,
            @Nullable String reason,
            String detail) {
        audit.record(new AuditRecord(
                viewer.getUsername(), viewer.role().name(), action, subjectType, subjectId, scope, reason, detail));
    }
}
