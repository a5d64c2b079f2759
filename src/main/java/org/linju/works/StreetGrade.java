package org.linju.works;

/**
 * The grades of Beijing's back-street programme, best first (message key {@code works.grade.<NAME>}): 精品
 * (boutique), 优美 (fine), 达标 (up to standard).
 */
public enum StreetGrade {
    BOUTIQUE,
    FINE,
    STANDARD;

    /** True when this achieved grade is the target grade or better. */
    public boolean meets(StreetGrade target) {
        return ordinal() <= target.ordinal();
    }
}
