package org.linju.matters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every matter's timeline: one immutable row a step, public ones shown on the tracking page. */
@Repository
class MatterTimeline {

    private final JdbcClient jdbc;

    MatterTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a step to the matter's timeline; answers the entry's id, which the step's photos refer to. */
    long recordTimeline(UUID id, Instant at, String actor, Transition transition, boolean isPublic) {
        return jdbc.sql("""
				insert into matter_timeline (matter_id, at, actor, action, from_stage, to_stage, note, public)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
                .params(
                        id,
                        at.atOffset(ZoneOffset.UTC),
                        actor,
                        transition.action(),
                        transition.from() == null ? null : transition.from().name(),
                        transition.to().name(),
                        transition.note(),
                        isPublic)
                .query(Long.class)
                .single();
    }

    /** The latest step of a matter's timeline ("rate" once the resident has rated the last strike-off). */
    @Nullable
    String lastAction(UUID id) {
        return jdbc.sql("select action from matter_timeline where matter_id = ? order by id desc limit 1")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The timeline in order; the public one (tracking page) without the steps' photos. */
    List<TimelineEntry> timeline(UUID id, boolean publicOnly) {
        return jdbc.sql("""
				select t.*, case when ? then cast('{}' as uuid[])
				                 else array(select p.id from matter_photo p where p.timeline_id = t.id order by p.created_at, p.id)
				            end as photos
				from matter_timeline t where t.matter_id = ? and (t.public or not ?) order by t.id
				""")
                .params(publicOnly, id, publicOnly)
                .query((rs, row) -> new TimelineEntry(
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")),
                        rs.getString("note"),
                        rs.getBoolean("public"),
                        List.of((UUID[]) rs.getArray("photos").getArray())))
                .list();
    }
}
