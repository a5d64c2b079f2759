package org.linju.workshops;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the public page of a workshop shows: never personal data (no team, no notes, no owners of tasks, no phone);
 * only inspections already carried out, with which checklist items passed.
 *
 * @param areaName the community and grid the workshop is in
 * @param revokedOn the day the title was revoked, when it no longer holds
 * @param asked residents' reports from the page; {@code answered} how many of them are struck off
 */
public record PublicWorkshop(
        UUID id,
        String name,
        String operatorOrg,
        String areaName,
        WorkKind kind,
        int workers,
        TitleState title,
        @Nullable LocalDate titleSince,
        @Nullable LocalDate revokedOn,
        @Nullable LocalDate lastInspection,
        Inspection.@Nullable InspectionResult lastResult,
        List<PublicCheck> lastChecks,
        int rectificationsDone,
        int rectificationsOpen,
        int asked,
        int answered) {

    /** A checklist item of the last inspection and whether it passed (notes stay inside). */
    public record PublicCheck(CheckItem item, @Nullable String label, boolean passed) {}

    public boolean titled() {
        return title == TitleState.TITLED;
    }
}
