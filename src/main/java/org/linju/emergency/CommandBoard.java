package org.linju.emergency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The live command board: acknowledgement per grid and per person for the emergency's directives, the directives
 * given, the forces available in the area, and the matters reported there since the emergency was declared. Every number is one grouped query over the recipients of this
 * emergency, so the board stays fast with tens of thousands of recipients.
 */
@Service
public class CommandBoard {

	/** Acknowledgement in one grid (or community, for people serving a whole community). */
	public record AreaLine(String code, @Nullable String name, long recipients, long read, long acknowledged,
			long unreachable) {
	}

	/** One person's state for one directive. */
	public record PersonLine(UUID directiveId, UUID memberId, String name, String kind, @Nullable String areaCode,
			RecipientState state, Instant sentAt, @Nullable Instant acknowledgedAt, @Nullable String backupForName,
			boolean reminded, @Nullable String note) {
	}

	/** Forces in the area by kind: how many there are, how many are available. */
	public record ForceLine(String kind, long members, long available) {
	}

	/** Everything the board shows. */
	public record Board(Emergency emergency, List<Directives.Summary> directives, List<AreaLine> areas,
			List<PersonLine> people, List<ForceLine> forces, List<AreaMatters.Line> matters) {
	}

	private final JdbcClient jdbc;
	private final Emergencies emergencies;
	private final Directives directives;
	private final List<AreaMatters> matters;

	CommandBoard(JdbcClient jdbc, Emergencies emergencies, Directives directives, List<AreaMatters> matters) {
		this.matters = matters;
		this.jdbc = jdbc;
		this.emergencies = emergencies;
		this.directives = directives;
	}

	/** The board; {@code area} narrows the per-person list to a grid or community (at most 300 people shown). */
	public Board board(CurrentUser viewer, UUID emergencyId, @Nullable String area) {
		Emergency emergency = emergencies.visible(viewer, emergencyId);
		String[] scope = viewer.scope().sqlPatterns();
		List<AreaLine> areas = jdbc.sql("""
				select coalesce(r.grid_code, r.community_code) as code, coalesce(g.name, c.name) as name,
				       count(*) as recipients, count(*) filter (where r.state = 'READ') as read,
				       count(*) filter (where r.state = 'ACKNOWLEDGED') as acknowledged,
				       count(*) filter (where r.state = 'UNREACHABLE') as unreachable
				from directive_recipient r join directive d on d.id = r.directive_id
				left join grid g on g.code = r.grid_code left join region c on c.code = r.community_code
				where d.emergency_id = :emergency and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
				group by 1, 2 order by 1
				""").param("emergency", emergencyId).param("scope", scope)
			.query((rs, row) -> new AreaLine(rs.getString("code"), rs.getString("name"), rs.getLong("recipients"),
					rs.getLong("read"), rs.getLong("acknowledged"), rs.getLong("unreachable")))
			.list();
		String[] people = area == null || area.isBlank() ? scope : new String[] { area.strip() + "%" };
		List<PersonLine> persons = jdbc.sql("""
				select r.directive_id, r.member_id, m.name, m.kind, coalesce(r.grid_code, r.community_code) as area_code,
				       r.state, r.sent_at, r.acknowledged_at, a.name as backup_for_name, r.reminded_at is not null as reminded,
				       r.note
				from directive_recipient r join directive d on d.id = r.directive_id
				join force_member m on m.id = r.member_id left join force_member a on a.id = r.backup_for
				where d.emergency_id = :emergency and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
				  and coalesce(r.grid_code, r.community_code) like any (cast(:people as text[]))
				order by d.issued_at desc, r.state = 'ACKNOWLEDGED', area_code, m.name limit 300
				""").param("emergency", emergencyId).param("scope", scope).param("people", people)
			.query((rs, row) -> new PersonLine(rs.getObject("directive_id", UUID.class), rs.getObject("member_id", UUID.class),
					rs.getString("name"), rs.getString("kind"), rs.getString("area_code"),
					RecipientState.valueOf(rs.getString("state")), rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("acknowledged_at", OffsetDateTime.class)), rs.getString("backup_for_name"),
					rs.getBoolean("reminded"), rs.getString("note")))
			.list();
		String[] areaPatterns = emergency.areaCodes().stream().map(code -> code + "%").toArray(String[]::new);
		List<ForceLine> forces = jdbc.sql("""
				select kind, count(*) as members, count(*) filter (where available) as available from force_member
				where coalesce(grid_code, community_code) like any (cast(:area as text[]))
				  and coalesce(grid_code, community_code) like any (cast(:scope as text[]))
				group by kind order by kind
				""").param("area", areaPatterns).param("scope", scope)
			.query((rs, row) -> new ForceLine(rs.getString("kind"), rs.getLong("members"), rs.getLong("available")))
			.list();
		Instant until = emergency.liftedAt() == null ? Instant.MAX : emergency.liftedAt();
		List<AreaMatters.Line> reported = matters.stream()
			.flatMap(source -> source.reportedIn(emergency.areaCodes(), emergency.declaredAt(), viewer.scope()).stream())
			.filter(line -> line.reportedAt().isBefore(until))
			.toList();
		return new Board(emergency, directives.of(viewer, emergencyId), areas, persons, forces, reported);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
