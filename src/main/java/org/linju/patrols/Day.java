package org.linju.patrols;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One worker's day: their patrols with the kept track of each, and their visits. */
public record Day(LocalDate date, List<Patrol> patrols, Map<UUID, List<TrackPoint>> tracks, List<Visit> visits) {

    public boolean isEmpty() {
        return patrols.isEmpty() && visits.isEmpty();
    }
}
