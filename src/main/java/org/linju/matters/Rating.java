package org.linju.matters;

/** The resident's verdict on a struck-off matter. */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
