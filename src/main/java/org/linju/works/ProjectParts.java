package org.linju.works;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.disclosure.DisclosedPhoto;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows that hang off a project: sub-works, milestones, the course of its progress, and photos. */
@Repository
class ProjectParts {

    /** One recorded step of a project's progress. */
    record ProgressStep(Instant at, int percent) {}

    private final JdbcClient jdbc;

    ProjectParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SubWork> subWorks(UUID project) {
        return jdbc.sql("select * from livelihood_subwork where project_id = ? order by position, id")
                .param(project)
                .query((rs, row) -> new SubWork(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("weight"),
                        rs.getInt("percent")))
                .list();
    }

    void addSubWork(UUID project, UUID id, String name, int weight) {
        jdbc.sql("""
                insert into livelihood_subwork (id, project_id, name, weight, position)
                values (?, ?, ?, ?, (select count(*) from livelihood_subwork where project_id = ?))
                """).params(id, project, name, weight, project).update();
    }

    boolean recordSubWork(UUID project, UUID subWork, int percent) {
        return jdbc.sql("update livelihood_subwork set percent = ? where id = ? and project_id = ?")
                        .params(percent, subWork, project)
                        .update()
                == 1;
    }

    List<ProjectMilestone> milestones(UUID project) {
        return jdbc.sql("select * from livelihood_milestone where project_id = ? order by position, id")
                .param(project)
                .query((rs, row) -> new ProjectMilestone(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getObject("actual_on", LocalDate.class)))
                .list();
    }

    void addMilestone(UUID project, UUID id, String name, @Nullable LocalDate planned) {
        jdbc.sql("""
                insert into livelihood_milestone (id, project_id, name, planned_on, position)
                values (?, ?, ?, ?, (select count(*) from livelihood_milestone where project_id = ?))
                """)
                .params(id, project, name, planned == null ? null : Date.valueOf(planned), project)
                .update();
    }

    boolean recordMilestone(UUID project, UUID milestone, @Nullable LocalDate actual) {
        return jdbc.sql("update livelihood_milestone set actual_on = ? where id = ? and project_id = ?")
                        .params(actual == null ? null : Date.valueOf(actual), milestone, project)
                        .update()
                == 1;
    }

    /** Stores the rolled-up progress and, when it changed, one more step of its course. */
    void rollUp(UUID project, int percent, String by, Instant at) {
        int changed = jdbc.sql(
                        "update livelihood_project set progress = ?, updated_at = ? where id = ? and progress <> ?")
                .params(percent, Timestamp.from(at), project, percent)
                .update();
        if (changed == 1) {
            jdbc.sql(
                            "insert into livelihood_progress (project_id, recorded_at, percent, recorded_by) values (?, ?, ?, ?)")
                    .params(project, Timestamp.from(at), percent, by)
                    .update();
        }
    }

    List<ProgressStep> course(UUID project) {
        return jdbc.sql(
                        "select recorded_at, percent from livelihood_progress where project_id = ? order by recorded_at")
                .param(project)
                .query((rs, row) ->
                        new ProgressStep(rs.getTimestamp("recorded_at").toInstant(), rs.getInt("percent")))
                .list();
    }

    void addPhoto(UUID project, UUID id, String contentType, byte[] bytes, String caption, Instant at) {
        jdbc.sql("""
                insert into livelihood_photo (id, project_id, content_type, bytes, caption, uploaded_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(id, project, contentType, bytes, caption, Timestamp.from(at))
                .update();
    }

    List<UUID> photoIds(UUID project) {
        return jdbc.sql("select id from livelihood_photo where project_id = ? order by uploaded_at, id")
                .param(project)
                .query(UUID.class)
                .list();
    }

    Optional<DisclosedPhoto> photo(UUID project, UUID photo) {
        return jdbc.sql("select content_type, bytes from livelihood_photo where id = ? and project_id = ?")
                .params(photo, project)
                .query((rs, row) -> new DisclosedPhoto(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }
}
