package org.linju.workshops;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clean-workshop title (清廉工坊): awarded by a supervisor only on a passed inspection (the latest one carried
 * out), revoked with a reason; every award and revocation is kept. The workshop's row is locked while it changes.
 */
@Service
public class WorkshopTitles {

    private final WorkshopStore workshops;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkshopTitles(WorkshopStore workshops, JdbcClient jdbc, Clock clock) {
        this.workshops = workshops;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void award(CurrentUser supervisor, UUID workshopId, String reason) {
        Workshop workshop = locked(supervisor, workshopId);
        WorkshopRefused.unless(workshop.title() != TitleState.TITLED, "workshops.refused.alreadyTitled");
        WorkshopRefused.unless(workshop.status() == WorkshopStatus.OPERATING, "workshops.refused.notOperating");
        UUID passed = lastConducted(workshopId)
                .filter(last -> "PASSED".equals(last.getValue()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new WorkshopRefused("workshops.refused.noPassedInspection"));
        LocalDate today = today();
        event(supervisor, workshopId, TitleEvent.Action.AWARDED, reason, passed, today);
        workshops.setTitle(workshopId, TitleState.TITLED, today);
    }

    @Transactional
    public void revoke(CurrentUser supervisor, UUID workshopId, String reason) {
        Workshop workshop = locked(supervisor, workshopId);
        WorkshopRefused.unless(workshop.title() == TitleState.TITLED, "workshops.refused.notTitled");
        WorkshopRefused.unless(!reason.isBlank(), "workshops.refused.reason");
        LocalDate today = today();
        event(supervisor, workshopId, TitleEvent.Action.REVOKED, reason, null, today);
        workshops.setTitle(workshopId, TitleState.REVOKED, today);
    }

    /** Every award and revocation, oldest first. */
    public List<TitleEvent> history(UUID workshopId) {
        return jdbc.sql("select * from workshop_title_event where workshop_id = ? order by id")
                .param(workshopId)
                .query((rs, row) -> new TitleEvent(
                        TitleEvent.Action.valueOf(rs.getString("action")),
                        rs.getString("reason"),
                        rs.getObject("inspection_id", UUID.class),
                        rs.getString("actor_name"),
                        rs.getObject("on_day", LocalDate.class)))
                .list();
    }

    private Workshop locked(CurrentUser supervisor, UUID workshopId) {
        WorkshopAccess.requireSupervisor(supervisor);
        return workshops
                .lock(workshopId)
                .filter(w -> supervisor.scope().covers(RegionCode.of(w.gridCode())))
                .orElseThrow(() -> new OutOfScope("workshop " + workshopId));
    }

    private Optional<Map.Entry<UUID, String>> lastConducted(UUID workshopId) {
        return jdbc.sql("""
                        select id, result from workshop_inspection
                        where workshop_id = ? and result is not null order by day desc, conducted_at desc limit 1
                        """)
                .param(workshopId)
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("result")))
                .optional();
    }

    private void event(
            CurrentUser actor,
            UUID workshopId,
            TitleEvent.Action action,
            String reason,
            @Nullable UUID inspectionId,
            LocalDate today) {
        jdbc.sql("""
                insert into workshop_title_event (workshop_id, action, reason, inspection_id, actor_id, actor_name, at, on_day)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        workshopId,
                        action.name(),
                        reason.strip(),
                        inspectionId,
                        actor.id(),
                        actor.displayName(),
                        Timestamp.from(clock.instant()),
                        today)
                .update();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateRange.CHINA));
    }
}
