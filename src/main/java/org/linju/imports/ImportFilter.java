package org.linju.imports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the list of imports is narrowed to.
 *
 * @param kind one kind ({@link ImportKind#name}), or null for all
 * @param state where the jobs stand, or null for all
 * @param from the first day (China time) a listed job was started on, or null
 * @param to the last day a listed job was started on, or null
 */
public record ImportFilter(
        @Nullable String kind,
        @Nullable State state,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** Where a job stands, as a person asks for it. */
    public enum State {
        /** Not finished yet: waiting for the jobs of its kind before it, or being read. */
        RUNNING("QUEUED", "RUNNING"),
        DONE("DONE"),
        /** Stopped early: a bad workbook, or cut off by a restart. */
        FAILED("FAILED");

        private final List<String> statuses;

        State(String... statuses) {
            this.statuses = List.of(statuses);
        }

        /** The job statuses ({@link ImportJob#status}) this state covers. */
        public List<String> statuses() {
            return statuses;
        }
    }

    public static final ImportFilter NONE = new ImportFilter(null, null, null, null);

    public ImportFilter {
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }
}
