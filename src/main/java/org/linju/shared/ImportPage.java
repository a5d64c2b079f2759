package org.linju.shared;

import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages of one kind of spreadsheet import: where its uploads go ({@code base}), its title, and the page it
 * returns to. The progress page ({@code fragments/importProgress}) is the same for every kind.
 */
public record ImportPage(String base, String titleKey, String backPath, String backKey) {

    /** Whether the upload is one this page takes: a non-empty .xlsx workbook. */
    public static boolean isWorkbook(MultipartFile file) {
        String name = file.getOriginalFilename();
        return !file.isEmpty() && name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The progress page of a job. */
    public String progress(Model model, ImportJob job) {
        model.addAttribute("job", job);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("base", base);
        model.addAttribute("backPath", backPath);
        model.addAttribute("backKey", backKey);
        return "fragments/importProgress";
    }
}
