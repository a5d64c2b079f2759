package org.linju.matters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.DataPolicy.Datum;
import org.linju.privacy.DataPolicy.Disclosure;
import org.springframework.stereotype.Service;

/** What staff read about matters: the queue, the matter page, merged duplicates and photos, each after a scope check. */
@Service
public class MatterPages {

    private final MatterStore store;
    private final MatterTimeline timeline;
    private final MatterPhotos photos;
    private final MatterAccess access;
    private final Approvals approvals;
    private final AuditLog audit;

    MatterPages(
            MatterStore store,
            MatterTimeline timeline,
            MatterPhotos photos,
            MatterAccess access,
            Approvals approvals,
            AuditLog audit) {
        this.store = store;
        this.timeline = timeline;
        this.photos = photos;
        this.access = access;
        this.approvals = approvals;
        this.audit = audit;
    }

    /** A matter the viewer may see: in their scope, or handed to their department. */
    public MatterView matter(CurrentUser user, UUID id) {
        return access.matter(user, id);
    }

    /** The steps this viewer can take on the matter now, for the matter page's buttons. */
    public List<Action> available(CurrentUser user, MatterView view) {
        return access.available(user, view, approvals.pending(view.id()));
    }

    public Optional<Approvals.Request> pendingRequest(CurrentUser user, UUID id) {
        access.matter(user, id);
        return approvals.pending(id);
    }

    /**
     * Everything the matter page shows, read after one scope check: the matter, its timeline, photos, likely
     * duplicates, merged duplicates, the steps the viewer can take, a pending request, and the reporter's phone
     * (masked, and not at all for roles the data policy shows no phones; like every view of personal data, audited).
     */
    public record Page(
            MatterView matter,
            List<TimelineEntry> timeline,
            List<UUID> photos,
            List<String> nearby,
            List<String> merged,
            List<Action> actions,
            Approvals.@Nullable Request pending,
            @Nullable String reporterPhone) {}

    public Page page(CurrentUser user, UUID id) {
        MatterView matter = access.matter(user, id);
        Optional<String> phone = DataPolicy.disclosure(user.role(), Datum.PHONE) == Disclosure.HIDDEN
                ? Optional.empty()
                : store.maskedReporterPhone(id);
        phone.ifPresent(masked -> audit.record(new AuditRecord(
                user.getUsername(),
                user.role().name(),
                AuditAction.VIEW_PERSONAL_DATA,
                "matter",
                id.toString(),
                matter.gridCode(),
                null,
                "masked reporter phone")));
        List<String> nearby = matter.lat() == null || matter.lng() == null
                ? List.of()
                : store.nearby(id, matter.categoryCode(), matter.lat(), matter.lng());
        Optional<Approvals.Request> pending = approvals.pending(id);
        return new Page(
                matter,
                timeline.timeline(id, false),
                photos.photoIds(id),
                nearby,
                store.mergedTrackingCodes(id),
                access.available(user, matter, pending),
                pending.orElse(null),
                phone.orElse(null));
    }

    /** Tracking codes of the duplicates merged into this matter. */
    public List<String> merged(CurrentUser user, UUID id) {
        access.matter(user, id);
        return store.mergedTrackingCodes(id);
    }

    /** A photo's content type and bytes, for viewers who may see the matter. */
    public Map.Entry<String, byte[]> photo(CurrentUser user, UUID id, UUID photo) {
        access.matter(user, id);
        PhotoSanitizer.Photo found = photos.photo(id, photo).orElseThrow(MatterNotFound::new);
        return Map.entry(found.contentType(), found.bytes());
    }
}
