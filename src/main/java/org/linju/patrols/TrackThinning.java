package org.linju.patrols;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linju.shared.SteerableClock;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Thins the tracks of patrols that ended longer ago than {@code linju.patrols.keep-full-tracks} to the few points that
 * keep their shape (Douglas–Peucker): the route stays on the map, the minute-by-minute positions of a person do not.
 * Visits keep their own positions. Safe with several instances: each batch locks its patrols and skips locked ones.
 */
@Component
class TrackThinning {

    private static final Logger log = LoggerFactory.getLogger(TrackThinning.class);
    private static final double METRES_PER_DEGREE = 111_320;
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final PatrolStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration keep;
    private final double toleranceDegrees;
    private final GeometryFactory geometry = new GeometryFactory();

    TrackThinning(
            JdbcClient jdbc,
            PatrolStore store,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${linju.patrols.keep-full-tracks:30d}") Duration keep,
            @Value("${linju.patrols.thinning-tolerance-metres:25}") double toleranceMetres) {
        this.jdbc = jdbc;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.keep = keep;
        this.toleranceDegrees = toleranceMetres / METRES_PER_DEGREE;
    }

    @Scheduled(fixedDelayString = "${linju.patrols.thinning-interval:1h}", initialDelayString = "3m")
    void thinOld() {
        // A replayed past (the demo history) would be thinned before the replay reached its end.
        if (SteerableClock.waitsForReplay(clock)) {
            return;
        }
        int thinned = thinEndedBefore(clock.instant().minus(keep));
        if (thinned > 0) {
            log.info("Thinned the tracks of {} patrols older than {}", thinned, keep);
        }
    }

    /** Thins every patrol that ended before {@code cutoff}; returns how many. */
    int thinEndedBefore(Instant cutoff) {
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(status -> thinBatch(cutoff));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int thinBatch(Instant cutoff) {
        List<UUID> due = jdbc.sql("""
				select id from patrol where thinned_at is null and ended_at < ? order by ended_at limit ?
				for update skip locked
				""")
                .params(Timestamp.from(cutoff), BATCH)
                .query(UUID.class)
                .list();
        for (UUID patrol : due) {
            List<TrackPoint> kept = thinned(store.track(patrol));
            jdbc.sql("delete from patrol_point where patrol_id = ? and not (at = any (?))")
                    .params(
                            patrol,
                            kept.stream().map(p -> Timestamp.from(p.at())).toArray(Timestamp[]::new))
                    .update();
            jdbc.sql("update patrol set thinned_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), patrol)
                    .update();
        }
        return due.size();
    }

    /** The points of {@code track} that keep its shape within the tolerance, first and last always among them. */
    List<TrackPoint> thinned(List<TrackPoint> track) {
        if (track.size() < 3) {
            return track;
        }
        Coordinate[] line =
                track.stream().map(p -> new Coordinate(p.lng(), p.lat())).toArray(Coordinate[]::new);
        Geometry simple = DouglasPeuckerSimplifier.simplify(geometry.createLineString(line), toleranceDegrees);
        Coordinate[] keptCoordinates = simple.getCoordinates();
        List<TrackPoint> kept = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < track.size() && next < keptCoordinates.length; i++) {
            if (line[i].equals2D(keptCoordinates[next])) {
                kept.add(track.get(i));
                next++;
            }
        }
        return kept;
    }
}
