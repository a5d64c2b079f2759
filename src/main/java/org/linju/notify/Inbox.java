package org.linju.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each user's in-app messages. */
@Service
public class Inbox {

    /** One message. */
    public record Message(long id, String title, @Nullable String link, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deliver(List<String> usernames, String title, @Nullable String link) {
        for (String username : usernames) {
            jdbc.sql("insert into inbox_message (username, title, link) values (?, ?, ?)")
                    .params(username, title, link)
                    .update();
        }
    }

    public List<Message> of(String username) {
        return jdbc.sql("select * from inbox_message where username = ? order by id desc limit 100")
                .param(username)
                .query((rs, row) -> new Message(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("read_at") != null))
                .list();
    }

    /** How many of the person's messages are unread (the partial index of unread messages counts them). */
    public long unread(String username) {
        return jdbc.sql("select count(*) from inbox_message where username = ? and read_at is null")
                .param(username)
                .query(Long.class)
                .single();
    }

    public void markAllRead(String username) {
        jdbc.sql("update inbox_message set read_at = now() where username = ? and read_at is null")
                .param(username)
                .update();
    }
}
