package org.linju.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.ForceMember;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directives in "1+2" mode: a commander issues one to the acting holders of the chosen duty roles and the forces of
 * the chosen kinds in the target area (fanned out by {@code DirectiveRecipients}), each person with a state. They
 * acknowledge it themselves or a coordinator does so for them by phone; a person marked unavailable, or who has not
 * acknowledged within the directive's minutes ({@code DirectiveReminders}), is reminded and the directive goes to
 * their backup (B) too.
 */
@Service
public class Directives {

    /** Staff who may mark a person unavailable or acknowledged by phone from the board. */
    static final Set<Role> COORDINATORS = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER, Role.STREET_STAFF);

    private static final String ISSUE = """
			insert into directive (id, emergency_id, text, target_codes, roles, kinds, ack_minutes, issued_by, issued_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

    private final JdbcClient jdbc;
    private final Emergencies emergencies;
    private final DirectiveRecipients recipients;
    private final Forces forces;
    private final Clock clock;

    Directives(JdbcClient jdbc, Emergencies emergencies, DirectiveRecipients recipients, Forces forces, Clock clock) {
        this.jdbc = jdbc;
        this.emergencies = emergencies;
        this.recipients = recipients;
        this.forces = forces;
        this.clock = clock;
    }

    /** Issues a directive and fans it out to its recipients (and the backups of those unavailable); returns its id. */
    @Transactional
    public UUID issue(
            CurrentUser by,
            UUID emergencyId,
            String text,
            List<String> targets,
            Set<GovernanceRole> roles,
            Set<ForceKind> kinds,
            int ackMinutes) {
        Emergency emergency = lockActiveFor(by, emergencyId);
        if (!complete(text, roles, kinds, ackMinutes)) {
            throw new EmergencyRefused("directive.incomplete");
        }
        List<String> area = area(by, emergency, targets);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql(ISSUE)
                .params(
                        id,
                        emergencyId,
                        text.strip(),
                        area.toArray(String[]::new),
                        roles.stream().map(Enum::name).toArray(String[]::new),
                        kinds.stream().map(Enum::name).toArray(String[]::new),
                        ackMinutes,
                        by.getUsername(),
                        utc(now))
                .update();
        int reached = recipients.fanOut(id, area, roles, kinds, now);
        int backups = recipients.toBackups(id, recipients.unreachable(id), now).size();
        emergencies.log(emergencyId, by.getUsername(), "directive", reached + backups + " · " + text.strip());
        recipients.announceSent(emergency, id, text.strip());
        return id;
    }

    /** The recipient acknowledges (确认收到). */
    @Transactional
    public void acknowledge(CurrentUser user, UUID directiveId) {
        List<UUID> members = forces.membershipsOf(user.getUsername());
        UUID member = jdbc.sql(
                        "select member_id from directive_recipient where directive_id = ? and member_id = any (?) limit 1")
                .params(directiveId, members.toArray(UUID[]::new))
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new OutOfScope("directive"));
        acknowledge(directiveId, member, user.getUsername(), null);
    }

    /** A coordinator records an acknowledgement given by phone. */
    @Transactional
    public void acknowledgeFor(CurrentUser by, UUID directiveId, UUID memberId) {
        coordinatorFor(by, directiveId, memberId);
        acknowledge(directiveId, memberId, by.getUsername(), "by " + by.getUsername());
    }

    /** Marks a recipient unavailable: their pending directives in active emergencies go to their B at once. */
    @Transactional
    public List<UUID> markUnavailable(CurrentUser by, UUID directiveId, UUID memberId, String reason) {
        UUID emergencyId = coordinatorFor(by, directiveId, memberId);
        if (reason.isBlank() || reason.length() > 200) {
            throw new EmergencyRefused("directive.reasonMissing");
        }
        forces.markUnavailable(by, memberId, reason);
        Instant now = clock.instant();
        List<UUID> pending = jdbc.sql("""
				update directive_recipient set state = 'UNREACHABLE', unreachable_at = ?, note = ?
				where member_id = ? and state in ('SENT', 'READ')
				  and directive_id in (select d.id from directive d join emergency e on e.id = d.emergency_id
				                       where e.lifted_at is null)
				returning directive_id
				""")
                .params(utc(now), reason.strip(), memberId)
                .query(UUID.class)
                .list();
        List<UUID> reachedBackups = new ArrayList<>();
        for (UUID directive : pending) {
            reachedBackups.addAll(recipients.toBackups(directive, new UUID[] {memberId}, now));
            recipients.announceToBackupsOf(
                    emergencies.find(recipients.emergencyOf(directive)),
                    directive,
                    recipients.textOf(directive),
                    memberId);
        }
        emergencies.log(
                emergencyId,
                by.getUsername(),
                "unavailable",
                forces.member(memberId).map(ForceMember::name).orElse("?") + " · " + reason.strip());
        return reachedBackups;
    }

    /** The emergency, seen by a commander, locked while it is active so that no directive races its lift. */
    private Emergency lockActiveFor(CurrentUser commander, UUID emergencyId) {
        Emergency emergency = emergencies.visible(commander, emergencyId);
        if (!Emergencies.COMMANDERS.contains(commander.role())) {
            throw new OutOfScope("directive");
        }
        if (!emergencies.lockActive(emergencyId)) {
            throw new EmergencyRefused("emergency.notActive");
        }
        return emergency;
    }

    /** A directive needs a text, someone to reach (by role or kind), and between a minute and a day to answer. */
    private static boolean complete(String text, Set<GovernanceRole> roles, Set<ForceKind> kinds, int ackMinutes) {
        return !text.isBlank()
                && text.length() <= 1000
                && !(roles.isEmpty() && kinds.isEmpty())
                && ackMinutes >= 1
                && ackMinutes <= 1440;
    }

    /** The target area: {@code targets}, or the emergency's whole area; each code inside it and the issuer's scope. */
    private static List<String> area(CurrentUser by, Emergency emergency, List<String> targets) {
        List<String> area = targets.isEmpty() ? emergency.areaCodes() : targets;
        for (String code : area) {
            boolean inside =
                    RegionCode.isValid(code) && emergency.areaCodes().stream().anyMatch(code::startsWith);
            if (!inside || !by.scope().covers(RegionCode.of(code))) {
                throw new EmergencyRefused("directive.outsideArea");
            }
        }
        return area;
    }

    private void acknowledge(UUID directiveId, UUID memberId, String actor, @Nullable String note) {
        int changed = jdbc.sql("""
				update directive_recipient set state = 'ACKNOWLEDGED', acknowledged_at = ?, note = coalesce(?, note)
				where directive_id = ? and member_id = ? and state in ('SENT', 'READ')
				""")
                .params(utc(clock.instant()), note, directiveId, memberId)
                .update();
        if (changed != 1) {
            throw new EmergencyRefused("directive.notPending");
        }
        emergencies.log(
                recipients.emergencyOf(directiveId),
                actor,
                "acknowledged",
                forces.member(memberId).map(ForceMember::name).orElse("?"));
    }

    private UUID coordinatorFor(CurrentUser by, UUID directiveId, UUID memberId) {
        UUID emergencyId = recipients.emergencyOf(directiveId);
        emergencies.visible(by, emergencyId);
        ForceMember member = forces.member(memberId).orElseThrow(() -> new OutOfScope("directive"));
        String node = member.gridCode() == null ? member.communityCode() : member.gridCode();
        if (!COORDINATORS.contains(by.role()) || !by.scope().covers(RegionCode.of(node))) {
            throw new OutOfScope("directive");
        }
        return emergencyId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
