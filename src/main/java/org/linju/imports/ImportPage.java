package org.linju.imports;

import java.util.List;

/**
 * The pages of one kind of spreadsheet import: where its uploads go ({@code base}; a job's progress page is
 * {@code base/<id>}), its title, the page it returns to, and the columns and file name of its refused-rows download
 * (message keys of the refused rows' cells, and the file name's start, followed by the job's id), and the upload form's
 * template, shown again when an upload is no workbook.
 */
public record ImportPage(
        String base,
        String titleKey,
        String backPath,
        String backKey,
        List<String> refusedColumnKeys,
        String refusedFilePrefix,
        String formView) {

    /** A kind whose upload form's template is named like its base ({@code /forces/import} → {@code forces/import}). */
    public ImportPage(
            String base,
            String titleKey,
            String backPath,
            String backKey,
            List<String> refusedColumnKeys,
            String refusedFilePrefix) {
        this(base, titleKey, backPath, backKey, refusedColumnKeys, refusedFilePrefix, base.substring(1));
    }
}
