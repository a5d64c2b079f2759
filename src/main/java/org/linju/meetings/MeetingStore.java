package org.linju.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings and their attendees ({@code meeting}, {@code meeting_attendee}, {@code meeting_agenda_matter}). */
@Repository
class MeetingStore {

    /** A meeting row without its lists. */
    record Head(
            UUID id,
            MeetingKind kind,
            String areaCode,
            String communityCode,
            String title,
            Instant startsAt,
            String place,
            String state,
            @Nullable String minutes,
            String organiser) {}

    /** An attendee to store, with the account resolved from the register. */
    record NewAttendee(
            @Nullable UUID forceMemberId,
            @Nullable UUID accountId,
            @Nullable String accountUsername,
            String name,
            AttendeeRole role,
            @Nullable String gridCode) {}

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Head head, Instant now, List<NewAttendee> attendees) {
        jdbc.sql("""
				insert into meeting (id, kind, area_code, community_code, title, starts_at, place, organiser, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        head.id(),
                        head.kind().name(),
                        head.areaCode(),
                        head.communityCode(),
                        head.title(),
                        utc(head.startsAt()),
                        head.place(),
                        head.organiser(),
                        utc(now))
                .update();
        addAttendees(head.id(), 0, attendees);
    }

    void addAttendees(UUID meeting, int after, List<NewAttendee> attendees) {
        int seq = after;
        for (NewAttendee a : attendees) {
            seq++;
            jdbc.sql("""
					insert into meeting_attendee (meeting_id, seq, force_member_id, account_id, account_username, name,
					                              role, grid_code)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
                    .params(
                            meeting,
                            seq,
                            a.forceMemberId(),
                            a.accountId(),
                            a.accountUsername(),
                            a.name(),
                            a.role().name(),
                            a.gridCode())
                    .update();
        }
    }

    Optional<Head> find(UUID id) {
        return jdbc.sql("select * from meeting where id = ?")
                .param(id)
                .query(this::head)
                .optional();
    }

    /** Locks the meeting's row while a step decides on its state. */
    Optional<Head> lock(UUID id) {
        return jdbc.sql("select * from meeting where id = ? for update")
                .param(id)
                .query(this::head)
                .optional();
    }

    List<Attendee> attendees(UUID meeting) {
        return jdbc.sql("select * from meeting_attendee where meeting_id = ? order by seq")
                .param(meeting)
                .query((rs, row) -> new Attendee(
                        rs.getInt("seq"),
                        rs.getObject("force_member_id", UUID.class),
                        rs.getString("account_username"),
                        rs.getString("name"),
                        AttendeeRole.valueOf(rs.getString("role")),
                        rs.getString("grid_code"),
                        instant(rs, "signed_in_at"),
                        rs.getString("signed_by")))
                .list();
    }

    /** Records attendance once: a second sign-in keeps the first time. */
    boolean signIn(UUID meeting, int seq, Instant at, String by) {
        return jdbc.sql("""
						update meeting_attendee set signed_in_at = ?, signed_by = ?
						where meeting_id = ? and seq = ? and signed_in_at is null
						""").params(utc(at), by, meeting, seq).update() == 1;
    }

    void markAbsent(UUID meeting, int seq) {
        jdbc.sql("update meeting_attendee set signed_in_at = null, signed_by = null where meeting_id = ? and seq = ?")
                .params(meeting, seq)
                .update();
    }

    void hold(UUID meeting, String minutes, Instant at, List<AgendaMatter> agenda) {
        jdbc.sql("update meeting set state = 'HELD', minutes = ?, held_at = ? where id = ?")
                .params(minutes, utc(at), meeting)
                .update();
        for (AgendaMatter m : agenda) {
            jdbc.sql("""
					insert into meeting_agenda_matter (meeting_id, matter_id, tracking_code, colour, category_name, grid_code)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing
					""")
                    .params(meeting, m.matterId(), m.trackingCode(), m.colour(), m.categoryName(), m.gridCode())
                    .update();
        }
    }

    void updateMinutes(UUID meeting, String minutes) {
        jdbc.sql("update meeting set minutes = ? where id = ?")
                .params(minutes, meeting)
                .update();
    }

    void cancel(UUID meeting) {
        jdbc.sql("update meeting set state = 'CANCELLED' where id = ?")
                .param(meeting)
                .update();
    }

    List<AgendaMatter> keptAgenda(UUID meeting) {
        return jdbc.sql("""
				select * from meeting_agenda_matter where meeting_id = ?
				order by case colour when 'RED' then 0 else 1 end, tracking_code
				""")
                .param(meeting)
                .query((rs, row) -> new AgendaMatter(
                        rs.getObject("matter_id", UUID.class),
                        rs.getString("tracking_code"),
                        rs.getString("colour"),
                        rs.getString("category_name"),
                        rs.getString("grid_code")))
                .list();
    }

    private Head head(ResultSet rs, int row) throws SQLException {
        return new Head(
                rs.getObject("id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("area_code"),
                rs.getString("community_code"),
                rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getString("place"),
                rs.getString("state"),
                rs.getString("minutes"),
                rs.getString("organiser"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
