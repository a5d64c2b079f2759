package org.linju.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.grid.Regions;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The meetings list: the meetings of the caller's scope and those they were invited to, narrowed by every filter set;
 * and the communities whose monthly joint meeting did not take place in a month that is over.
 */
@Service
public class MeetingList {

    /** Communities without a monthly joint meeting held in a month. */
    public record MissedMonth(YearMonth month, List<AreaChoices.Area> communities) {}

    private static final Map<String, String> ORDER = Map.of(
            "starts", "m.starts_at",
            "kind", "m.kind",
            "area", "m.area_code",
            "state", "m.state");

    private static final String SELECT = """
			select m.id, m.kind, m.area_code, m.title, m.starts_at, m.place, m.state,
			       (select count(*) from meeting_attendee a where a.meeting_id = m.id) as invited,
			       (select count(*) from meeting_attendee a where a.meeting_id = m.id and a.signed_in_at is not null)
			           as present,
			       (select count(*) from meeting_decision d where d.meeting_id = m.id and d.done_at is null)
			           as open_decisions
			""";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AreaNames names;
    private final Clock clock;

    MeetingList(JdbcClient jdbc, Regions regions, AreaNames names, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.names = names;
        this.clock = clock;
    }

    public ListPage<MeetingRow> page(CurrentUser user, MeetingFilter filter) {
        MeetingAccess.requireReads(user);
        String area = AreaChoices.narrowing(user.scope(), filter.area());
        ListQuery.Condition scope =
                ListQuery.codesUnder("m.area_code", user.scope().sqlPatterns());
        Map<String, Object> values = new HashMap<>(scope.values());
        values.put("me", user.getUsername());
        OffsetDateTime today = today().atStartOfDay(DateRange.CHINA).toOffsetDateTime();
        ListQuery query = ListQuery.of(jdbc, SELECT, "from meeting m")
                .where(
                        scope.sql() + " or exists (select 1 from meeting_attendee i where i.meeting_id = m.id"
                                + " and i.account_username = :me)",
                        values)
                .when(area == null ? null : area + "%", "area", "m.area_code like :area")
                .when(filter.kind() == null ? null : filter.kind().name(), "kind", "m.kind = :kind");
        YearMonth month = filter.month();
        if (month != null) {
            query.where(
                    "m.starts_at >= :monthStart and m.starts_at < :monthEnd",
                    Map.of("monthStart", start(month), "monthEnd", start(month.plusMonths(1))));
        }
        MeetingState state = filter.state();
        if (state == MeetingState.SCHEDULED || state == MeetingState.MISSED) {
            String before = state == MeetingState.MISSED ? "<" : ">=";
            query.where("m.state = 'SCHEDULED' and m.starts_at " + before + " :today", Map.of("today", today));
        } else if (state != null) {
            query.when(state.name(), "state", "m.state = :state");
        }
        var request = filter.request();
        return query.page(request, ORDER.get(request.sort()), "m.id", this::row);
    }

    /**
     * The communities of the caller's scope (within {@code area}) that held no monthly joint meeting in the month, or
     * in the last month when none is asked or the asked one is not over yet.
     */
    public MissedMonth missed(CurrentUser user, @Nullable String area, @Nullable YearMonth asked) {
        MeetingAccess.requireReads(user);
        String narrowed = AreaChoices.narrowing(user.scope(), area);
        YearMonth current = YearMonth.from(today());
        YearMonth month = asked == null || !asked.isBefore(current) ? current.minusMonths(1) : asked;
        Set<String> communities = new TreeSet<>(regions.communitiesWithin(user.scope()));
        if (narrowed != null) {
            communities.removeIf(c -> !c.startsWith(narrowed) && !narrowed.startsWith(c));
        }
        List<String> held = jdbc.sql("""
				select distinct community_code from meeting
				where kind = 'MONTHLY_JOINT' and state = 'HELD' and starts_at >= :from and starts_at < :until
				  and community_code = any (cast(:communities as text[]))
				""")
                .param("from", start(month))
                .param("until", start(month.plusMonths(1)))
                .param("communities", communities.toArray(String[]::new))
                .query(String.class)
                .list();
        communities.removeAll(held);
        Map<String, String> named = names.of(communities);
        return new MissedMonth(
                month,
                communities.stream()
                        .map(code -> new AreaChoices.Area(code, named.getOrDefault(code, code), RegionLevel.COMMUNITY))
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateRange.CHINA));
    }

    private static OffsetDateTime start(YearMonth month) {
        ZonedDateTime at = month.atDay(1).atStartOfDay(DateRange.CHINA);
        return at.toOffsetDateTime();
    }

    private MeetingRow row(ResultSet rs, int row) throws SQLException {
        LocalDate day = today();
        MeetingStore.Head head = new MeetingStore.Head(
                rs.getObject("id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("area_code"),
                rs.getString("area_code"),
                rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getString("place"),
                rs.getString("state"),
                null,
                "");
        return new MeetingRow(
                head.id(),
                head.kind(),
                head.areaCode(),
                head.title(),
                head.startsAt(),
                head.place(),
                Meetings.state(head, day),
                rs.getInt("invited"),
                rs.getInt("present"),
                rs.getInt("open_decisions"));
    }
}
