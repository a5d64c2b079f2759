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

    /** One directive with its counts. */
    public record DirectiveLine(
            UUID id,
            String text,
            String issuedBy,
            Instant issuedAt,
            int ackMinutes,
            long recipients,
            long read,
            long acknowledged,
            long unreachable) {}

    /** Acknowledgement in one grid (or community, for people serving a whole community). */
    public record AreaLine(
            String code, @Nullable String name, long recipients, long read, long acknowledged, long unreachable) {}

    /** One person's state for one directive; the note (why they are unavailable) only for coordinators. */
    public record PersonLine(
            UUID directiveId,
            UUID memberId,
            String name,
            String kind,
            @Nullable String areaCode,
            RecipientState state,
            Instant sentAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String backupForName,
            boolean reminded,
            @Nullable String note) {}

    /** Forces in the area by kind: how many there are, how many are available. */
    public record ForceLine(String kind, long members, long available) {}

    /** Everything the board shows. */
    public record Board(
            Emergency emergency,
            List<DirectiveLine> directives,
            List<AreaLine> areas,
            List<PersonLine> people,
            List<ForceLine> forces,
            List<AreaMatters.Line> matters) {}

    static final int PEOPLE_WITHOUT_AREA = 50;
    static final int PEOPLE_IN_AREA = 300;
    static final int PEOPLE_IN_REVIEW = 20_000;

    private final JdbcClient jdbc;
    private final Emergencies emergencies;
    private final List<AreaMatters> matters;

    CommandBoard(JdbcClient jdbc, Emergencies emergencies, List<AreaMatters> matters) {
        this.matters = matters;
        this.jdbc = jdbc;
        this.emergencies = emergencies;
    }

    /**
     * The board; {@code area} narrows the per-person list to a grid or community. Without it the list shows the
     * first {@value #PEOPLE_WITHOUT_AREA} people still to acknowledge (the per-area table counts everyone).
     */
    public Board board(CurrentUser viewer, UUID emergencyId, @Nullable String area) {
        return board(viewer, emergencyId, area, area == null || area.isBlank() ? PEOPLE_WITHOUT_AREA : PEOPLE_IN_AREA);
    }

    /** For the post-event review: everyone who received a directive, up to {@value #PEOPLE_IN_REVIEW}. */
    public Board review(CurrentUser viewer, UUID emergencyId) {
        return board(viewer, emergencyId, null, PEOPLE_IN_REVIEW);
    }

    private Board board(CurrentUser viewer, UUID emergencyId, @Nullable String area, int peopleLimit) {
        Emergency emergency = emergencies.visible(viewer, emergencyId);
        String[] scope = viewer.scope().sqlPatterns();
        List<AreaLine> areas = jdbc.sql("""
				with counts as (
				    select coalesce(r.grid_code, r.community_code) as code, count(*) as recipients,
				           count(*) filter (where r.state = 'READ') as read,
				           count(*) filter (where r.state = 'ACKNOWLEDGED') as acknowledged,
				           count(*) filter (where r.state = 'UNREACHABLE') as unreachable
				    from directive_recipient r
				    where r.directive_id in (select id from directive where emergency_id = :emergency)
				      and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
				    group by 1
				)
				select c.*, coalesce(g.name, n.name) as name from counts c
				left join grid g on g.code = c.code left join region n on n.code = c.code
				order by c.code
				""")
                .param("emergency", emergencyId)
                .param("scope", scope)
                .query((rs, row) -> new AreaLine(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getLong("recipients"),
                        rs.getLong("read"),
                        rs.getLong("acknowledged"),
                        rs.getLong("unreachable")))
                .list();
        String[] people = area == null || area.isBlank() ? scope : new String[] {area.strip() + "%"};
        // Why someone is unavailable (sick, on leave) is for coordinators, as in the emergency log.
        boolean seesReasons = Directives.COORDINATORS.contains(viewer.role());
        List<PersonLine> persons = jdbc.sql("""
				with top as (
				    select r.*, d.issued_at, coalesce(r.grid_code, r.community_code) as area_code
				    from directive_recipient r join directive d on d.id = r.directive_id
				    where d.emergency_id = :emergency
				      and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
				      and coalesce(r.grid_code, r.community_code) like any (cast(:people as text[]))
				    order by d.issued_at desc, r.state = 'ACKNOWLEDGED', coalesce(r.grid_code, r.community_code) collate "C", r.member_id
				    limit :limit
				)
				select t.directive_id, t.member_id, m.name, m.kind, t.area_code, t.state, t.sent_at, t.acknowledged_at,
				       a.name as backup_for_name, t.reminded_at is not null as reminded, t.note
				from top t join force_member m on m.id = t.member_id left join force_member a on a.id = t.backup_for
				order by t.issued_at desc, t.state = 'ACKNOWLEDGED', t.area_code collate "C", t.member_id
				""")
                .param("emergency", emergencyId)
                .param("scope", scope)
                .param("people", people)
                .param("limit", peopleLimit)
                .query((rs, row) -> new PersonLine(
                        rs.getObject("directive_id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("area_code"),
                        RecipientState.valueOf(rs.getString("state")),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
                        rs.getString("backup_for_name"),
                        rs.getBoolean("reminded"),
                        seesReasons ? rs.getString("note") : null))
                .list();
        String[] areaPatterns =
                emergency.areaCodes().stream().map(code -> code + "%").toArray(String[]::new);
        List<ForceLine> forces = jdbc.sql("""
				select kind, count(*) as members, count(*) filter (where available) as available from force_member
				where coalesce(grid_code, community_code) like any (cast(:area as text[]))
				  and coalesce(grid_code, community_code) like any (cast(:scope as text[]))
				group by kind order by kind
				""")
                .param("area", areaPatterns)
                .param("scope", scope)
                .query((rs, row) -> new ForceLine(rs.getString("kind"), rs.getLong("members"), rs.getLong("available")))
                .list();
        Instant until = emergency.liftedAt() == null ? Instant.MAX : emergency.liftedAt();
        List<AreaMatters.Line> reported = matters.stream()
                .flatMap(source ->
                        source.reportedIn(emergency.areaCodes(), emergency.declaredAt(), viewer.scope()).stream())
                .filter(line -> line.reportedAt().isBefore(until))
                .toList();
        return new Board(emergency, directives(emergencyId), areas, persons, forces, reported);
    }

    /** The emergency's directives, newest first, with their counts (the caller has checked the viewer sees it). */
    private List<DirectiveLine> directives(UUID emergencyId) {
        return jdbc.sql("""
				select d.id, d.text, d.issued_by, d.issued_at, d.ack_minutes, count(r.member_id) as recipients,
				       count(*) filter (where r.state = 'READ') as read,
				       count(*) filter (where r.state = 'ACKNOWLEDGED') as acknowledged,
				       count(*) filter (where r.state = 'UNREACHABLE') as unreachable
				from directive d left join directive_recipient r on r.directive_id = d.id
				where d.emergency_id = ? group by d.id order by d.issued_at desc
				""")
                .param(emergencyId)
                .query((rs, row) -> new DirectiveLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("text"),
                        rs.getString("issued_by"),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("ack_minutes"),
                        rs.getLong("recipients"),
                        rs.getLong("read"),
                        rs.getLong("acknowledged"),
                        rs.getLong("unreachable")))
                .list();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
