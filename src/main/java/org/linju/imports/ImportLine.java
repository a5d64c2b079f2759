package org.linju.imports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One job of the list of imports: where it stands, of which kind, when it started and ended, and the pages of its
 * kind ({@code page} is null for a kind this instance no longer knows).
 */
public record ImportLine(
        ImportJob job,
        String kind,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable ImportPage page) {

    /** The job's progress page, or null. */
    public @Nullable String progressPath() {
        return page == null ? null : page.base() + "/" + job.id();
    }

    /** The refused rows' download, or null when nothing was refused. */
    public @Nullable String refusedPath() {
        return page == null || job.rejected() == 0 ? null : progressPath() + "/rejections.csv";
    }
}
