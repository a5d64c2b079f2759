package org.linju.registry;

import org.jspecify.annotations.Nullable;
import org.linju.identity.Departments;

/** What a filing must carry: a known department, a basis and an approver; a ban its reason, an exit its date. */
final class FilingRules {

    private FilingRules() {}

    static void check(FilingRequest filing, Departments departments) {
        if (departments.find(filing.departmentCode()).isEmpty()) {
            throw new FilingRefused("registry.refused.noSuchDepartment");
        }
        if (filing.basis().isBlank() || filing.approver().isBlank()) {
            throw new FilingRefused("registry.refused.basisAndApprover");
        }
        if (filing.kind() == FilingKind.BAN && blankToNull(filing.reason()) == null) {
            throw new FilingRefused("registry.refused.banNeedsReason");
        }
        if (filing.kind() == FilingKind.EXIT && filing.exitsOn() == null) {
            throw new FilingRefused("registry.refused.exitNeedsDate");
        }
    }

    static ItemState stateAfter(FilingKind kind) {
        return switch (kind) {
            case ADMIT -> ItemState.ADMITTED;
            case BAN -> ItemState.BANNED;
            case EXIT -> ItemState.EXITED;
        };
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
