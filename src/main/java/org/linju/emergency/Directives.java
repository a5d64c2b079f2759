package org.linju.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directives in "1+2" mode: fanned out in one statement to the acting holders of the chosen duty roles and the
 * forces of the chosen kinds in the target area, each person with a state. A person marked unavailable, or who has
 * not acknowledged within the directive's minutes, is reminded and the directive goes to their backup (B) too.
 */
@Service
public class Directives {

	/** One directive with its counts. */
	public record Summary(UUID id, String text, String issuedBy, Instant issuedAt, int ackMinutes, long recipients,
			long read, long acknowledged, long unreachable) {
	}

	/** A directive as its recipient sees it. */
	public record Received(UUID directiveId, String emergencyTitle, String text, String issuedBy, Instant sentAt,
			RecipientState state, @Nullable String backupForName) {
	}

	/** Staff who may mark a person unavailable or acknowledged by phone from the board. */
	static final Set<Role> COORDINATORS = EnumSet.of(Role.DISTRICT_ADMIN, Role.LIAISON_LEADER,
			Role.COMMUNITY_SECRETARY, Role.GRID_LEADER, Role.STREET_STAFF);

	private static final String FAN_OUT = """
			insert into directive_recipient (directive_id, member_id, grid_code, community_code, state, sent_at,
			                                 unreachable_at, note)
			select :directive, m.id, m.grid_code, m.community_code, case when m.available then 'SENT' else 'UNREACHABLE' end,
			       :now, case when m.available then null else :now end, m.unavailable_note
			from force_member m
			where (m.kind = any (cast(:kinds as text[]))
			       and coalesce(m.grid_code, m.community_code) like any (cast(:targets as text[])))
			   or m.id in (select holder_id from grid_duty
			               where role = any (cast(:roles as text[])) and grid_code like any (cast(:targets as text[])))
			on conflict do nothing
			""";

	/**
	 * Sends the directive to the B of each of {@code holders}' duties inside the directive's target area (grid roles
	 * and community committee seats), unless B already has it.
	 */
	private static final String TO_BACKUPS = """
			with target as (select unnest(target_codes) as code from directive where id = :directive),
			duties as (
			    select d.holder_id, d.backup_id from grid_duty d
			    where d.holder_id = any (cast(:holders as uuid[]))
			      and exists (select 1 from target t where d.grid_code like t.code || '%')
			    union all
			    select c.holder_id, c.backup_id from community_duty c
			    where c.holder_id = any (cast(:holders as uuid[]))
			      and exists (select 1 from target t where c.community_code like t.code || '%' or t.code like c.community_code || '%')
			)
			insert into directive_recipient (directive_id, member_id, grid_code, community_code, state, sent_at, backup_for)
			select distinct on (b.id) :directive, b.id, b.grid_code, b.community_code, 'SENT', :now, d.holder_id
			from duties d join force_member b on b.id = d.backup_id
			where b.available
			order by b.id
			on conflict do nothing
			returning member_id
			""";

	private final JdbcClient jdbc;
	private final Emergencies emergencies;
	private final Forces forces;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Directives(JdbcClient jdbc, Emergencies emergencies, Forces forces, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.emergencies = emergencies;
		this.forces = forces;
		this.events = events;
		this.clock = clock;
	}

