package org.linju.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.linju.demo.HistoryPlan.Who;
import org.linju.evaluation.Appeals;
import org.linju.evaluation.Award;
import org.linju.evaluation.Awards;
import org.linju.evaluation.CycleResult;
import org.linju.evaluation.Cycles;
import org.linju.evaluation.EvaluationCycle;
import org.linju.evaluation.Grade;
import org.linju.evaluation.Ranking;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.Bimonth;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's last evaluation cycle that can be closed before the history ends (2026-5 when it ends in December
 * 2026, or in the first days of January 2027 while 2026-6 would still take appeals), computed the morning after it
 * ended from the replayed matters, projects and directives; two of the poorest-rated grid leaders of the
 * replayed grids appeal, their community secretary upholds one and rejects the other, and the admin locks the cycle
 * after the appeal window and commends the first. A short replay (a few days over a few communities) may reach no record
 * of that cycle; it is computed and closed all the same, on what there is.
 */
@Component
@Order(90)
class HistoryEvaluation implements HistoryChapter {

    private final Cycles cycles;
    private final Ranking ranking;
    private final Appeals appeals;
    private final Awards awards;
    private final Accounts accounts;
    private final SteerableClock clock;

    HistoryEvaluation(
            Cycles cycles, Ranking ranking, Appeals appeals, Awards awards, Accounts accounts, SteerableClock clock) {
        this.cycles = cycles;
        this.ranking = ranking;
        this.appeals = appeals;
        this.awards = awards;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public boolean afterMatters() {
        return true;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        Bimonth cycle = lastClosable(end, cycles.appealDays());
        Instant computed = morningAfter(cycle.until().minusDays(1));
        CurrentUser admin = accounts.loadUserByUsername("admin");
        RegionCode district = RegionCode.of(DemoDistrict.DISTRICT);
        if (computed.isAfter(end)
                || cycles.visibleTo(admin).stream().anyMatch(c -> c.cycle().equals(cycle))) {
            return;
        }
        EvaluationCycle opened = at(computed, () -> cycles.compute(admin, district, cycle));
        List<CycleResult> appellants = poorestOf(admin, opened, grids);
        for (int i = 0; i < appellants.size(); i++) {
            Instant filed = computed.plus(Duration.ofHours(26 + 5 * i));
            if (filed.plus(Duration.ofDays(1)).isAfter(end)) {
                return;
            }
            appealAndDecide(staff, opened, appellants.get(i), filed, i == 0);
        }
        Instant locked = morningAfter(opened.appealsUntil());
        if (locked.isAfter(end)) {
            return;
        }
        at(locked, () -> cycles.lock(admin, opened.id()));
        ranking.page(admin, opened, null, Grade.GOOD, firstPage()).rows().stream()
                .findFirst()
                .ifPresent(best -> at(
                        locked.plus(Duration.ofDays(2)),
                        () -> awards.register(
                                admin,
                                opened.id(),
                                best.accountId(),
                                Award.Kind.COMMENDATION,
                                cycle.year() + "年第" + cycle.number() + "期双月考评优秀网格长")));
    }

    /** Up to two of the lowest-ranked grid leaders serving a replayed grid (whose secretary exists to decide). */
    private List<CycleResult> poorestOf(CurrentUser admin, EvaluationCycle cycle, List<HistoryPlan.Grid> grids) {
        Set<String> replayed = grids.stream().map(HistoryPlan.Grid::code).collect(Collectors.toSet());
        ListRequest worstFirst = ListRequest.of(0, 200, "rank", "desc", List.of("rank"), true);
        return ranking.page(admin, cycle, null, null, worstFirst).rows().stream()
                .filter(r ->
                        r.grids().size() == 1 && replayed.contains(r.grids().get(0)))
                .limit(2)
                .toList();
    }

    private void appealAndDecide(
            HistoryStaff staff, EvaluationCycle cycle, CycleResult result, Instant filed, boolean upheld) {
        CurrentUser appellant = accounts.loadUserByUsername(result.username());
        String grid = result.grids().get(0);
        CurrentUser secretary = staff.who(Who.APPROVER, grid, grid.substring(0, 12), null);
        UUID appeal = at(filed, () -> appeals.file(appellant, cycle.id(), "本期入户走访和隐患排查已补录台账，请求复核相关指标。"));
        at(filed.plus(Duration.ofHours(20)), () -> {
            appeals.decide(
                    secretary,
                    appeal,
                    upheld,
                    upheld ? BigDecimal.valueOf(3) : null,
                    upheld ? "经核实补录记录属实，酌情加3分。" : "补录记录均在考评期结束之后，不予支持。");
            return null;
        });
    }

    /**
     * The last cycle the history can see through to its lock: computed the morning after it ends, locked the morning
     * after its appeal window ({@code appealDays} after the computing day). In the first days of a cycle the one just
     * ended is still open to appeals, so the one before it is taken, and the demo always shows a closed cycle.
     */
    static Bimonth lastClosable(Instant end, int appealDays) {
        Bimonth ended = Bimonth.of(LocalDate.ofInstant(end, DateRange.CHINA)).previous();
        return lockedAt(ended, appealDays).isAfter(end) ? ended.previous() : ended;
    }

    private static Instant lockedAt(Bimonth cycle, int appealDays) {
        return morningAfter(cycle.until().plusDays(appealDays));
    }

    private <T> T at(Instant instant, Supplier<T> work) {
        return clock.at(instant, work);
    }

    private static Instant morningAfter(LocalDate day) {
        return day.plusDays(1).atTime(9, 30).atZone(DateRange.CHINA).toInstant();
    }

    private static ListRequest firstPage() {
        return ListRequest.of(0, 1, "rank", "asc", List.of("rank"), false);
    }
}
