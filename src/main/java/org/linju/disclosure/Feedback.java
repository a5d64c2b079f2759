package org.linju.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.matters.Intake;
import org.linju.matters.MatterStruckOff;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Residents' questions and problems about an item they found by its QR code: each goes through the matters intake
 * (its checks, hourly limits and tracking code; with an {@code Idempotency-Key} a retry is still one matter) and is
 * linked to the item, so that the item's page can say how many were asked and how many answered. A question counts as
 * answered when its matter is struck off (销号).
 *
 * <p>The intake commits the matter itself, on its own writer thread, before the link is inserted here; no transaction
 * spans both. Should the link's insert fail after a receipt, the resident sees an error and sends the form again with
 * the same {@code Idempotency-Key} (the form keeps its submission key): the intake answers with the same receipt, and
 * the link is inserted then, once ({@code on conflict do nothing}). Without a key there is no such repair: the matter
 * stands in the grid's work unlinked and is not counted on the item's page.
 */
@Service
public class Feedback {

    /** How many questions an item had, and how many of them are answered. */
    public record Tally(int asked, int answered) {

        public static final Tally NONE = new Tally(0, 0);
    }

    private final Intake intake;
    private final JdbcClient jdbc;
    private final Clock clock;

    Feedback(Intake intake, JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Hands the report to the intake and links its matter to the subject; a repeated key links the first matter. */
    public Receipt ask(Subject subject, NewReport report, @Nullable String idempotencyKey, Reporter reporter) {
        Receipt receipt = intake.report(report, List.of(), idempotencyKey, reporter);
        jdbc.sql("""
                insert into disclosure_feedback (matter_id, subject_kind, subject_id, tracking_code, asked_at)
                values (:matter, :kind, :subject, :code, :at)
                on conflict (matter_id) do nothing
                """)
                .param("matter", UUID.fromString(receipt.id()))
                .param("kind", subject.kind())
                .param("subject", subject.id())
                .param("code", receipt.trackingCode())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return receipt;
    }

    public Tally tally(Subject subject) {
        return tallies(subject.kind(), List.of(subject.id())).getOrDefault(subject.id(), Tally.NONE);
    }

    /** The tallies of several items of one kind; an item nobody asked about is missing from the map. */
    public Map<UUID, Tally> tallies(String kind, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                select subject_id, count(*) as asked, count(answered_at) as answered
                from disclosure_feedback
                where subject_kind = :kind and subject_id = any (:ids)
                group by subject_id
                """)
                .param("kind", kind)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(
                        rs.getObject("subject_id", UUID.class), new Tally(rs.getInt("asked"), rs.getInt("answered"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @ApplicationModuleListener
    void on(MatterStruckOff event) {
        jdbc.sql("update disclosure_feedback set answered_at = :at where matter_id = :matter and answered_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("matter", event.matterId())
                .update();
    }
}