	/** Issues a directive and fans it out to its recipients (and the backups of those unavailable); returns its id. */
	@Transactional
	public UUID issue(CurrentUser by, UUID emergencyId, String text, List<String> targets, Set<GovernanceRole> roles,
			Set<ForceKind> kinds, int ackMinutes) {
		Emergency emergency = emergencies.visible(by, emergencyId);
		if (!Emergencies.COMMANDERS.contains(by.role())) {
			throw new OutOfScope("directive");
		}
		if (!emergencies.lockActive(emergencyId)) {
			throw new EmergencyRefused("emergency.notActive");
		}
		if (text.isBlank() || text.length() > 1000 || (roles.isEmpty() && kinds.isEmpty()) || ackMinutes < 1
				|| ackMinutes > 1440) {
			throw new EmergencyRefused("directive.incomplete");
		}
		List<String> area = targets.isEmpty() ? emergency.areaCodes() : targets;
		for (String code : area) {
			boolean inside = RegionCode.isValid(code) && emergency.areaCodes().stream().anyMatch(code::startsWith);
			if (!inside || !by.scope().covers(RegionCode.of(code))) {
				throw new EmergencyRefused("directive.outsideArea");
			}
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into directive (id, emergency_id, text, target_codes, roles, kinds, ack_minutes, issued_by, issued_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, emergencyId, text.strip(), area.toArray(String[]::new),
				roles.stream().map(Enum::name).toArray(String[]::new), kinds.stream().map(Enum::name).toArray(String[]::new),
				ackMinutes, by.getUsername(), utc(now)).update();
		String[] patterns = area.stream().map(code -> code + "%").toArray(String[]::new);
		int reached = jdbc.sql(FAN_OUT)
			.param("directive", id).param("now", utc(now)).param("targets", patterns)
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
			.update();
		UUID[] unavailable = jdbc.sql("select member_id from directive_recipient where directive_id = ? and state = 'UNREACHABLE'")
			.param(id).query(UUID.class).list().toArray(UUID[]::new);
		int backups = toBackups(id, unavailable, now).size();
		emergencies.log(emergencyId, by.getUsername(), "directive", reached + backups + " · " + text.strip());
		notify(emergency, id, text.strip(), "state = 'SENT'", false);
		return id;
	}

	public List<Summary> of(CurrentUser viewer, UUID emergencyId) {
		emergencies.visible(viewer, emergencyId);
		return jdbc.sql("""
				select d.id, d.text, d.issued_by, d.issued_at, d.ack_minutes, count(r.member_id) as recipients,
				       count(*) filter (where r.state = 'READ') as read,
				       count(*) filter (where r.state = 'ACKNOWLEDGED') as acknowledged,
				       count(*) filter (where r.state = 'UNREACHABLE') as unreachable
				from directive d left join directive_recipient r on r.directive_id = d.id
				where d.emergency_id = ? group by d.id order by d.issued_at desc
				""").param(emergencyId)
			.query((rs, row) -> new Summary(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("issued_by"),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getInt("ack_minutes"),
					rs.getLong("recipients"), rs.getLong("read"), rs.getLong("acknowledged"), rs.getLong("unreachable")))
			.list();
	}

	/** The directives that reached the signed-in person; opening the page marks the sent ones read. */
	@Transactional
	public List<Received> mine(CurrentUser user) {
		UUID[] members = forces.membershipsOf(user.getUsername()).toArray(UUID[]::new);
		if (members.length == 0) {
			return List.of();
		}
		jdbc.sql("update directive_recipient set state = 'READ', read_at = ? where member_id = any (?) and state = 'SENT'")
			.params(utc(clock.instant()), members).update();
		return jdbc.sql("""
				select r.directive_id, e.title, d.text, d.issued_by, r.sent_at, r.state, a.name as backup_for_name
				from directive_recipient r join directive d on d.id = r.directive_id join emergency e on e.id = d.emergency_id
				left join force_member a on a.id = r.backup_for
				where r.member_id = any (?) order by r.sent_at desc limit 50
				""").param(members)
			.query((rs, row) -> new Received(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), RecipientState.valueOf(rs.getString(6)),
					rs.getString(7)))
			.list();
	}

