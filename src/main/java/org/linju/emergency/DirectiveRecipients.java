package org.linju.emergency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;
import org.linju.identity.OutOfScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a directive reaches: the fan-out in one statement to the acting holders of the chosen duty roles and the forces
 * of the chosen kinds in the target area, the hand-over to the backups (B) of those who do not answer, and the
 * {@link DirectiveSent} event naming the recipients who sign in to Linju.
 */
@Component
class DirectiveRecipients {

    /** Reads forces' published views, not its tables: one set-based statement for up to 15,000 people. */
    private static final String FAN_OUT = """
			insert into directive_recipient (directive_id, member_id, grid_code, community_code, state, sent_at,
			                                 unreachable_at, note)
			select :directive, m.id, m.grid_code, m.community_code, case when m.available then 'SENT' else 'UNREACHABLE' end,
			       :now, case when m.available then null else :now end, m.unavailable_note
			from forces_membership m
			where (m.kind = any (cast(:kinds as text[]))
			       and coalesce(m.grid_code, m.community_code) like any (cast(:targets as text[])))
			   or m.id in (select holder_id from forces_duty_holder
			               where role = any (cast(:roles as text[])) and grid_code like any (cast(:targets as text[])))
			on conflict do nothing
			""";

    /**
     * Reads forces' published view of available backups and the directive's target in the same statement as the
     * insert, so a B marked unavailable or a duty handed over meanwhile is seen by both. A grid duty counts when its
     * grid lies inside a target code; a committee seat when its community lies inside one or contains one (a directive
     * to a grid reaches its community's committee). Each B once, with one of the holders they back.
     */
    private static final String TO_BACKUPS = """
			with target as (select unnest(target_codes) as code from directive where id = :directive)
			insert into directive_recipient (directive_id, member_id, grid_code, community_code, state, sent_at, backup_for)
			select distinct on (b.backup_id) :directive, b.backup_id, b.grid_code, b.community_code, 'SENT', :now, b.holder_id
			from forces_duty_backup b
			where b.holder_id = any (cast(:holders as uuid[]))
			  and exists (select 1 from target t
			              where b.duty_code like t.code || '%' or (b.committee_seat and t.code like b.duty_code || '%'))
			order by b.backup_id
			on conflict do nothing
			returning member_id
			""";

    private static final String SENT_USERNAMES = """
			select m.account_username from directive_recipient r join forces_membership m on m.id = r.member_id
			where r.directive_id = :directive and m.account_username is not null and r.state = 'SENT'
			""";

    private static final String REMINDED_USERNAMES = """
			select m.account_username from directive_recipient r join forces_membership m on m.id = r.member_id
			where r.directive_id = :directive and m.account_username is not null
			  and r.reminded_at is not null and r.state in ('SENT', 'READ')
			""";

    private static final String BACKUP_USERNAMES = """
			select m.account_username from directive_recipient r join forces_membership m on m.id = r.member_id
			where r.directive_id = :directive and m.account_username is not null
			  and r.backup_for = any (cast(:holders as uuid[]))
			""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DirectiveRecipients(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Sends the directive to everyone it names in {@code area}, those unavailable as unreachable; how many. */
    int fanOut(UUID directive, List<String> area, Set<GovernanceRole> roles, Set<ForceKind> kinds, Instant now) {
        String[] patterns = area.stream().map(code -> code + "%").toArray(String[]::new);
        return jdbc.sql(FAN_OUT)
                .param("directive", directive)
                .param("now", utc(now))
                .param("targets", patterns)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
                .update();
    }

    /** The recipients of the directive who are unreachable. */
    UUID[] unreachable(UUID directive) {
        return jdbc.sql("select member_id from directive_recipient where directive_id = ? and state = 'UNREACHABLE'")
                .param(directive)
                .query(UUID.class)
                .list()
                .toArray(UUID[]::new);
    }

    /**
     * Sends the directive to the B of each of {@code holders}' duties inside the directive's target area (grid roles
     * and community committee seats), unless B already has it; the backups it reached.
     */
    List<UUID> toBackups(UUID directive, UUID[] holders, Instant now) {
        if (holders.length == 0) {
            return List.of();
        }
        return jdbc.sql(TO_BACKUPS)
                .param("directive", directive)
                .param("now", utc(now))
                .param("holders", holders)
                .query(UUID.class)
                .list();
    }

    /** Tells the recipients it was sent to (not those unreachable) that it came. */
    void announceSent(Emergency emergency, UUID directive, String text) {
        publish(emergency, directive, text, usernames(jdbc.sql(SENT_USERNAMES), directive), false);
    }

    /** Reminds the recipients who were reminded and have not acknowledged. */
    void remindPending(Emergency emergency, UUID directive, String text) {
        publish(emergency, directive, text, usernames(jdbc.sql(REMINDED_USERNAMES), directive), true);
    }

    /** Tells the backups of {@code holders} that the directive now came to them. */
    void announceToBackupsOf(Emergency emergency, UUID directive, String text, UUID... holders) {
        publish(
                emergency,
                directive,
                text,
                usernames(jdbc.sql(BACKUP_USERNAMES).param("holders", holders), directive),
                false);
    }

    /** The emergency the directive was given in; out of scope if there is no such directive. */
    UUID emergencyOf(UUID directive) {
        return jdbc.sql("select emergency_id from directive where id = ?")
                .param(directive)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new OutOfScope("directive"));
    }

    String textOf(UUID directive) {
        return jdbc.sql("select text from directive where id = ?")
                .param(directive)
                .query(String.class)
                .single();
    }

    private static List<String> usernames(JdbcClient.StatementSpec query, UUID directive) {
        return query.param("directive", directive).query(String.class).list();
    }

    private void publish(Emergency emergency, UUID directive, String text, List<String> usernames, boolean reminder) {
        if (!usernames.isEmpty()) {
            events.publishEvent(
                    new DirectiveSent(emergency.id(), directive, emergency.title() + "：" + text, usernames, reminder));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
