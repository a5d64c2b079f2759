package org.linju.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices and their follow-up steps, in SQL. */
@Repository
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notice notice, UUID issuedBy) {
        jdbc.sql("""
                insert into supervision_notice (id, office_code, grid_code, person_id, person_name, finding, required_fix,
                    deadline, points, issued_by, issued_by_name, issued_at, issued_on, state)
                values (:id, :office, :gridCode, :person, :personName, :finding, :fix, :deadline, :points, :by, :byName,
                    :at, :on, 'OPEN')
                """)
                .param("id", notice.id())
                .param("office", notice.office().departmentCode())
                .param("gridCode", notice.gridCode())
                .param("person", notice.personId())
                .param("personName", notice.personName())
                .param("finding", notice.finding())
                .param("fix", notice.requiredFix())
                .param("deadline", notice.deadline())
                .param("points", notice.points())
                .param("by", issuedBy)
                .param("byName", notice.issuedByName())
                .param("at", utc(notice.issuedAt()))
                .param("on", notice.issuedOn())
                .update();
    }

    Optional<Notice> find(UUID id) {
        return jdbc.sql("select * from supervision_notice where id = ?")
                .param(id)
                .query(NoticeStore::toNotice)
                .optional();
    }

    /** Moves the notice on only from the state it was read in, so two answers at once cannot both pass. */
    boolean move(UUID id, NoticeState from, NoticeState to, @Nullable LocalDate closedOn) {
        return jdbc.sql(
                                "update supervision_notice set state = :to, closed_on = :closed where id = :id and state = :from")
                        .param("to", to.name())
                        .param("closed", closedOn)
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    void step(UUID notice, String action, String text, CurrentUser actor, Instant at) {
        jdbc.sql("""
                insert into supervision_step (notice_id, action, text, actor_id, actor_name, at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(notice, action, text, actor.id(), actor.displayName(), utc(at))
                .update();
    }

    List<NoticeStep> steps(UUID notice) {
        return jdbc.sql("select * from supervision_step where notice_id = ? order by id")
                .param(notice)
                .query((rs, row) -> new NoticeStep(
                        rs.getString("action"),
                        rs.getString("text"),
                        rs.getString("actor_name"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    static Notice toNotice(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getObject("id", UUID.class),
                SupervisionOffice.ofDepartment(rs.getString("office_code")).orElseThrow(),
                rs.getString("grid_code"),
                rs.getObject("person_id", UUID.class),
                rs.getString("person_name"),
                rs.getString("finding"),
                rs.getString("required_fix"),
                rs.getObject("deadline", LocalDate.class),
                rs.getBigDecimal("points"),
                rs.getString("issued_by_name"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                rs.getObject("issued_on", LocalDate.class),
                NoticeState.valueOf(rs.getString("state")),
                rs.getObject("closed_on", LocalDate.class));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
