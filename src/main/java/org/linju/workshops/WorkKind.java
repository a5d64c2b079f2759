package org.linju.workshops;

/** The kind of work a workshop gives its workers; labels in the bundles as {@code workshops.kind.NAME}. */
public enum WorkKind {
    HANDICRAFT,
    ECOMMERCE,
    AGRI_PROCESSING,
    GARMENTS,
    ASSEMBLY,
    SERVICES,
    OTHER;

    public String messageKey() {
        return "workshops.kind." + name();
    }
}
