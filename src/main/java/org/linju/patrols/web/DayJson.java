package org.linju.patrols.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.patrols.Day;
import org.linju.patrols.Patrol;
import org.linju.patrols.TrackPoint;
import org.linju.patrols.Visit;

/** A worker's day as the phone page and the map read it. */
record DayJson(String date, List<PatrolJson> patrols, List<VisitJson> visits) {

    record PatrolJson(
            String key,
            Instant startedAt,
            @Nullable Instant endedAt,
            long minutes,
            int visits,
            boolean thinned,
            List<double[]> track) {}

    record VisitJson(
            UUID id,
            Instant at,
            String household,
            String finding,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable String matterCode,
            @Nullable String matterLink) {}

    static DayJson of(Day day, Instant now) {
        return new DayJson(
                day.date().toString(),
                day.patrols().stream()
                        .map(p -> patrol(p, day.tracks().get(p.id()), now))
                        .toList(),
                day.visits().stream().map(DayJson::visit).toList());
    }

    private static PatrolJson patrol(Patrol patrol, List<TrackPoint> track, Instant now) {
        return new PatrolJson(
                patrol.key(),
                patrol.startedAt(),
                patrol.endedAt(),
                patrol.minutes(now),
                patrol.visits(),
                patrol.thinned(),
                track.stream().map(t -> new double[] {t.lat(), t.lng()}).toList());
    }

    static VisitJson visit(Visit visit) {
        return new VisitJson(
                visit.id(),
                visit.visitedAt(),
                visit.household(),
                visit.finding(),
                visit.lat(),
                visit.lng(),
                visit.matterCode(),
                visit.matterId() == null ? null : "/matters/" + visit.matterId());
    }
}
