package org.linju.forces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A task of a grid's project list, with how many places are taken. */
public record Project(
        UUID id,
        String gridCode,
        String title,
        String place,
        Instant startsAt,
        Instant endsAt,
        int needed,
        int taken,
        List<String> skills,
        String postedBy) {

    public boolean full() {
        return taken >= needed;
    }
}
