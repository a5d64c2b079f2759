package org.linju.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.matters.PhotoSanitizer;
import org.linju.shared.DateRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspection's record: the checklist with its result (passed when every item passed), findings with photos, and the
 * rectifications they require until they are done with evidence.
 */
@Service
public class Inspections {

    /** An inspection with what was checked and found, as the viewer may see it. */
    public record InspectionView(
            Inspection inspection, List<Check> checks, List<Finding> findings, boolean mayRecord, LocalDate today) {}

    private final InspectionStore store;
    private final FindingStore findings;
    private final PhotoSanitizer photos;
    private final Clock clock;

    Inspections(InspectionStore store, FindingStore findings, PhotoSanitizer photos, Clock clock) {
        this.store = store;
        this.findings = findings;
        this.photos = photos;
        this.clock = clock;
    }

    public InspectionView show(CurrentUser viewer, UUID id) {
        Inspection inspection = visible(viewer, id);
        return new InspectionView(
                inspection,
                store.checks(id),
                findings.ofInspection(id),
                WorkshopAccess.supervises(viewer) && !inspection.conducted(),
                today());
    }

    /** The inspections of one workshop the viewer may see, newest first. */
    public List<Inspection> ofWorkshop(CurrentUser viewer, UUID workshopId) {
        WorkshopAccess.requireRegister(viewer);
        return store.ofWorkshop(workshopId, InspectionStore.visibleTo(viewer, today()));
    }

    public List<Rectification> rectifications(UUID workshopId) {
        return findings.ofWorkshop(workshopId);
    }

    /** Records the checklist; the standing items must all be there, and the day must have come. */
    @Transactional
    public Inspection record(CurrentUser inspector, UUID id, List<Check> checks, String summary) {
        WorkshopAccess.requireSupervisor(inspector);
        Inspection inspection = visible(inspector, id);
        WorkshopRefused.unless(!inspection.day().isAfter(today()), "workshops.refused.notYet");
        List<CheckItem> items = checks.stream().map(Check::item).toList();
        WorkshopRefused.unless(items.containsAll(CheckItem.STANDING), "workshops.refused.checklist");
        WorkshopRefused.unless(
                checks.stream()
                        .filter(c -> c.item() == CheckItem.FREE)
                        .allMatch(c -> c.label() != null && !c.label().isBlank()),
                "workshops.refused.checkLabel");
        // the column holds 100 characters; a longer label is refused in words, not by the database
        WorkshopRefused.unless(
                checks.stream()
                        .allMatch(c -> c.label() == null || c.label().strip().length() <= 100),
                "workshops.refused.checkLabelLength");
        boolean passed = checks.stream().allMatch(Check::passed);
        Inspection.InspectionResult result =
                passed ? Inspection.InspectionResult.PASSED : Inspection.InspectionResult.FAILED;
        WorkshopRefused.unless(
                store.record(id, result, summary.strip(), inspector.id(), clock.instant()),
                "workshops.refused.recorded");
        store.insertChecks(id, checks);
        return visible(inspector, id);
    }

    @Transactional
    public UUID addFinding(CurrentUser inspector, UUID inspectionId, NewFinding finding) {
        WorkshopAccess.requireSupervisor(inspector);
        Inspection inspection = visible(inspector, inspectionId);
        WorkshopRefused.unless(inspection.conducted(), "workshops.refused.notRecorded");
        WorkshopRefused.unless(!finding.text().isBlank(), "workshops.refused.findingText");
        boolean task = finding.task() != null && !finding.task().isBlank();
        if (task) {
            WorkshopRefused.unless(
                    finding.owner() != null && !finding.owner().isBlank(), "workshops.refused.rectificationOwner");
            WorkshopRefused.unless(
                    finding.owner().strip().length() <= 100, "workshops.refused.rectificationOwnerLength");
            WorkshopRefused.unless(
                    finding.deadline() != null && !finding.deadline().isBefore(inspection.day()),
                    "workshops.refused.rectificationDeadline");
        }
        List<PhotoSanitizer.Photo> clean = photos.cleanAll(finding.photos());
        UUID id = UUID.randomUUID();
        findings.insert(id, inspectionId, finding.text().strip(), clock.instant());
        clean.forEach(photo -> findings.insertPhoto(id, photo));
        if (task) {
            findings.insertRectification(new Rectification(
                    UUID.randomUUID(),
                    id,
                    inspection.workshopId(),
                    finding.task().strip(),
                    finding.owner().strip(),
                    finding.deadline(),
                    null,
                    null));
        }
        return id;
    }

    /** Marks a rectification done with the evidence of what was put right. */
    @Transactional
    public void completeRectification(CurrentUser follower, UUID rectificationId, String evidence) {
        if (!WorkshopAccess.mayCloseRectification(follower)) {
            throw new OutOfScope("workshop rectifications");
        }
        Map.Entry<UUID, Rectification> found = findings.rectification(rectificationId)
                .orElseThrow(() -> new OutOfScope("rectification " + rectificationId));
        visible(follower, found.getKey());
        WorkshopRefused.unless(!evidence.isBlank(), "workshops.refused.evidence");
        WorkshopRefused.unless(
                findings.markDone(rectificationId, today(), evidence.strip(), follower.id()),
                "workshops.refused.alreadyDone");
    }

    /** A finding's photo, for those who may see its inspection. */
    public PhotoSanitizer.Photo photo(CurrentUser viewer, UUID photoId) {
        Map.Entry<UUID, PhotoSanitizer.Photo> found =
                findings.photo(photoId).orElseThrow(() -> new OutOfScope("photo " + photoId));
        visible(viewer, found.getKey());
        return found.getValue();
    }

    private Inspection visible(CurrentUser viewer, UUID id) {
        WorkshopAccess.requireRegister(viewer);
        return store.find(id, InspectionStore.visibleTo(viewer, today()))
                .orElseThrow(() -> new OutOfScope("inspection " + id));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateRange.CHINA));
    }
}
