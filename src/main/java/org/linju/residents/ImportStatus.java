package org.linju.residents;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a roster import stands, for the progress page. */
public record ImportStatus(UUID id, String createdBy, String fileName, String status, int totalRows,
		int processedRows, int accepted, int alreadyRegistered, int rejected, @Nullable String failure) {

	public boolean finished() {
		return "DONE".equals(status) || "FAILED".equals(status);
	}

	public int percent() {
		if ("DONE".equals(status)) {
			return 100;
		}
		return totalRows <= 0 ? 0 : Math.min(99, (int) (100L * processedRows / totalRows));
	}
}
