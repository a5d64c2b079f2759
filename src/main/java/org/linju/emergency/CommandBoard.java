package org.linju.emergency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceStrength;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
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

    /** Counts only: the names come from grid ({@link AreaNames}), read once per area, not once per recipient. */
    private static final String ACKNOWLEDGEMENT_BY_AREA = """
			select coalesce(r.grid_code, r.community_code) as code, count(*) as recipients,
			       count(*) filter (where r.state = 'READ') as read,
			       count(*) filter (where r.state = 'ACKNOWLEDGED') as acknowledged,
			       count(*) filter (where r.state = 'UNREACHABLE') as unreachable
			from directive_recipient r
			where r.directive_id in (select id from directive where emergency_id = :emergency)
			  and coalesce(r.grid_code, r.community_code) like any (cast(:scope as text[]))
			group by 1 order by 1
			""";

    /** Picks the page of people before joining their names (forces' published view), and sorts by code, not name. */
    private static final String PEOPLE = """
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
			from top t join forces_membership m on m.id = t.member_id left join forces_membership a on a.id = t.backup_for
			order by t.issued_at desc, t.state = 'ACKNOWLEDGED', t.area_code collate "C", t.member_id
			""";

    private final JdbcClient jdbc;
    private final Emergencies emergencies;
    private final AreaNames areaNames;
    private final ForceStrength strength;
    private final List<AreaMatters> matters;

    CommandBoard(
            JdbcClient jdbc,
            Emergencies emergencies,
            AreaNames areaNames,
            ForceStrength strength,
            List<AreaMatters> matters) {
        this.matters = matters;
        this.jdbc = jdbc;
        this.emergencies = emergencies;
        this.areaNames = areaNames;
        this.strength = strength;
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
        String[] peopleArea = area == null || area.isBlank() ? scope : new String[] {area.strip() + "%"};
        // Why someone is unavailable (sick, on leave) is for coordinators, as in the emergency log.
        boolean seesReasons = Directives.COORDINATORS.contains(viewer.role());
        return new Board(
                emergency,
                directives(emergencyId),
                acknowledgementByArea(emergencyId, scope),
                people(emergencyId, scope, peopleArea, peopleLimit, seesReasons),
                forcesInArea(emergency, viewer.scope()),
                mattersReportedDuring(emergency, viewer.scope()));
    }

    /** Acknowledgement per grid or community inside the viewer's scope, with the area's name. */
    private List<AreaLine> acknowledgementByArea(UUID emergencyId, String[] scope) {
        List<AreaLine> counts = jdbc.sql(ACKNOWLEDGEMENT_BY_AREA)
                .param("emergency", emergencyId)
                .param("scope", scope)
                .query((rs, row) -> new AreaLine(
                        rs.getString("code"),
                        null,
                        rs.getLong("recipients"),
                        rs.getLong("read"),
                        rs.getLong("acknowledged"),
                        rs.getLong("unreachable")))
                .list();
        Map<String, String> names =
                areaNames.of(counts.stream().map(AreaLine::code).toList());
        return counts.stream()
                .map(line -> new AreaLine(
                        line.code(),
                        names.get(line.code()),
                        line.recipients(),
                        line.read(),
                        line.acknowledged(),
                        line.unreachable()))
                .toList();
    }

    /** Each recipient's state, newest directive first and those still to acknowledge first, up to {@code limit}. */
    private List<PersonLine> people(
            UUID emergencyId, String[] scope, String[] peopleArea, int limit, boolean seesReasons) {
        return jdbc.sql(PEOPLE)
                .param("emergency", emergencyId)
                .param("scope", scope)
                .param("people", peopleArea)
                .param("limit", limit)
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
    }

    /** The forces in the emergency's area (and the viewer's scope) by kind, with how many are available. */
    private List<ForceLine> forcesInArea(Emergency emergency, GridScope scope) {
        return strength.byKind(emergency.areaCodes(), scope).stream()
                .map(line -> new ForceLine(line.kind().name(), line.members(), line.available()))
                .toList();
    }

    /** The matters reported in the emergency's area from its declaration until it was lifted. */
    private List<AreaMatters.Line> mattersReportedDuring(Emergency emergency, GridScope scope) {
        Instant until = emergency.liftedAt() == null ? Instant.MAX : emergency.liftedAt();
        return matters.stream()
                .flatMap(source -> source.reportedIn(emergency.areaCodes(), emergency.declaredAt(), scope).stream())
                .filter(line -> line.reportedAt().isBefore(until))
                .toList();
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
