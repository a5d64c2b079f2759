package org.linju.matters;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.Role;
import org.linju.shared.CachedRead;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How a leader's area stands this month beside its district: the three rates (三率, defined in
 * docs/codes-and-metrics.md and computed by the metrics page's own query over the running tallies), the matters past
 * their limit now, the last six months' trend, and the three communities or grids with the lowest rate.
 */
@Service
public class AreaStanding {

    /** The three rates of an area or a month (null where nothing was due or rated). */
    public record Rates(
            String code,
            String name,
            long reported,
            @Nullable Double response,
            @Nullable Double resolution,
            @Nullable Double satisfaction) {

        /** The lowest of the three, which is what pulls an area down. */
        @Nullable
        public Double lowest() {
            return Stream.of(response, resolution, satisfaction)
                    .filter(rate -> rate != null)
                    .min(Double::compare)
                    .orElse(null);
        }
    }

    /** Everything the card shows; {@code district} is the same as {@code area} for those who lead the district. */
    public record Standing(
            Rates area,
            Rates district,
            long areaOverdue,
            long districtOverdue,
            List<Rates> areaTrend,
            List<Rates> districtTrend,
            List<Rates> lowest,
            boolean wholeDistrict) {}

    private static final Set<Role> LEADERS = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MONTHS = 6;

    /** Past months change only as old matters are closed or rated late: read again every ten minutes at most. */
    private static final Duration PAST_MONTHS_AGE = Duration.ofMinutes(10);

    private final MatterMetrics metrics;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<PastMonths, CachedRead<List<Rates>>> pastMonths = new ConcurrentHashMap<>();

    /** The months before {@code current} in the trend of an area. */
    private record PastMonths(GridScope scope, YearMonth current) {}

    AreaStanding(MatterMetrics metrics, JdbcClient jdbc, Clock clock) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The standing of the person's area; empty for roles that lead no area, or an account without one. */
    public Optional<Standing> of(CurrentUser user) {
        GridScope area = user.scope();
        if (!LEADERS.contains(user.role()) || area.isEmpty()) {
            return Optional.empty();
        }
        GridScope district = districtOf(area);
        boolean wholeDistrict = district.equals(area);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate monthStart = today.withDayOfMonth(1);
        Rates areaRates = total(area, monthStart, today);
        Rates districtRates = wholeDistrict ? areaRates : total(district, monthStart, today);
        long[] overdue = overdue(area, district);
        List<Rates> areaTrend = trend(area, today, areaRates);
        return Optional.of(new Standing(
                areaRates,
                districtRates,
                overdue[0],
                overdue[1],
                areaTrend,
                wholeDistrict ? areaTrend : trend(district, today, districtRates),
                lowest(area, monthStart, today),
                wholeDistrict));
    }

    /** The districts the area lies in (one, in every deployment so far). */
    static GridScope districtOf(GridScope area) {
        if (area.isUnrestricted()) {
            return area;
        }
        return GridScope.of(area.roots().stream().map(RegionCode::district).collect(Collectors.toSet()));
    }

    private Rates total(GridScope scope, LocalDate from, LocalDate to) {
        return metrics.by(RegionLevel.DISTRICT, scope, from, to).stream()
                .findFirst()
                .map(AreaStanding::rates)
                .orElseGet(() -> empty(""));
    }

    /**
     * One point a month for the last six months: this month's is {@code thisMonth} (exact, read for the page anyway);
     * the five before it are kept for a few minutes, as reading half a year of a whole district's day tallies costs
     * tens of milliseconds. A month without reports has no rates.
     */
    private List<Rates> trend(GridScope scope, LocalDate today, Rates thisMonth) {
        YearMonth current = YearMonth.from(today);
        Map<String, Rates> byMonth = pastMonths
                .computeIfAbsent(
                        new PastMonths(scope, current),
                        key -> new CachedRead<>(
                                PAST_MONTHS_AGE,
                                () -> metrics
                                        .byMonth(
                                                scope,
                                                current.minusMonths(MONTHS - 1L).atDay(1),
                                                current.atDay(1).minusDays(1))
                                        .stream()
                                        .map(AreaStanding::rates)
                                        .toList()))
                .get()
                .stream()
                .collect(Collectors.toMap(Rates::code, Function.identity()));
        List<Rates> months = new ArrayList<>();
        for (int i = MONTHS - 1; i > 0; i--) {
            String month = current.minusMonths(i).toString();
            months.add(byMonth.getOrDefault(month, empty(month)));
        }
        months.add(new Rates(
                current.toString(),
                current.toString(),
                thisMonth.reported(),
                thisMonth.response(),
                thisMonth.resolution(),
                thisMonth.satisfaction()));
        return months;
    }

    /** The three parts one level down (grids of a community, else communities) with the lowest rate this month. */
    private List<Rates> lowest(GridScope area, LocalDate from, LocalDate to) {
        boolean gridsOnly =
                !area.isUnrestricted() && area.roots().stream().allMatch(root -> root.level() == RegionLevel.GRID);
        if (gridsOnly) {
            return List.of();
        }
        boolean communities =
                !area.isUnrestricted() && area.roots().stream().allMatch(root -> root.level() == RegionLevel.COMMUNITY);
        RegionLevel level = communities ? RegionLevel.GRID : RegionLevel.COMMUNITY;
        return metrics.by(level, area, from, to).stream()
                .map(AreaStanding::rates)
                .filter(rates -> rates.lowest() != null)
                .sorted(Comparator.comparing(Rates::lowest))
                .limit(3)
                .toList();
    }

    /** Waiting matters past their resolution limit now: in the area, and in its district. */
    private long[] overdue(GridScope area, GridScope district) {
        return jdbc.sql("""
				select count(*) filter (where m.grid_code like any (cast(:area as text[]))), count(*)
				from matter m
				where %s and m.resolve_due < :now and m.grid_code like any (cast(:district as text[]))
				""".formatted(Workload.WAITING))
                .param("area", area.sqlPatterns())
                .param("district", district.sqlPatterns())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private static Rates rates(MatterMetrics.Line line) {
        return new Rates(
                line.code(),
                line.name(),
                line.reported(),
                line.responseRate(),
                line.resolutionRate(),
                line.satisfactionRate());
    }

    private static Rates empty(String code) {
        return new Rates(code, code, 0, null, null, null);
    }
}
