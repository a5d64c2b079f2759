package org.linju.forces;

import java.util.List;
import java.util.UUID;

/** A grid leader posted a project; {@code usernames} are the matching forces who sign in to Linju. */
public record ProjectPosted(
        UUID projectId,
        String gridCode,
        String title,
        String place,
        int needed,
        List<String> skills,
        List<String> usernames) {}
