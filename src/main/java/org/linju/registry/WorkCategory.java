package org.linju.registry;

import java.util.List;
import java.util.Locale;

/** A category of the grid work list with its items in order. */
public record WorkCategory(String code, String name, String nameEn, List<WorkItem> items) {

    public WorkCategory {
        items = List.copyOf(items);
    }

    public String label(Locale locale) {
        return WorkItem.isEnglish(locale) ? nameEn : name;
    }
}