	/** The recipient acknowledges (确认收到). */
	@Transactional
	public void acknowledge(CurrentUser user, UUID directiveId) {
		List<UUID> members = forces.membershipsOf(user.getUsername());
		UUID member = jdbc.sql("select member_id from directive_recipient where directive_id = ? and member_id = any (?) limit 1")
			.params(directiveId, members.toArray(UUID[]::new)).query(UUID.class).optional()
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
				""").params(utc(now), reason.strip(), memberId).query(UUID.class).list();
		List<UUID> reachedBackups = new java.util.ArrayList<>();
		for (UUID directive : pending) {
			reachedBackups.addAll(toBackups(directive, new UUID[] { memberId }, now));
			notify(emergencies.find(emergencyOf(directive)), directive, textOf(directive),
					"backup_for = any (cast(:members as uuid[]))", false, memberId);
		}
		emergencies.log(emergencyId, by.getUsername(), "unavailable",
				forces.member(memberId).map(ForceMember::name).orElse("?") + " · " + reason.strip());
		return reachedBackups;
	}

	/**
	 * Reminds whoever has not acknowledged within the directive's minutes and sends the directive to their B; a
	 * role holder who stays silent is marked unavailable, so their roles (and new work) switch to B, recorded.
	 */
	@Scheduled(fixedDelayString = "${linju.emergency.reminder-interval:30s}", initialDelayString = "20s")
	@Transactional
	public int remindOverdue() {
		Instant now = clock.instant();
		List<Object[]> overdue = jdbc.sql("""
				update directive_recipient r set reminded_at = :now
				from directive d join emergency e on e.id = d.emergency_id
				where d.id = r.directive_id and e.lifted_at is null and r.state in ('SENT', 'READ') and r.reminded_at is null
				  and r.sent_at + make_interval(mins => d.ack_minutes) < :now
				returning r.directive_id, r.member_id
				""").param("now", utc(now))
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.list();
		overdue.stream().collect(java.util.stream.Collectors.groupingBy(row -> (UUID) row[0])).forEach((directive, rows) -> {
			UUID[] members = rows.stream().map(row -> (UUID) row[1]).toArray(UUID[]::new);
			for (UUID member : members) {
				if (!forces.backupsOf(member).isEmpty()) {
					forces.markUnreachable(member, "应急指令超时未确认");
				}
			}
			toBackups(directive, members, now);
			Emergency emergency = emergencies.find(emergencyOf(directive));
			emergencies.log(emergency.id(), "system", "reminded", members.length + " · " + textOf(directive));
			notify(emergency, directive, textOf(directive), "reminded_at is not null and state in ('SENT', 'READ')", true);
			notify(emergency, directive, textOf(directive), "backup_for = any (cast(:members as uuid[]))", false, members);
		});
		return overdue.size();
	}

	private void acknowledge(UUID directiveId, UUID memberId, String actor, @Nullable String note) {
		int changed = jdbc.sql("""
				update directive_recipient set state = 'ACKNOWLEDGED', acknowledged_at = ?, note = coalesce(?, note)
				where directive_id = ? and member_id = ? and state in ('SENT', 'READ')
				""").params(utc(clock.instant()), note, directiveId, memberId).update();
		if (changed != 1) {
			throw new EmergencyRefused("directive.notPending");
		}
		emergencies.log(emergencyOf(directiveId), actor, "acknowledged",
				forces.member(memberId).map(ForceMember::name).orElse("?"));
	}

	private List<UUID> toBackups(UUID directive, UUID[] holders, Instant now) {
		if (holders.length == 0) {
			return List.of();
		}
		return jdbc.sql(TO_BACKUPS).param("directive", directive).param("now", utc(now)).param("holders", holders)
			.query(UUID.class).list();
	}

	private UUID coordinatorFor(CurrentUser by, UUID directiveId, UUID memberId) {
		UUID emergencyId = emergencyOf(directiveId);
		emergencies.visible(by, emergencyId);
		ForceMember member = forces.member(memberId).orElseThrow(() -> new OutOfScope("directive"));
		String node = member.gridCode() == null ? member.communityCode() : member.gridCode();
		if (!COORDINATORS.contains(by.role()) || !by.scope().covers(RegionCode.of(node))) {
			throw new OutOfScope("directive");
		}
		return emergencyId;
	}

	private UUID emergencyOf(UUID directive) {
		return jdbc.sql("select emergency_id from directive where id = ?").param(directive).query(UUID.class).optional()
			.orElseThrow(() -> new OutOfScope("directive"));
	}

	private String textOf(UUID directive) {
		return jdbc.sql("select text from directive where id = ?").param(directive).query(String.class).single();
	}

	private void notify(Emergency emergency, UUID directive, String text, String which, boolean reminder, UUID... members) {
		List<String> usernames = jdbc.sql("""
				select m.account_username from directive_recipient r join force_member m on m.id = r.member_id
				where r.directive_id = :directive and m.account_username is not null and\s""" + which)
			.param("directive", directive)
			.param("members", members)
			.query(String.class)
			.list();
		if (!usernames.isEmpty()) {
			events.publishEvent(new DirectiveSent(emergency.id(), directive, emergency.title() + "：" + text, usernames, reminder));
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
