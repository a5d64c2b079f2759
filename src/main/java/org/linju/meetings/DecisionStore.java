package org.linju.meetings;

import static org.linju.meetings.MeetingStore.instant;
import static org.linju.meetings.MeetingStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions of meetings ({@code meeting_decision}) and their follow-up. */
@Repository
class DecisionStore {

    /** A decision to store. */
    record NewDecision(
            UUID id,
            UUID meetingId,
            String text,
            Decision.Outcome outcome,
            @Nullable String gridCode,
            @Nullable UUID matterId,
            @Nullable String trackingCode,
            @Nullable UUID ownerMemberId,
            @Nullable String ownerName,
            LocalDate dueDate) {}

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewDecision d, Instant now) {
        jdbc.sql("""
				insert into meeting_decision (id, meeting_id, text, outcome, grid_code, matter_id, tracking_code,
				                              owner_member_id, owner_name, due_date, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        d.id(),
                        d.meetingId(),
                        d.text(),
                        d.outcome().name(),
                        d.gridCode(),
                        d.matterId(),
                        d.trackingCode(),
                        d.ownerMemberId(),
                        d.ownerName(),
                        d.dueDate(),
                        utc(now))
                .update();
    }

    /** The annual big thing a decision serves, with its title as it stands now. */
    void serves(UUID decision, UUID item, String title) {
        jdbc.sql("update meeting_decision set annual_item_id = ?, annual_item_title = ? where id = ?")
                .params(item, title, decision)
                .update();
    }

    List<Decision> of(UUID meeting) {
        return jdbc.sql("select * from meeting_decision where meeting_id = ? order by created_at, id")
                .param(meeting)
                .query(this::decision)
                .list();
    }

    Optional<Decision> find(UUID id) {
        return jdbc.sql("select * from meeting_decision where id = ?")
                .param(id)
                .query(this::decision)
                .optional();
    }

    /**
     * The decisions of earlier meetings of the same area and kind that were still open when this one began: each is
     * carried to every following meeting until it is done.
     */
    List<Decision> openBefore(UUID meeting, String area, MeetingKind kind, Instant start) {
        return jdbc.sql("""
				select d.* from meeting_decision d join meeting m on m.id = d.meeting_id
				where m.area_code = :area and m.kind = :kind and m.id <> :meeting and m.state <> 'CANCELLED'
				  and m.starts_at < :start and (d.done_at is null or d.done_at >= :start)
				order by d.due_date, d.created_at, d.id
				""")
                .param("area", area)
                .param("kind", kind.name())
                .param("meeting", meeting)
                .param("start", utc(start))
                .query(this::decision)
                .list();
    }

    boolean markDone(UUID id, Instant at, String by) {
        return jdbc.sql("update meeting_decision set done_at = ?, done_by = ? where id = ? and done_at is null")
                        .params(utc(at), by, id)
                        .update()
                == 1;
    }

    void noteProgress(UUID id, String progress) {
        jdbc.sql("update meeting_decision set progress = ? where id = ?")
                .params(progress, id)
                .update();
    }

    /** A decision handed to matters is done when its matter is struck off. */
    int matterStruckOff(UUID matter, Instant at) {
        return jdbc.sql("""
				update meeting_decision set done_at = ?, done_by = 'matters' where matter_id = ? and done_at is null
				""").params(utc(at), matter).update();
    }

    private Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("text"),
                Decision.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("grid_code"),
                rs.getObject("matter_id", UUID.class),
                rs.getString("tracking_code"),
                rs.getString("owner_name"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("progress"),
                instant(rs, "done_at"),
                rs.getObject("annual_item_id", UUID.class),
                rs.getString("annual_item_title"));
    }
}
