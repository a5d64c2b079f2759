package org.linju.patrols.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.matters.Receipt;
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

/**
 * What the phone page sends, one record per request, each with the {@code Idempotency-Key} it was given when it was
 * recorded (perhaps offline, long before): a record sent twice answers the first.
 */
@RestController
class PatrolApiController {

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

    /** The token, and who is signed in: the phone sends only the records that person recorded. */
    record Csrf(String header, String parameter, String token, String user) {}

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
            PhoneForms.VisitForm form) {
        return DayJson.visit(patrols.visit(user, key, form.toCommand()));
    }

    @PostMapping("/api/v1/patrols/reports")
    Receipt report(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader("Idempotency-Key") String key,
            PhoneForms.ReportForm form) {
        return patrols.report(user, key, form.toReport(), form.photoBytes());
    }

    /** A fresh CSRF token before sending what waited: the page may be an old copy from the phone's cache. */
    @GetMapping("/api/v1/patrols/csrf")
    Csrf csrf(@AuthenticationPrincipal CurrentUser user, CsrfToken token) {
        return new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken(), user.getUsername());
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
}
