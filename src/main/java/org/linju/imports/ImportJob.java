package org.linju.imports;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a spreadsheet import stands, for its progress bar.
 *
 * @param failure a message key when the import stopped early ({@code <prefix>.badColumns} and the like)
 */
public record ImportJob(
        UUID id,
        String createdBy,
        String fileName,
        String status,
        int totalRows,
        int processedRows,
        int accepted,
        int alreadyRegistered,
        int rejected,
        @Nullable String failure) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    /** 100 only once done: the last chunk is read before its rows are stored. */
    public int percent() {
        if ("DONE".equals(status)) {
            return 100;
        }
        return totalRows <= 0 ? 0 : Math.min(99, (int) (100L * processedRows / totalRows));
    }

    /** The outcome, for the audit log. */
    public String summary() {
        return "accepted=" + accepted + ", alreadyRegistered=" + alreadyRegistered + ", rejected=" + rejected
                + (failure == null ? "" : ", failed=" + failure);
    }
}
