package org.linju.disclosure;

/**
 * An item as the publish workflow shows it to staff: its title, the area it belongs to (region or grid code, which
 * scopes the workflow's lists) and the staff page where it is managed.
 */
public record DisclosureCandidate(Subject subject, String title, String areaCode, String staffPath) {}
