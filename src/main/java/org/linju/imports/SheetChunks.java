package org.linju.imports;

import java.util.List;

/** Checks and stores the rows of one import, a chunk at a time ({@link ImportKind#chunksFor}). */
@FunctionalInterface
public interface SheetChunks {

    /** What became of a chunk's rows: stored, already registered (skipped), or refused with a reason. */
    record Outcome(int accepted, int alreadyRegistered, List<RefusedRow> refused) {}

    /**
     * Checks and stores one chunk; runs in the transaction that also records the chunk's progress, so both commit
     * together. Blank rows may be skipped; they count as read.
     */
    Outcome store(List<SheetRow> rows);
}
