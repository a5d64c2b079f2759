package org.linju.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deliveries not done yet, one page at a time, read from Spring Modulith's event publication registry without
 * its events: {@code EventPublicationRepository} can only load every incomplete publication and deserialize each
 * event, which at a backlog of hundreds of thousands (a robot down for a day) is more than a page may cost.
 */
@Repository
class PendingDeliveries {

    /** How long a delivery has waited, at least, for the page's age filter. */
    enum Age {
        HOUR(Duration.ofHours(1)),
        DAY(Duration.ofDays(1)),
        WEEK(Duration.ofDays(7));

        private final Duration duration;

        Age(Duration duration) {
            this.duration = duration;
        }
    }

    /** Which way a delivery goes, from the listener's name. */
    enum Via {
        INBOX("listener_id not like '%.webhook(%'"),
        WEBHOOK("listener_id like '%.webhook(%'");

        private final String condition;

        Via(String condition) {
            this.condition = condition;
        }
    }

    /** A delivery not done yet: which event, to the inbox or a group robot, published when, tried how often. */
    record Delivery(String event, String via, String published, int attempts) {}

    static final List<String> SORTABLE = List.of("published", "event", "via", "attempts");

    private static final Map<String, String> ORDER = Map.of(
            "published", "publication_date",
            "event", "event_type",
            "via", "listener_id",
            "attempts", "coalesce(completion_attempts, 0)");
    private static final DateTimeFormatter PUBLISHED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DateRange.CHINA);

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingDeliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The kinds of event with deliveries pending (short class names), for the filter. */
    List<String> kinds() {
        return jdbc
                .sql("select distinct event_type from event_publication where completion_date is null")
                .query(String.class)
                .list()
                .stream()
                .map(PendingDeliveries::shortName)
                .distinct()
                .sorted()
                .toList();
    }

    ListPage<Delivery> page(@Nullable String kind, @Nullable Via via, @Nullable Age age, ListRequest request) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return ListQuery.of(
                        jdbc,
                        "select listener_id, event_type, publication_date, completion_attempts",
                        "from event_publication")
                .where("completion_date is null", Map.of())
                .when(kind == null || kind.isBlank() ? null : "%." + kind.strip(), "kind", "event_type like :kind")
                .when(via != null, via == null ? "true" : via.condition)
                .when(age == null ? null : now.minus(age.duration), "before", "publication_date < :before")
                .page(request, ORDER.get(request.sort()), "id", PendingDeliveries::toDelivery);
    }

    private static Delivery toDelivery(ResultSet rs, int row) throws SQLException {
        return delivery(
                rs.getString("listener_id"),
                rs.getString("event_type"),
                rs.getObject("publication_date", OffsetDateTime.class).toInstant(),
                rs.getInt("completion_attempts"));
    }

    /** A publication as the page shows it: its event's short name, its way (from the listener's id), China time. */
    static Delivery delivery(String listenerId, String eventType, Instant published, int attempts) {
        return new Delivery(
                shortName(eventType),
                listenerId.contains(".webhook(") ? "webhook" : "inbox",
                PUBLISHED.format(published),
                attempts);
    }

    private static String shortName(String type) {
        return type.replaceAll("^.*[.$]", "");
    }
}
