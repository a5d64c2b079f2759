package org.linju.agenda;

/** What serves an item: a matter, a project list (forces) or a meeting's decision. Labels {@code agenda.link.NAME}. */
public enum LinkKind {
    MATTER,
    PROJECT,
    DECISION
}
