package org.linju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;

/**
 * One kind of spreadsheet import, implemented by the module whose rows it registers (as {@code residents} does for
 * rosters): what the workbook must look like, how its rows are checked and stored, and who may follow a job. This
 * module keeps the jobs, runs them and serves their progress page and refused-rows download ({@link ImportPage}).
 */
public interface ImportKind {

    /** The kind stored with each job (ROSTER, REGISTRATION); never renamed once jobs exist. */
    String name();

    /** Where the kind's pages are and what they are called. */
    ImportPage page();

    /** The header row the workbook must start with, exactly. */
    List<String> headers();

    /**
     * The prefix of the message keys a job fails with: {@code <prefix>.empty}, {@code .badColumns},
     * {@code .unreadable}, {@code .failed}.
     */
    String messagePrefix();

    /** What the audit log calls a job of this kind. */
    String auditSubject();

    /**
     * Starts a job for {@code uploader}'s workbook (through {@link Imports#start}) after checking their role may import
     * this kind; otherwise throws this kind's refusal.
     */
    UUID start(CurrentUser uploader, String fileName, InputStream content) throws IOException;

    /** Checks and stores one job's rows, chunk by chunk; asked once per job, on the worker, when the job starts. */
    SheetChunks chunksFor(CurrentUser uploader);

    /**
     * The job, if {@code watcher} may follow it; otherwise throws this kind's refusal. {@code job} is null when no job
     * of this kind with that id lies in the watcher's area.
     */
    ImportJob shownTo(CurrentUser watcher, @Nullable ImportJob job);

    /**
     * Whether {@code watcher} may follow the jobs of this kind that others started within the watcher's area, as
     * {@link #shownTo} allows; the list of imports shows them besides the watcher's own. Kinds that do not say show
     * each person their own jobs alone.
     */
    default boolean showsOthersJobsTo(CurrentUser watcher) {
        return false;
    }
}
