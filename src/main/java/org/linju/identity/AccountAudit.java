package org.linju.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.springframework.stereotype.Component;

/**
 * Writes every account change to the audit log: who, what, and the account before → after. Names are personal data,
 * so a changed name is noted, never written; roles, areas and states are written out.
 */
@Component
class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    void opened(CurrentUser admin, AccountDraft draft) {
        record(
                admin,
                AuditAction.ACCOUNT_OPEN,
                draft.username(),
                draft.areas().stream()
                        .map(Object::toString)
                        .sorted()
                        .findFirst()
                        .orElse(null),
                "role: " + draft.role() + "; area: " + areas(draft.areas()) + "; department: "
                        + orNone(draft.departmentCode()));
    }

    void changed(CurrentUser admin, ManagedAccount before, AccountChange after) {
        List<String> changes = new ArrayList<>();
        if (before.role() != after.role()) {
            changes.add("role: " + before.role() + " → " + after.role());
        }
        String areasBefore = String.join(",", before.areas().stream().sorted().toList());
        String areasAfter = areas(after.areas());
        if (!areasBefore.equals(areasAfter)) {
            changes.add("area: " + orNone(areasBefore) + " → " + orNone(areasAfter));
        }
        if (!Objects.equals(before.departmentCode(), after.departmentCode())) {
            changes.add("department: " + orNone(before.departmentCode()) + " → " + orNone(after.departmentCode()));
        }
        if (!before.displayName().equals(after.displayName())) {
            changes.add("name changed");
        }
        if (changes.isEmpty()) {
            return;
        }
        boolean reach = before.role() != after.role() || !areasBefore.equals(areasAfter);
        record(
                admin,
                reach ? AuditAction.ROLE_CHANGE : AuditAction.ACCOUNT_CHANGE,
                before.username(),
                firstArea(before),
                String.join("; ", changes));
    }

    void enabled(CurrentUser admin, ManagedAccount account, boolean enabled) {
        record(
                admin,
                enabled ? AuditAction.ACCOUNT_ENABLE : AuditAction.ACCOUNT_DISABLE,
                account.username(),
                firstArea(account),
                "enabled: " + account.enabled() + " → " + enabled);
    }

    void passwordIssued(CurrentUser admin, ManagedAccount account) {
        record(
                admin,
                AuditAction.PASSWORD_RESET,
                account.username(),
                firstArea(account),
                "temporary password issued, to be changed at first sign-in");
    }

    void unlocked(CurrentUser admin, ManagedAccount account) {
        record(
                admin,
                AuditAction.SIGN_IN_RELEASE,
                account.username(),
                firstArea(account),
                "locked: true → false (failed sign-in counts cleared)");
    }

    private void record(CurrentUser admin, AuditAction action, String username, @Nullable String area, String detail) {
        audit.record(new AuditRecord(
                admin.getUsername(), admin.role().name(), action, "account", username, area, null, detail));
    }

    private static String areas(Collection<?> areas) {
        return String.join(",", areas.stream().map(Object::toString).sorted().toList());
    }

    private static @Nullable String firstArea(ManagedAccount account) {
        return account.areas().stream().sorted().findFirst().orElse(null);
    }

    private static String orNone(@Nullable String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
