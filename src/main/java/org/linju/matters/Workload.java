package org.linju.matters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The matters that wait for a person's next step (the workbench's first card): how many of each colour and stage, how
 * many of them are past their limit, and the most urgent ones. Open matters are read live from a partial index of
 * waiting matters (V12_10); resolved and verified ones, which have no limit left to miss, from the running tallies.
 * A department's staff see the red matters handed to their department; everyone else the matters in their scope.
 */
@Service
public class Workload {

    /** How many matters of one colour and stage wait for the person, {@code overdue} of them past their limit. */
    public record Group(@Nullable Colour colour, Stage stage, long matters, long overdue) {}

    /**
     * A waiting matter; {@code due} is its acceptance limit while it waits to be accepted, else its resolution one, and
     * {@code left} the time left before it (or by which it was exceeded).
     */
    public record Urgent(
            UUID id,
            String trackingCode,
            String categoryName,
            @Nullable Colour colour,
            Stage stage,
            @Nullable String gridCode,
            @Nullable Instant due,
            @Nullable TimeLeft left) {}

    /** Everything the card shows, groups ordered overdue first, then red, yellow, green and untriaged. */
    public record Needs(List<Group> groups, List<Urgent> urgent, long total, long overdue, Instant now) {}

    static final String WAITING =
            "m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED')";
    /**
     * The scope's codes also as one range (from its first root to past its last), which {@code LIKE ANY} cannot give
     * the planner: a grid leader's statements then read their own grid's part of the index, not the whole district's.
     */
    private static final String IN_SCOPE = WAITING + " and m.grid_code >= :low and m.grid_code < :high"
            + " and m.grid_code like any (cast(:patterns as text[]))";
    /** A district admin also places the matters no grid was found for. */
    private static final String IN_DISTRICT =
            WAITING + " and (m.grid_code like any (cast(:patterns as text[]))" + " or m.grid_code is null)";

    private static final String HANDED_TO_DEPARTMENT =
            "m.department_code = :department and m.stage not in ('STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED')";
    private static final String DUE = WaitingFor.CURRENT_DUE;
    private static final String PAIR = "(coalesce(m.colour, '') || ':' || m.stage) = any (cast(:pairs as text[]))";
    private static final int URGENT = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    Workload(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Needs needingAction(CurrentUser user) {
        String[] pairs = WaitingFor.colourStagePairs(user.role());
        Instant now = clock.instant();
        Map<String, long[]> counts = new LinkedHashMap<>();
        live(user, pairs, now).forEach(group -> add(counts, group));
        if (MatterAccess.departmentOf(user) == null) {
            settled(user, pairs).forEach(group -> add(counts, group));
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((key, n) -> groups.add(group(key, n[0], n[1])));
        groups.sort(Comparator.comparing((Group g) -> g.overdue() == 0)
                .thenComparing(g ->
                        g.colour() == null ? Colour.values().length : g.colour().ordinal())
                .thenComparing(Group::stage));
        long total = groups.stream().mapToLong(Group::matters).sum();
        long overdue = groups.stream().mapToLong(Group::overdue).sum();
        return new Needs(groups, urgent(user, pairs, now), total, overdue, now);
    }

    private List<Group> live(CurrentUser user, String[] pairs, Instant now) {
        return scoped(user, """
				select coalesce(m.colour, '') as colour, m.stage, count(*) as n,
				       count(*) filter (where m.stage not in ('RESOLVED', 'VERIFIED') and %s < :now) as late
				from matter m where {where} and %s group by 1, 2
				""".formatted(DUE, PAIR), pairs)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> group(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Resolved and verified matters wait for a check and a strike-off; the tallies count them without reading them. */
    private List<Group> settled(CurrentUser user, String[] pairs) {
        return jdbc.sql("""
				select colour || ':' || stage, sum(n) from (
				    select grid_code, colour, stage, matters as n from matter_state_tally
				    union all
				    select grid_code, colour, stage, sign from matter_tally_delta
				) t
				where stage in ('RESOLVED', 'VERIFIED') and grid_code like any (cast(:patterns as text[]))
				  and (colour || ':' || stage) = any (cast(:pairs as text[]))
				group by 1 having sum(n) > 0
				""")
                .param("patterns", user.scope().sqlPatterns())
                .param("pairs", pairs)
                .query((rs, row) -> group(rs.getString(1), rs.getLong(2), 0))
                .list();
    }

    /** The most urgent waiting matters: past or nearest limit first, then the longest waiting without one. */
    private List<Urgent> urgent(CurrentUser user, String[] pairs, Instant now) {
        return scoped(user, """
				select m.id, m.tracking_code, c.name as category_name, m.colour, m.stage, m.grid_code, w.due
				from (select m.id, %s as due, m.reported_at from matter m where {where} and m.stage not in
				      ('RESOLVED', 'VERIFIED') and %s order by 2 nulls last, 3 limit :limit) w
				join matter m on m.id = w.id join matter_category c on c.code = m.category_code
				order by w.due nulls last, w.reported_at
				""".formatted(DUE, PAIR), pairs)
                .param("limit", URGENT)
                .query((rs, row) -> urgent(rs, now))
                .list();
    }

    private JdbcClient.StatementSpec scoped(CurrentUser user, String sql, String[] pairs) {
        String department = MatterAccess.departmentOf(user);
        String where =
                department != null ? HANDED_TO_DEPARTMENT : user.role() == Role.DISTRICT_ADMIN ? IN_DISTRICT : IN_SCOPE;
        List<String> roots =
                user.scope().roots().stream().map(RegionCode::value).sorted().toList();
        // Codes are digits, which sort before letters in every collation: "z" ends the last root's range.
        boolean whole = user.scope().isUnrestricted() || roots.isEmpty();
        return jdbc.sql(sql.replace("{where}", where))
                .param("patterns", user.scope().sqlPatterns())
                .param("low", whole ? "" : roots.get(0))
                .param("high", whole ? "z" : roots.get(roots.size() - 1) + "z")
                .param("department", department == null ? "" : department)
                .param("pairs", pairs);
    }

    private static Urgent urgent(ResultSet rs, Instant now) throws SQLException {
        OffsetDateTime due = rs.getObject("due", OffsetDateTime.class);
        String colour = rs.getString("colour");
        return new Urgent(
                rs.getObject("id", UUID.class),
                rs.getString("tracking_code"),
                rs.getString("category_name"),
                colour == null ? null : Colour.valueOf(colour),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("grid_code"),
                due == null ? null : due.toInstant(),
                due == null ? null : TimeLeft.between(now, due.toInstant()));
    }

    private static void add(Map<String, long[]> counts, Group group) {
        String key = (group.colour() == null ? "" : group.colour().name()) + ":"
                + group.stage().name();
        long[] n = counts.computeIfAbsent(key, k -> new long[2]);
        n[0] += group.matters();
        n[1] += group.overdue();
    }

    private static Group group(String key, long matters, long overdue) {
        String[] parts = key.split(":", -1);
        return new Group(
                parts[0].isEmpty() ? null : Colour.valueOf(parts[0]), Stage.valueOf(parts[1]), matters, overdue);
    }
}
