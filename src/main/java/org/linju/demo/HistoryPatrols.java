package org.linju.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.linju.grid.GridLocator;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.patrols.NewVisit;
import org.linju.patrols.Patrols;
import org.linju.patrols.TrackPoint;
import org.linju.residents.ResidentFilter;
import org.linju.residents.ResidentView;
import org.linju.residents.Residents;
import org.linju.shared.ListRequest;
import org.linju.shared.SteerableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The grid workers' patrols and door-to-door visits in the past: on about half the working days a walk of one to two
 * hours round the grid with a point a minute, and one to three visits to households of the register (the worker
 * looks them up once, as on the visit form), each whole patrol recorded at its end on the steered clock.
 */
@Component
@Order(40)
class HistoryPatrols implements HistoryChapter {

    private static final Logger log = LoggerFactory.getLogger(HistoryPatrols.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String[] FINDINGS = {
        "独居老人身体状况良好，已提醒注意用电安全",
        "住户反映楼道灯不亮，已记录",
        "宣传垃圾分类，发放宣传册",
        "了解就业需求，登记求职意向",
        "核对家庭人口信息，无变化",
        "提醒电动车不要在楼道充电",
        "住户无诉求"
    };
    private static final double STEP = 0.0004;

    private final Patrols patrols;
    private final Residents residents;
    private final Accounts accounts;
    private final SteerableClock clock;
    private final GridLocator locator;

    HistoryPatrols(Patrols patrols, Residents residents, Accounts accounts, SteerableClock clock, GridLocator locator) {
        this.locator = locator;
        this.patrols = patrols;
        this.residents = residents;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        long started = System.nanoTime();
        Random random = new Random(DemoDistrict.SEED + 4);
        HistoryPlaces places = new HistoryPlaces(locator);
        int walked = 0;
        for (HistoryPlan.Grid grid : grids) {
            Optional<CurrentUser> worker = workerOf(grid.code());
            if (worker.isEmpty()) {
                continue;
            }
            List<String> households = households(worker.get(), grid.code(), start);
            double[] origin = places.pointIn(grid.code(), random);
            walked += replayGrid(worker.get(), grid.code(), households, origin, random, start, end);
        }
        log.info(
                "Demo history: {} patrols in {} grids in {} ms",
                walked,
                grids.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Returns how many patrols were walked. */
    private int replayGrid(
            CurrentUser worker,
            String grid,
            List<String> households,
            double[] origin,
            Random random,
            Instant start,
            Instant end) {
        int walked = 0;
        LocalDate last = LocalDate.ofInstant(end, CHINA);
        for (LocalDate day = LocalDate.ofInstant(start, CHINA).plusDays(1); day.isBefore(last); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend || random.nextDouble() < 0.5) {
                continue;
            }
            Instant from = day.atTime(9 + random.nextInt(6), random.nextInt(60))
                    .atZone(CHINA)
                    .toInstant();
            int minutes = 60 + random.nextInt(61);
            List<TrackPoint> track = walk(origin, from, minutes, random);
            List<NewVisit> visits = new ArrayList<>();
            for (int v = 1 + random.nextInt(3); v > 0; v--) {
                TrackPoint there = track.get(random.nextInt(track.size()));
                visits.add(new NewVisit(
                        null,
                        null,
                        households.get(random.nextInt(households.size())),
                        FINDINGS[random.nextInt(FINDINGS.length)],
                        there.at(),
                        there.lat(),
                        there.lng(),
                        null,
                        List.of()));
            }
            Instant until = from.plus(Duration.ofMinutes(minutes));
            String key = "demo-" + grid + "-" + day;
            clock.at(until, () -> patrols.walked(worker, key, track, until, visits));
            walked++;
        }
        return walked;
    }

    /** A walk of a point a minute from the grid's centre, wandering a few dozen metres at a time. */
    private static List<TrackPoint> walk(double[] origin, Instant from, int minutes, Random random) {
        List<TrackPoint> track = new ArrayList<>();
        double lat = origin[0];
        double lng = origin[1];
        for (int m = 0; m <= minutes; m++) {
            track.add(new TrackPoint(from.plus(Duration.ofMinutes(m)), lat, lng));
            lat += (random.nextDouble() - 0.5) * STEP;
            lng += (random.nextDouble() - 0.5) * STEP;
        }
        return track;
    }

    private Optional<CurrentUser> workerOf(String grid) {
        CurrentUser home = accounts.loadUserByUsername("worker");
        boolean homeGrid = home.scope().roots().stream().anyMatch(r -> r.value().equals(grid));
        return homeGrid ? Optional.of(home) : accounts.find("worker-" + grid);
    }

    /** The addresses of the grid's register as the worker sees them (one audited look-up, as on the visit form). */
    private List<String> households(CurrentUser worker, String grid, Instant start) {
        List<String> addresses = clock.at(
                start,
                () -> residents
                        .list(
                                worker,
                                new ResidentFilter(grid, null, null),
                                ListRequest.of(0, 50, null, null, Residents.SORTABLE, false))
                        .rows()
                        .stream()
                        .map(ResidentView::address)
                        .distinct()
                        .toList());
        return addresses.isEmpty() ? List.of("1栋1单元101", "2栋2单元302", "3栋1单元501") : addresses;
    }
}
