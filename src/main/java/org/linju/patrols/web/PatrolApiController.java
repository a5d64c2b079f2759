package org.linju.patrols.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.patrols.NewVisit;
import org.linju.patrols.PatrolRefused;
import org.linju.patrols.Patrols;
import org.linju.patrols.TrackPoint;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the phone page sends, one record per request, each with the {@code Idempotency-Key} it was given when it was
 * recorded (perhaps offline, long before): a record sent twice answers the first.
 */
@RestController
class PatrolApiController {

    private static final int MAX_PHOTOS = 6;

    private final Patrols patrols;
    private final Clock clock;

    PatrolApiController(Patrols patrols, Clock clock) {
        this.patrols = patrols;
        this.clock = clock;
    }

    record Start(Instant startedAt) {}

    record Points(List<TrackPoint> points) {}

    record Stop(Instant endedAt) {}

    record Stored(String key, int points) {}

    record Csrf(String header, String token) {}

    @PostMapping("/api/v1/patrols")
    Stored start(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader("Idempotency-Key") String key,
            @RequestBody Start start) {
        return new Stored(patrols.start(user, key, start.startedAt()).key(), 0);
    }

    @PostMapping("/api/v1/patrols/{key}/points")
    Stored track(@AuthenticationPrincipal CurrentUser user, @PathVariable String key, @RequestBody Points points) {
        if (points.points() == null || points.points().size() > 500) {
            throw new PatrolRefused("patrols.badPosition");
        }
        return new Stored(key, patrols.track(user, key, points.points()));
    }

    @PostMapping("/api/v1/patrols/{key}/stop")
    Stored stop(@AuthenticationPrincipal CurrentUser user, @PathVariable String key, @RequestBody Stop stop) {
        return new Stored(patrols.stop(user, key, stop.endedAt()).key(), 0);
    }

    @PostMapping("/api/v1/patrols/visits")
    DayJson.VisitJson visit(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader("Idempotency-Key") String key,
            @RequestParam(required = false) @Nullable String patrol,
            @RequestParam(required = false) @Nullable UUID resident,
            @RequestParam String household,
            @RequestParam String finding,
            @RequestParam Instant at,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lng,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable List<MultipartFile> photos) {
        NewVisit visit = new NewVisit(
                patrol == null || patrol.isBlank() ? null : patrol,
                resident,
                household,
                finding,
                at,
                lat,
                lng,
                category,
                bytes(photos));
        return DayJson.visit(patrols.visit(user, key, visit));
    }

    @PostMapping("/api/v1/patrols/reports")
    Receipt report(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader("Idempotency-Key") String key,
            @RequestParam String description,
            @RequestParam String categoryCode,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lng,
            @RequestParam(required = false) @Nullable List<MultipartFile> photos) {
        return patrols.report(
                user, key, new NewReport(description, categoryCode, lat, lng, null, Channel.PATROL), bytes(photos));
    }

    /** A fresh CSRF token before sending what waited: the page may be an old copy from the phone's cache. */
    @GetMapping("/api/v1/patrols/csrf")
    Csrf csrf(CsrfToken token) {
        return new Csrf(token.getHeaderName(), token.getToken());
    }

    @GetMapping("/api/v1/patrols/today")
    DayJson today(@AuthenticationPrincipal CurrentUser user) {
        return DayJson.of(patrols.today(user), clock.instant());
    }

    @GetMapping("/api/v1/patrols/day")
    DayJson day(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam UUID worker,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return DayJson.of(patrols.day(user, worker, date), clock.instant());
    }

    private static List<byte[]> bytes(@Nullable List<MultipartFile> photos) {
        List<byte[]> bytes = new ArrayList<>();
        if (photos == null) {
            return bytes;
        }
        for (MultipartFile photo : photos) {
            if (photo.isEmpty()) {
                continue;
            }
            if (bytes.size() == MAX_PHOTOS || photo.getSize() > Intake.MAX_PHOTO_BYTES) {
                throw new PatrolRefused("patrols.tooManyPhotos");
            }
            try {
                bytes.add(photo.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
