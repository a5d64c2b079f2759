package org.linju.grid.web;

import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.grid.RegionImport;
import org.linju.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Imports change what everyone sees, so each one is a privileged action in the audit log. */
@Component
class ImportAudit {

    private final AuditLog log;

    ImportAudit(AuditLog log) {
        this.log = log;
    }

    void boundariesImported(CurrentUser user, String source, int applied) {
        log.record(new AuditRecord(
                user.getUsername(),
                user.role().name(),
                AuditAction.IMPORT,
                "grid-boundaries",
                source,
                null,
                null,
                "applied=" + applied));
    }

    void regionsImported(CurrentUser user, RegionImport.Summary summary) {
        log.record(new AuditRecord(
                user.getUsername(),
                user.role().name(),
                AuditAction.IMPORT,
                "region-list",
                summary.countyCode(),
                summary.countyCode(),
                null,
                "streets=" + summary.streets() + ", communities=" + summary.communities()));
    }
}
