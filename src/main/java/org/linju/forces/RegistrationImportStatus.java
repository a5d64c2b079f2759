package org.linju.forces;

import org.jspecify.annotations.Nullable;

/** Where a registration import stands, for the progress bar. */
public record RegistrationImportStatus(String id, String createdBy, String fileName, String status, int totalRows,
		int processedRows, int accepted, int alreadyRegistered, int rejected, @Nullable String failure) {

	public boolean finished() {
		return status.equals("DONE") || status.equals("FAILED");
	}

	public int percent() {
		return totalRows == 0 ? (finished() ? 100 : 0) : Math.min(100, processedRows * 100 / totalRows);
	}
}
