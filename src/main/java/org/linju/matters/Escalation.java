package org.linju.matters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;
import org.linju.shared.SteerableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates matters past their time limit: green to the grid leader, yellow to the community secretary, red to
 * the district. One UPDATE … RETURNING claims the overdue rows, so with two or more app instances each matter is
 * escalated exactly once: PostgreSQL re-checks {@code escalated_at is null} on the locked row, and the loser skips it.
 * Each run takes at most {@code linju.matters.escalation-batch} matters (oldest deadline first; rows another
 * instance is claiming are skipped), so a backlog is worked off over a few runs instead of in one burst of events.
 */
@Service
public class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private record Claimed(
            UUID id,
            String stage,
            @Nullable Colour colour,
            String district,
            @Nullable String gridCode) {}

    private final JdbcClient jdbc;
    private final MatterTimeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batch;

    Escalation(
            JdbcClient jdbc,
            MatterTimeline timeline,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${linju.matters.escalation-batch:500}") int batch) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Transactional here too: a call inside the bean bypasses the proxy, and the events need the transaction. */
    @Scheduled(fixedDelayString = "${linju.matters.escalation-interval:60s}", initialDelayString = "30s")
    @Transactional
    public void scheduled() {
        // A replay of the past (the demo history) escalates on its own clock; the wall clock would escalate its
        // matters before the replay reached their resolution.
        if (SteerableClock.waitsForReplay(clock)) {
            return;
        }
        escalateOverdue();
    }

    static List<Role> escalatedTo(@Nullable Colour colour) {
        if (colour == null) {
            return List.of(Role.COMMUNITY_SECRETARY);
        }
        return switch (colour) {
            case GREEN -> List.of(Role.GRID_LEADER);
            case YELLOW -> List.of(Role.COMMUNITY_SECRETARY);
            case RED -> List.of(Role.LIAISON_LEADER, Role.DISTRICT_ADMIN);
        };
    }

    /** Returns how many matters this call escalated. */
    @Transactional
    public int escalateOverdue() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<Claimed> claimed = claimOverdue(now);
        for (Claimed matter : claimed) {
            escalate(matter, now);
        }
        if (!claimed.isEmpty()) {
            log.info("Escalated {} overdue matters", claimed.size());
        }
        return claimed.size();
    }

    /** Marks a batch of overdue matters escalated; a matter another instance is escalating is skipped. */
    private List<Claimed> claimOverdue(OffsetDateTime now) {
        return jdbc.sql("""
				update matter set escalated_at = :now
				where id in (select id from matter
				             where escalated_at is null and resolve_due < :now
				               and stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'DEFERRED', 'MERGED')
				             order by resolve_due limit :batch for update skip locked)
				  and escalated_at is null
				returning id, stage, colour, district_code, grid_code
				""")
                .param("now", now)
                .param("batch", batch)
                .query((rs, row) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getString("stage"),
                        rs.getString("colour") == null ? null : Colour.valueOf(rs.getString("colour")),
                        rs.getString("district_code"),
                        rs.getString("grid_code")))
                .list();
    }

    private void escalate(Claimed matter, OffsetDateTime now) {
        Stage stage = Stage.valueOf(matter.stage());
        timeline.recordTimeline(
                matter.id(),
                now.toInstant(),
                "system:escalation",
                new Transition(
                        "escalate",
                        stage,
                        stage,
                        "matter.note.escalated."
                                + (matter.colour() == null
                                        ? "NONE"
                                        : matter.colour().name())),
                false);
        events.publishEvent(new MatterOverdue(
                matter.id(), matter.colour(), matter.district(), matter.gridCode(), escalatedTo(matter.colour())));
    }
}
