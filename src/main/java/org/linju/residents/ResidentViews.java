package org.linju.residents;

import java.util.List;
import java.util.UUID;
import org.linju.audit.AuditAction;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.FieldCipher;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.springframework.stereotype.Component;

/**
 * The register as a viewer sees it: pages and records masked for the viewer's role, one field revealed in full for a
 * permitted role that says why; each read within the viewer's scope and audited.
 */
@Component
class ResidentViews {

    private final ResidentStore store;
    private final FieldCipher cipher;
    private final ResidentAudit audit;

    ResidentViews(ResidentStore store, FieldCipher cipher, ResidentAudit audit) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** One page of the register, its filter already checked for the viewer ({@link ResidentFilter#seenBy}). */
    ListPage<ResidentView> list(CurrentUser viewer, ResidentFilter filter, ListRequest request) {
        GridScope scope = viewer.scope();
        List<ResidentView> views = store.page(scope, filter, request, ResidentOrder.forViewer(viewer)).stream()
                .map(row -> view(row, viewer))
                .toList();
        if (!views.isEmpty()) {
            audit.record(
                    viewer,
                    AuditAction.VIEW_PERSONAL_DATA,
                    "resident-list",
                    "page-" + request.page(),
                    null,
                    null,
                    "masked list of " + views.size());
        }
        return new ListPage<>(views, store.count(scope, filter), request);
    }

    ResidentView detail(CurrentUser viewer, UUID id) {
        ResidentRow row = inScope(viewer, id);
        audit.record(
                viewer,
                AuditAction.VIEW_PERSONAL_DATA,
                "resident",
                id.toString(),
                row.gridCode(),
                null,
                "masked record");
        return view(row, viewer);
    }

    String reveal(CurrentUser viewer, UUID id, PersonalField field, String reason) {
        if (!DataPolicy.mayReveal(viewer.role(), field.datum())) {
            throw new RevealRefused();
        }
        String why = Reasons.required(reason);
        ResidentRow row = inScope(viewer, id);
        String stored = switch (field) {
            case ID_NUMBER -> row.idNumberCipher();
            case PHONE -> row.phoneCipher();
            case RESTRICTED_GROUPS -> row.restrictedCipher();
        };
        audit.record(
                viewer,
                AuditAction.REVEAL_PERSONAL_DATA,
                "resident",
                id.toString(),
                row.gridCode(),
                why,
                "field=" + field.binding());
        return stored == null ? "" : cipher.decrypt(stored, field.binding());
    }

    private ResidentRow inScope(CurrentUser viewer, UUID id) {
        return store.find(id).orElseThrow(ResidentNotFound::new).within(viewer.scope());
    }

    private ResidentView view(ResidentRow row, CurrentUser viewer) {
        return new Disclosed(row, viewer.role(), false, cipher).view();
    }
}
