package org.linju.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit page's filters and page as the URL carries them ({@code /admin/audit?actor=…&action=…&from=…&sort=…}).
 *
 * @param subject a subject's id, or a kind of subject ({@code resident}, {@code matter}, {@code account} …)
 */
record AuditQuery(
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable String subject,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    AuditFilter filter() {
        DateRange range = DateRange.of(from, to);
        return new AuditFilter(actor, action, subject, range.start(), range.end());
    }

    ListRequest request() {
        boolean byTime = sort == null || !AuditEntries.SORTABLE.contains(sort) || sort.equals("when");
        return ListRequest.of(page, size, sort, dir, AuditEntries.SORTABLE, byTime);
    }
}
