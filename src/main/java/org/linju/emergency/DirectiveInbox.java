package org.linju.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.Forces;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directives that reached a person, under their force memberships; opening them marks them read. */
@Service
public class DirectiveInbox {

    /** A directive as its recipient sees it. */
    public record Received(
            UUID directiveId,
            String emergencyTitle,
            String text,
            String issuedBy,
            Instant sentAt,
            RecipientState state,
            @Nullable String backupForName) {}

    private final JdbcClient jdbc;
    private final Forces forces;
    private final Clock clock;

    DirectiveInbox(JdbcClient jdbc, Forces forces, Clock clock) {
        this.jdbc = jdbc;
        this.forces = forces;
        this.clock = clock;
    }

    /** The directives that reached the signed-in person; opening the page marks the sent ones read. */
    @Transactional
    public List<Received> mine(CurrentUser user) {
        UUID[] members = forces.membershipsOf(user.getUsername()).toArray(UUID[]::new);
        if (members.length == 0) {
            return List.of();
        }
        jdbc.sql(
                        "update directive_recipient set state = 'READ', read_at = ? where member_id = any (?) and state = 'SENT'")
                .params(utc(clock.instant()), members)
                .update();
        return jdbc.sql("""
				select r.directive_id, e.title, d.text, d.issued_by, r.sent_at, r.state, a.name as backup_for_name
				from directive_recipient r join directive d on d.id = r.directive_id join emergency e on e.id = d.emergency_id
				left join forces_membership a on a.id = r.backup_for
				where r.member_id = any (?) order by r.sent_at desc limit 50
				""")
                .param(members)
                .query((rs, row) -> new Received(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        RecipientState.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    /** How many directives wait for the person's acknowledgement; unlike {@link #mine}, reading them marks nothing. */
    public long toAcknowledge(CurrentUser user) {
        UUID[] members = forces.membershipsOf(user.getUsername()).toArray(UUID[]::new);
        if (members.length == 0) {
            return 0;
        }
        return jdbc.sql(
                        "select count(*) from directive_recipient where member_id = any (?) and state in ('SENT', 'READ')")
                .param(members)
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
