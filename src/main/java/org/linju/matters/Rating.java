package org.linju.matters;

/** The resident's verdict on a struck-off matter. */
enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
