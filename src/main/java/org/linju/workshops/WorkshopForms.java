package org.linju.workshops;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The staff forms as posted, turned into commands; a missing field is refused with its message. */
final class WorkshopForms {

    private WorkshopForms() {}

    /** "Register a workshop": the grid picked from the area tree, the point optionally from the map. */
    record WorkshopForm(
            @Nullable String name,
            @Nullable String operatorOrg,
            @Nullable String area,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable WorkKind kind,
            @Nullable Integer workers,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate startedOn) {

        NewWorkshop toCommand() {
            WorkshopRefused.unless(name != null && operatorOrg != null, "workshops.refused.name");
            WorkshopRefused.unless(area != null, "workshops.refused.grid");
            WorkshopRefused.unless(kind != null, "workshops.refused.kind");
            WorkshopRefused.unless(workers != null, "workshops.refused.workers");
            WorkshopRefused.unless(startedOn != null, "workshops.refused.started");
            return new NewWorkshop(name, operatorOrg, area, lat, lng, kind, workers, startedOn);
        }
    }

    /** "Draw inspections": the area, the period, how many, and the team ticked from the candidates. */
    record DrawForm(
            @Nullable String area,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate from,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate to,

            @Nullable Integer count,
            @Nullable List<UUID> team) {

        DrawRequest toCommand() {
            WorkshopRefused.unless(area != null && !area.isBlank(), "workshops.refused.drawArea");
            WorkshopRefused.unless(from != null && to != null, "workshops.refused.drawPeriod");
            WorkshopRefused.unless(count != null, "workshops.refused.drawCount");
            return new DrawRequest(area, from, to, count, team == null ? List.of() : team);
        }
    }

    /** The free items a checklist form offers besides the standing ones. */
    static final int FREE_ITEMS = 2;

    /**
     * The checklist as posted: for each standing item {@code <ITEM>} = PASS or FAIL and {@code <ITEM>.note}; for free
     * item n {@code FREE<n>.label}, {@code FREE<n>} and {@code FREE<n>.note} (skipped when its label is empty).
     */
    static List<Check> checks(Map<String, String> form) {
        List<Check> checks = new ArrayList<>();
        for (CheckItem item : CheckItem.STANDING) {
            String result = form.get(item.name());
            if (result != null) {
                checks.add(new Check(item, null, "PASS".equals(result), form.getOrDefault(item.name() + ".note", "")));
            }
        }
        for (int n = 1; n <= FREE_ITEMS; n++) {
            String label = form.getOrDefault("FREE" + n + ".label", "").strip();
            if (!label.isEmpty()) {
                checks.add(new Check(
                        CheckItem.FREE,
                        label,
                        "PASS".equals(form.get("FREE" + n)),
                        form.getOrDefault("FREE" + n + ".note", "")));
            }
        }
        return checks;
    }
}
