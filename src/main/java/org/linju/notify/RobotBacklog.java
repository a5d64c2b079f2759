package org.linju.notify;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group-robot messages waiting for their robot's budget ({@link WebhookDelivery}), oldest first. */
@Repository
class RobotBacklog {

    /** A waiting message. */
    record Queued(long id, String title, String markdown) {}

    private final JdbcClient jdbc;

    RobotBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a message; in the caller's transaction, so it is kept exactly when the caller's work is. */
    void add(String scope, String title, String markdown) {
        jdbc.sql("insert into notify_robot_backlog (scope_code, title, markdown) values (?, ?, ?)")
                .params(scope, title.length() > 200 ? title.substring(0, 200) : title, markdown)
                .update();
    }

    boolean waiting(String scope) {
        return jdbc.sql("select exists (select 1 from notify_robot_backlog where scope_code = ?)")
                .param(scope)
                .query(Boolean.class)
                .single();
    }

    /** The robots with messages waiting. */
    List<String> scopes() {
        return jdbc.sql("select distinct scope_code from notify_robot_backlog order by scope_code")
                .query(String.class)
                .list();
    }

    /** The oldest waiting messages of a robot. */
    List<Queued> oldest(String scope, int limit) {
        return jdbc.sql("select * from notify_robot_backlog where scope_code = ? order by id limit ?")
                .params(scope, limit)
                .query((rs, row) -> new Queued(rs.getLong("id"), rs.getString("title"), rs.getString("markdown")))
                .list();
    }

    int count(String scope) {
        return jdbc.sql("select count(*) from notify_robot_backlog where scope_code = ?")
                .param(scope)
                .query(Integer.class)
                .single();
    }

    void remove(List<Long> ids) {
        jdbc.sql("delete from notify_robot_backlog where id = any (?)")
                .param(ids.toArray(Long[]::new))
                .update();
    }
}
