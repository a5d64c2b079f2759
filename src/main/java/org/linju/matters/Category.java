package org.linju.matters;

import org.jspecify.annotations.Nullable;

/** A category of the catalogue, as {@code GET /api/v1/categories} lists it. Retired ones are not offered. */
record Category(
        String code, String name, String nameEn, @Nullable String parent, String kind, int sortOrder, boolean active) {}
