package org.linju.workshops;

import org.jspecify.annotations.Nullable;

/** One line of an inspection's checklist: a standing item, or a free item with its label; passed or failed. */
public record Check(CheckItem item, @Nullable String label, boolean passed, String note) {}
