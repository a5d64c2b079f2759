package org.linju.workshops;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supervisor's request: {@code count} inspections between two days over the operating workshops of an area. */
public record DrawRequest(String area, LocalDate from, LocalDate to, int count, List<UUID> team) {

    public DrawRequest {
        team = List.copyOf(team);
    }
}
