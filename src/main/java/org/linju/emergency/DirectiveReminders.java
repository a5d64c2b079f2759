package org.linju.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linju.forces.Forces;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds whoever has not acknowledged within the directive's minutes and sends the directive to their B; a role
 * holder who stays silent is marked unavailable, so their roles (and new work) switch to B, recorded.
 */
@Component
class DirectiveReminders {

    private record Overdue(UUID directive, UUID member) {}

    private final JdbcClient jdbc;
    private final DirectiveRecipients recipients;
    private final Emergencies emergencies;
    private final Forces forces;
    private final Clock clock;
    private final MessageSource messages;
    private final Locale district;

    DirectiveReminders(
            JdbcClient jdbc,
            DirectiveRecipients recipients,
            Emergencies emergencies,
            Forces forces,
            Clock clock,
            MessageSource messages,
            @Value("${spring.web.locale:zh_CN}") Locale district) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.emergencies = emergencies;
        this.forces = forces;
        this.clock = clock;
        this.messages = messages;
        this.district = district;
    }

    /** Reminds everyone overdue in active emergencies, once each; how many were reminded. */
    @Scheduled(fixedDelayString = "${linju.emergency.reminder-interval:30s}", initialDelayString = "20s")
    @Transactional
    public int remindOverdue() {
        // The demo history replays a past emergency on its own clock; the wall clock would remind its recipients now.
        if (SteerableClock.waitsForReplay(clock)) {
            return 0;
        }
        Instant now = clock.instant();
        List<Overdue> overdue = jdbc.sql("""
				update directive_recipient r set reminded_at = :now
				from directive d join emergency e on e.id = d.emergency_id
				where d.id = r.directive_id and e.lifted_at is null and r.state in ('SENT', 'READ') and r.reminded_at is null
				  and r.sent_at + make_interval(mins => d.ack_minutes) < :now
				returning r.directive_id, r.member_id
				""")
                .param("now", utc(now))
                .query((rs, row) -> new Overdue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        overdue.stream()
                .collect(Collectors.groupingBy(Overdue::directive))
                .forEach((directive, rows) ->
                        remind(directive, rows.stream().map(Overdue::member).toArray(UUID[]::new), now));
        return overdue.size();
    }

    private void remind(UUID directive, UUID[] members, Instant now) {
        for (UUID member : members) {
            if (!forces.backupsOf(member).isEmpty()) {
                // recorded once for the staff who read it later: in the district's language
                forces.markUnreachable(member, messages.getMessage("emergency.unacknowledged", null, district));
            }
        }
        recipients.toBackups(directive, members, now);
        Emergency emergency = emergencies.find(recipients.emergencyOf(directive));
        emergencies.log(emergency.id(), "system", "reminded", members.length + " · " + recipients.textOf(directive));
        recipients.remindPending(emergency, directive, recipients.textOf(directive));
        recipients.announceToBackupsOf(emergency, directive, recipients.textOf(directive), members);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
