package org.linju.forces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project as its organiser posts it, before it is checked and tidied into a {@link Project}. */
record ProjectDraft(
        String grid, String title, String place, Instant startsAt, Instant endsAt, int needed, List<String> skills) {

    /** Refuses a draft without title or place, or with impossible times or places; strips texts and skills. */
    Project toProject(UUID id, String postedBy) {
        if (title.isBlank() || title.length() > 200 || place.isBlank() || place.length() > 200) {
            throw new ProjectRefused("project.incomplete");
        }
        if (!endsAt.isAfter(startsAt) || needed < 1 || needed > 500) {
            throw new ProjectRefused("project.badTimesOrPlaces");
        }
        List<String> wanted = skills.stream()
                .map(String::strip)
                .filter(skill -> !skill.isEmpty())
                .distinct()
                .toList();
        return new Project(id, grid, title.strip(), place.strip(), startsAt, endsAt, needed, 0, wanted, postedBy);
    }
}
