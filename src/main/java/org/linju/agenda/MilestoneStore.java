package org.linju.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Milestones and links of items. */
@Repository
class MilestoneStore {

    private final JdbcClient jdbc;

    MilestoneStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Milestone> of(UUID item) {
        return jdbc.sql("select * from annual_milestone where item_id = ? order by position, planned_on")
                .param(item)
                .query((rs, row) -> new Milestone(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getInt("weight")))
                .list();
    }

    UUID add(UUID item, String title, LocalDate plannedOn, int weight) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into annual_milestone (id, item_id, position, title, planned_on, weight)
				values (?, ?, (select coalesce(max(position), 0) + 1 from annual_milestone where item_id = ?), ?, ?, ?)
				""").params(id, item, item, title, plannedOn, weight).update();
        return id;
    }

    /** Whether the milestone belongs to the item (and was changed). */
    boolean doneOn(UUID item, UUID milestone, @Nullable LocalDate doneOn) {
        return jdbc.sql("update annual_milestone set done_on = ? where id = ? and item_id = ?")
                        .params(doneOn, milestone, item)
                        .update()
                == 1;
    }

    boolean remove(UUID item, UUID milestone) {
        return jdbc.sql("delete from annual_milestone where id = ? and item_id = ?")
                        .params(milestone, item)
                        .update()
                == 1;
    }

    void link(UUID item, ItemLink link, Instant at) {
        jdbc.sql("""
				insert into annual_link (item_id, kind, reference, title, url, linked_at) values (?, ?, ?, ?, ?, ?)
				on conflict (item_id, kind, reference) do update set title = excluded.title, url = excluded.url
				""")
                .params(
                        item,
                        link.kind().name(),
                        link.reference(),
                        link.title(),
                        link.url(),
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<ItemLink> links(UUID item) {
        return jdbc.sql("select * from annual_link where item_id = ? order by linked_at, reference")
                .param(item)
                .query((rs, row) -> new ItemLink(
                        LinkKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        rs.getString("title"),
                        rs.getString("url")))
                .list();
    }
}
