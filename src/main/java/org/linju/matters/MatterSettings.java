package org.linju.matters;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What district admins tune: the category catalogue, the triage table and the time limits. Every change is
 * audited; new limits apply to matters triaged or dispatched after the change.
 */
@Service
class MatterSettings {

    private final MatterCatalogue catalogue;
    private final TriageTable triage;
    private final TimeLimits limits;
    private final AuditLog audit;

    MatterSettings(MatterCatalogue catalogue, TriageTable triage, TimeLimits limits, AuditLog audit) {
        this.catalogue = catalogue;
        this.triage = triage;
        this.limits = limits;
        this.audit = audit;
    }

    /** A catalogue entry as an admin saves it; an inactive one is retired (old matters keep it). */
    record CategoryChange(
            String code,
            String name,
            String nameEn,
            @Nullable String parent,
            int sortOrder,
            boolean active) {}

    @Transactional
    public void saveCategory(CurrentUser admin, CategoryChange change) {
        check(admin);
        String code = change.code();
        catalogue.save(
                code.strip().toUpperCase(Locale.ROOT),
                change.name(),
                change.nameEn(),
                change.parent(),
                change.sortOrder(),
                change.active());
        record(admin, "category", code, (change.active() ? "saved " : "retired ") + code);
    }

    /** Replaces the triage table; {@code cells} maps "URGENCY.DIFFICULTY" to a colour. */
    @Transactional
    public void saveTriage(CurrentUser admin, Map<String, Colour> cells) {
        check(admin);
        Map<Urgency, Map<Difficulty, Colour>> table = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                Colour colour = cells.get(urgency.name() + "." + difficulty.name());
                if (colour == null) {
                    throw new UnacceptableReport("triage", "settings.triageIncomplete");
                }
                table.computeIfAbsent(urgency, u -> new EnumMap<>(Difficulty.class))
                        .put(difficulty, colour);
            }
        }
        triage.save(TriagePolicy.of(table));
        record(admin, "triage", "table", cells.toString());
    }

    @Transactional
    public void saveTimeLimit(CurrentUser admin, TimeLimits.Row row) {
        check(admin);
        limits.save(row);
        record(
                admin,
                "timeLimit",
                row.colour() + "/" + row.categoryCode(),
                "accept " + row.acceptHours() + " h, resolve " + row.resolveHours() + " h");
    }

    @Transactional
    public void removeTimeLimit(CurrentUser admin, Colour colour, String categoryCode) {
        check(admin);
        limits.remove(colour, categoryCode);
        record(admin, "timeLimit", colour + "/" + categoryCode, "removed");
    }

    @Transactional
    public void saveUrgencyCap(CurrentUser admin, Urgency urgency, @Nullable Integer hours) {
        check(admin);
        limits.saveUrgencyCap(urgency, hours);
        record(admin, "urgencyLimit", urgency.name(), hours == null ? "no cap" : hours + " h");
    }

    private static void check(CurrentUser admin) {
        if (admin.role() != Role.DISTRICT_ADMIN) {
            throw new ActionRefused();
        }
    }

    private void record(CurrentUser admin, String subjectType, String subjectId, String detail) {
        audit.record(new AuditRecord(
                admin.getUsername(),
                admin.role().name(),
                AuditAction.SETTINGS_CHANGE,
                "matter." + subjectType,
                subjectId,
                null,
                null,
                detail));
    }
}
