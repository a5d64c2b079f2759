package org.linju.residents;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.FieldCipher;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** Exact search by ID number or phone through the blind indexes, as {@link Residents#search} describes it. */
@Component
class ExactSearch {

    /** The field a query names and the blind index to look it up by. */
    private record Probe(PersonalField by, String index) {}

    private final ResidentStore store;
    private final FieldCipher cipher;
    private final BlindIndexes indexes;
    private final ResidentAudit audit;
    private final SearchThrottle throttle;

    ExactSearch(
            ResidentStore store,
            FieldCipher cipher,
            BlindIndexes indexes,
            ResidentAudit audit,
            SearchThrottle throttle) {
        this.store = store;
        this.cipher = cipher;
        this.indexes = indexes;
        this.audit = audit;
        this.throttle = throttle;
    }

    List<ResidentView> search(CurrentUser viewer, String query, ResidentFilter filter) {
        Probe probe = probe(query);
        if (probe == null) {
            return List.of();
        }
        if (DataPolicy.disclosure(viewer.role(), probe.by().datum()) == DataPolicy.Disclosure.HIDDEN) {
            throw new RevealRefused();
        }
        if (!throttle.admits(viewer)) {
            recordSearch(viewer, "refused", probe.by(), "refused, too many searches or misses");
            throw new SearchThrottled();
        }
        List<ResidentView> found = store.findByIndex(probe.by(), probe.index(), viewer.scope(), filter).stream()
                .map(row -> new Disclosed(row, viewer.role(), false, cipher).view())
                .toList();
        throttle.searched(viewer, !found.isEmpty());
        recordSearch(viewer, found.isEmpty() ? "miss" : "hit", probe.by(), found.size() + " found");
        found.forEach(view -> audit.record(
                viewer,
                AuditAction.VIEW_PERSONAL_DATA,
                "resident",
                view.id().toString(),
                view.gridCode(),
                null,
                "found by exact search"));
        return found;
    }

    /** What the query is, or null when it is neither a valid ID number nor a valid phone number. */
    private @Nullable Probe probe(String query) {
        String trimmed = query.trim().toUpperCase();
        if (IdCardNumber.problemWith(trimmed) == null) {
            return new Probe(PersonalField.ID_NUMBER, indexes.of(IdCardNumber.of(trimmed)));
        }
        if (PhoneNumber.isValid(trimmed)) {
            return new Probe(PersonalField.PHONE, indexes.of(PhoneNumber.of(trimmed)));
        }
        return null;
    }

    private void recordSearch(CurrentUser viewer, String outcome, PersonalField by, String detail) {
        audit.record(
                viewer,
                AuditAction.SEARCH_PERSONAL_DATA,
                "resident-search",
                outcome,
                null,
                null,
                "exact search by " + by.binding() + ": " + detail);
    }
}
