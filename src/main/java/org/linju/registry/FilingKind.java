package org.linju.registry;

/** What a filing (备案) does to an item: admit it to the grids' duties, ban it, or retire it from a date on. */
public enum FilingKind {
    ADMIT,
    BAN,
    EXIT
}
