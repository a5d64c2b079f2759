package org.linju.appraisal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The proposals queue's filters and page as the URL carries them.
 *
 * @param pending {@code true} for proposals waiting for a decision (the default view), {@code false} for decided ones
 * @param cycle a cycle such as {@code 2026-5}
 */
public record ProposalFilter(
        @Nullable String area,
        @Nullable Boolean pending,
        @Nullable String cycle,
        @Nullable ProposalKind kind,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    public static final List<String> SORTABLE = List.of("proposed", "grid", "kind", "cycle");

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, true);
    }
}
