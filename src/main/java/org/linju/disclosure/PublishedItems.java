package org.linju.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public may see: only items in the published state, read from their module through its {@link Disclosable}.
 * Anything else (a draft, a withdrawn item, an unknown kind) does not exist for the public.
 */
@Service
class PublishedItems {

    /** What changes a public page: the item's workflow version and its questions asked and answered. */
    record Published(
            int version, Feedback.Tally tally, @Nullable Instant publishedAt) {

        String pageVersion() {
            return version + ":" + tally.asked() + ":" + tally.answered();
        }
    }

    /** A question about an item as staff see it: its tracking code and whether it is answered. */
    record Question(
            String trackingCode, Instant askedAt, @Nullable Instant answeredAt) {}

    private final JdbcClient jdbc;
    private final DisclosureKinds kinds;

    PublishedItems(JdbcClient jdbc, DisclosureKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** One indexed query per public request: whether the item is published, and what its page's version is. */
    Optional<Published> published(Subject subject) {
        if (kinds.of(subject.kind()).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select i.version, i.published_at,
                       (select count(*) from disclosure_feedback f
                        where f.subject_kind = i.kind and f.subject_id = i.subject_id) as asked,
                       (select count(f.answered_at) from disclosure_feedback f
                        where f.subject_kind = i.kind and f.subject_id = i.subject_id) as answered
                from disclosure_item i
                where i.kind = :kind and i.subject_id = :id and i.state = 'PUBLISHED'
                """)
                .param("kind", subject.kind())
                .param("id", subject.id())
                .query((rs, row) -> new Published(
                        rs.getInt("version"),
                        new Feedback.Tally(rs.getInt("asked"), rs.getInt("answered")),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    /** The item as its module shows it now, if it is published. */
    Optional<DisclosedItem> item(Subject subject) {
        return published(subject).flatMap(published -> disclosed(subject));
    }

    Optional<DisclosedItem> disclosed(Subject subject) {
        return kinds.of(subject.kind()).flatMap(kind -> kind.disclosed(subject.id()));
    }

    Optional<DisclosedPhoto> photo(Subject subject, UUID photoId) {
        return published(subject)
                .flatMap(published -> kinds.of(subject.kind()))
                .flatMap(kind -> kind.photo(subject.id(), photoId));
    }

    /** Every published item of a kind a module discloses, in the order they were published. */
    void eachPublished(Consumer<DisclosedItem> each) {
        List<Subject> subjects = jdbc.sql(
                        "select kind, subject_id from disclosure_item where state = 'PUBLISHED' order by published_at, id")
                .query((rs, row) -> new Subject(rs.getString("kind"), rs.getObject("subject_id", UUID.class)))
                .list();
        subjects.forEach(subject -> disclosed(subject).ifPresent(each));
    }

    /** The questions asked about an item, newest first (staff only: tracking codes are not for the public page). */
    List<Question> questions(Subject subject) {
        return jdbc.sql("""
                select tracking_code, asked_at, answered_at from disclosure_feedback
                where subject_kind = :kind and subject_id = :id order by asked_at desc
                """)
                .param("kind", subject.kind())
                .param("id", subject.id())
                .query((rs, row) -> new Question(
                        rs.getString("tracking_code"),
                        rs.getTimestamp("asked_at").toInstant(),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant()))
                .list();
    }
}
