package org.linju.residents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditEntry;
import org.linju.audit.AuditFilter;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.FieldCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's right of access (PIPL art. 45): what the register holds about them, plus who viewed or changed it.
 * Only for roles that may reveal, with a reason, and audited; each field as the policy table lets the requesting
 * role reveal it, so restricted groups are included only when a role that may see them makes the request.
 */
@Service
public class SubjectAccess {

    private final ResidentStore store;
    private final FieldCipher cipher;
    private final AuditLog audit;

    SubjectAccess(ResidentStore store, FieldCipher cipher, AuditLog audit) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional
    public Map<String, Object> export(CurrentUser viewer, UUID id, String reason) {
        if (!DataPolicy.mayReveal(viewer.role())) {
            throw new RevealRefused();
        }
        String why = Reasons.required(reason);
        ResidentRow row = store.find(id).orElseThrow(ResidentNotFound::new).within(viewer.scope());
        List<AuditEntry> trail = audit.search(new AuditFilter(null, null, id.toString(), null, null), 0, 10_000);
        Map<String, Object> record = fields(row, new Disclosed(row, viewer.role(), true, cipher));
        record.put("accessLog", trail.stream().map(SubjectAccess::logLine).toList());
        audit.record(new AuditRecord(
                viewer.getUsername(),
                viewer.role().name(),
                AuditAction.SUBJECT_ACCESS_EXPORT,
                "resident",
                id.toString(),
                row.gridCode(),
                why,
                "all fields and " + trail.size() + " log entries"));
        return record;
    }

    /** Every field the register holds, each as the requesting role may have it. */
    private static Map<String, Object> fields(ResidentRow row, Disclosed data) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", data.name());
        record.put("idNumber", data.idNumber());
        record.put("phone", data.phone());
        record.put(
                "birthDate",
                data.birthDate() == null
                        ? String.valueOf(row.birthDate().getYear())
                        : data.birthDate().toString());
        record.put("sex", row.sex());
        record.put("residenceType", row.residenceType().name());
        record.put("gridCode", row.gridCode());
        record.put("address", row.address());
        record.put("groups", data.groups().stream().map(Enum::name).toList());
        record.put("movedIn", row.movedIn() == null ? null : row.movedIn().toString());
        record.put("movedOut", row.movedOut() == null ? null : row.movedOut().toString());
        return record;
    }

    private static Map<String, Object> logLine(AuditEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", entry.recordedAt().toString());
        line.put("who", entry.actor());
        line.put("role", entry.actorRole());
        line.put("action", entry.action().name());
        line.put("reason", entry.reason());
        return line;
    }
}
