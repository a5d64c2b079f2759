package org.linju.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linju.disclosure.Feedback;
import org.linju.disclosure.Subject;
import org.linju.grid.AreaNames;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public reads: the titled workshops, and each workshop's public page. A workshop that never held the title has
 * none (404); one whose title was revoked keeps its page, which says so, because its plaque may still hang somewhere
 * and the reader should learn the truth from it. Only inspections carried out show, never one still to come.
 */
@Service
public class PublicWorkshops {

    /** The subject kind of workshops in disclosure's feedback. */
    public static final String KIND = "workshop";

    /** A line of the public list. */
    public record Titled(UUID id, String name, String areaName, WorkKind kind, LocalDate titleSince) {}

    private final WorkshopStore store;
    private final AreaNames names;
    private final Feedback feedback;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicWorkshops(WorkshopStore store, AreaNames names, Feedback feedback, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.names = names;
        this.feedback = feedback;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Titled> titled() {
        List<Workshop> rows = jdbc.sql("select * from workshop where title = 'TITLED' order by grid_code, name, id")
                .query((rs, row) -> WorkshopStore.toWorkshop(rs))
                .list();
        Map<String, String> areas =
                names.of(rows.stream().map(Workshop::gridCode).toList());
        return rows.stream()
                .map(w -> new Titled(w.id(), w.name(), areas.getOrDefault(w.gridCode(), ""), w.kind(), w.titleSince()))
                .toList();
    }

    /** The page of a workshop that holds or held the title. */
    public PublicWorkshop page(UUID id) {
        Workshop w =
                store.find(id).filter(found -> found.title() != TitleState.NONE).orElseThrow(WorkshopNotFound::new);
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        Optional<Map.Entry<UUID, Map.Entry<LocalDate, String>>> last = lastPast(id, today);
        List<PublicWorkshop.PublicCheck> checks =
                last.map(l -> checks(l.getKey())).orElse(List.of());
        int[] rectifications = rectifications(id);
        Feedback.Tally tally = feedback.tally(new Subject(KIND, id));
        return new PublicWorkshop(
                w.id(),
                w.name(),
                w.operatorOrg(),
                areaName(w.gridCode()),
                w.kind(),
                w.workers(),
                w.title(),
                w.title() == TitleState.TITLED ? w.titleSince() : null,
                w.title() == TitleState.REVOKED ? w.titleSince() : null,
                last.map(l -> l.getValue().getKey()).orElse(null),
                last.map(l -> Inspection.InspectionResult.valueOf(l.getValue().getValue()))
                        .orElse(null),
                checks,
                rectifications[0],
                rectifications[1],
                tally.asked(),
                tally.answered());
    }

    /** The community and grid names, e.g. 「东城社区 · 第三网格」. */
    String areaName(String gridCode) {
        String community = RegionCode.of(gridCode).parent().value();
        Map<String, String> areas = names.of(List.of(community, gridCode));
        return areas.getOrDefault(community, "") + " · " + areas.getOrDefault(gridCode, gridCode);
    }

    private Optional<Map.Entry<UUID, Map.Entry<LocalDate, String>>> lastPast(UUID id, LocalDate today) {
        return jdbc.sql("""
                        select id, day, result from workshop_inspection
                        where workshop_id = ? and result is not null and day <= ?
                        order by day desc, conducted_at desc limit 1
                        """)
                .params(id, today)
                .query((rs, row) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        Map.entry(rs.getObject("day", LocalDate.class), rs.getString("result"))))
                .optional();
    }

    private List<PublicWorkshop.PublicCheck> checks(UUID inspectionId) {
        return jdbc.sql("select item, label, passed from workshop_check where inspection_id = ? order by position")
                .param(inspectionId)
                .query((rs, row) -> new PublicWorkshop.PublicCheck(
                        CheckItem.valueOf(rs.getString("item")), rs.getString("label"), rs.getBoolean("passed")))
                .list();
    }

    /** Done and open rectifications of the workshop's inspections. */
    private int[] rectifications(UUID id) {
        return jdbc.sql("""
                        select count(done_on) as done, count(*) - count(done_on) as open
                        from workshop_rectification where workshop_id = ?
                        """)
                .param(id)
                .query((rs, row) -> new int[] {rs.getInt("done"), rs.getInt("open")})
                .single();
    }
}
