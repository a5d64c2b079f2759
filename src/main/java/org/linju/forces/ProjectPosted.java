package org.linju.forces;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A grid leader posted a project; {@code usernames} are the matching forces who sign in to Linju. */
@NamedInterface("events")
public record ProjectPosted(
        UUID projectId,
        String gridCode,
        String title,
        String place,
        int needed,
        List<String> skills,
        List<String> usernames) {}
