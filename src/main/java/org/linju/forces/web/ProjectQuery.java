package org.linju.forces.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ProjectFilter;
import org.linju.forces.ProjectList;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** The project lists as the URL asks for them: area, state, the days they start between, page and order. */
record ProjectQuery(
        @Nullable String area,
        ProjectFilter.@Nullable State state,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    ProjectFilter filter() {
        return new ProjectFilter(area, state, from, to);
    }

    ListRequest request() {
        return ListRequest.of(page, size, sort, dir, ProjectList.COLUMNS, true);
    }
}
