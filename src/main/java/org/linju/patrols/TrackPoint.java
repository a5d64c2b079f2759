package org.linju.patrols;

import java.time.Instant;

/** One position of a patrol's track, as the phone's geolocation gave it. */
public record TrackPoint(Instant at, double lat, double lng) {

    public TrackPoint {
        if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) {
            throw new PatrolRefused("patrols.badPosition");
        }
    }
}
