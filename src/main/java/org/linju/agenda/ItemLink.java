package org.linju.agenda;

/** A matter, project list or decision serving an item, with the title and the local address to open it at. */
public record ItemLink(LinkKind kind, String reference, String title, String url) {}
