package org.linju.works;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Theme;

/** The project form as posted; blank fields come as null. */
public record ProjectForm(
        @Nullable String name,
        @Nullable String area,
        @Nullable Integer year,
        @Nullable ProjectStatus status,
        @Nullable String scopeText,
        @Nullable String ownerUnit,
        @Nullable String contractor,
        @Nullable String geometry,
        @Nullable Integer promiseYear,
        @Nullable String promiseText,
        @Nullable List<Theme> themes) {

    static ProjectForm of(LivelihoodProject project) {
        WorkGeometry location = project.location();
        return new ProjectForm(
                project.name(),
                project.areaCode(),
                project.year(),
                project.status(),
                project.scopeText(),
                project.ownerUnit(),
                project.contractor(),
                location == null ? null : location.geoJson(),
                project.promiseYear(),
                project.promiseText(),
                project.themes());
    }

    static ProjectForm blank(int year) {
        return new ProjectForm(null, null, year, ProjectStatus.PLANNED, null, null, null, null, null, null, List.of());
    }

    ProjectDraft toDraft() {
        if (year == null) {
            throw new WorksRefused("year", "works.yearInvalid");
        }
        return new ProjectDraft(
                name == null ? "" : name,
                area,
                year,
                status == null ? ProjectStatus.PLANNED : status,
                scopeText == null ? "" : scopeText,
                ownerUnit == null ? "" : ownerUnit,
                contractor == null ? "" : contractor,
                geometry,
                promiseYear,
                promiseText,
                themes == null ? List.of() : themes);
    }
}
