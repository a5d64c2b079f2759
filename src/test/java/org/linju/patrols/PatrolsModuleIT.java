package org.linju.patrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The patrols module with its dependencies: records sent twice are stored once, a finding becomes one matter linked
 * to its visit, a day is seen only by the worker, their leaders and administrators, and old tracks are thinned.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestInstance(Lifecycle.PER_CLASS)
class PatrolsModuleIT extends ModuleIntegrationTest {

    static final ModuleTestArea AREA = new ModuleTestArea("511783");
    static final String OTHER_GRID = AREA.community() + "02";

    @Autowired
    Patrols patrols;

    @Autowired
    TrackThinning thinning;

    @Autowired
    PatrolHours hours;

    @Autowired
    VisitCount visitCount;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentUser worker;
    CurrentUser otherWorker;
    CurrentUser leader;
    CurrentUser secretary;

    @BeforeAll
    void area() {
        AREA.create(jdbc);
        double west = AREA.west() + 0.02;
        jdbc.sql("""
                insert into grid (code, name, community_code, district_code, boundary, min_lng, min_lat, max_lng, max_lat)
                values (?, '模块二网格', ?, ?, cast(? as jsonb), ?, 30.5, ?, 30.51)
                """)
                .params(
                        OTHER_GRID,
                        AREA.community(),
                        AREA.county(),
                        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,30.5],[%s,30.5],[%s,30.51],[%s,30.5]]]}"
                                .formatted(west, west + 0.01, west + 0.01, west),
                        west,
                        west + 0.01)
                .update();
        worker = open("patrol-worker", Role.GRID_WORKER, AREA.grid());
        otherWorker = open("patrol-worker-2", Role.GRID_WORKER, OTHER_GRID);
        leader = open("patrol-leader", Role.GRID_LEADER, AREA.grid());
        secretary = open("patrol-secretary", Role.COMMUNITY_SECRETARY, AREA.community());
    }

    private CurrentUser open(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(
                username, "模块" + username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }

    @Test
    void aRecordSentTwiceIsStoredOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Patrol first = patrols.start(worker, "patrol-twice-0001", now.minusSeconds(600));
        Patrol again = patrols.start(worker, "patrol-twice-0001", now.minusSeconds(600));
        List<TrackPoint> batch = List.of(
                new TrackPoint(now.minusSeconds(590), AREA.lat(), AREA.lng()),
                new TrackPoint(now.minusSeconds(580), AREA.lat() + 0.0005, AREA.lng()));
        int stored = patrols.track(worker, first.key(), batch);
        int storedAgain = patrols.track(worker, first.key(), batch);
        NewVisit visit = visit("3栋2单元501", "独居老人，身体尚好", null, first.key());
        Visit recorded = patrols.visit(worker, "visit-twice-0001", visit);
        Visit recordedAgain = patrols.visit(worker, "visit-twice-0001", visit);
        patrols.stop(worker, first.key(), now.minusSeconds(60));
        Patrol stopped = patrols.stop(worker, first.key(), now);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(stored).isEqualTo(2);
        assertThat(storedAgain).isZero();
        assertThat(recordedAgain.id()).isEqualTo(recorded.id());
        assertThat(stopped.endedAt()).isEqualTo(now.minusSeconds(60));
        assertThat(stopped.points()).isEqualTo(2);
        assertThat(stopped.visits()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from patrol_visit where client_key = 'visit-twice-0001'")
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void aFindingBecomesOneMatterLinkedToItsVisit() {
        NewVisit visit = visit("5栋1单元302", "楼道堆放杂物，存在消防隐患", "1201", null);
        Visit reported = patrols.visit(worker, "visit-matter-0001", visit);
        Visit retried = patrols.visit(worker, "visit-matter-0001", visit);
        Visit reportedAgain = patrols.reportFinding(worker, reported.id(), "1201");

        assertThat(reported.matterId()).isNotNull();
        assertThat(reported.matterCode()).isNotBlank();
        assertThat(retried.matterId()).isEqualTo(reported.matterId());
        assertThat(reportedAgain.matterId()).isEqualTo(reported.matterId());
        assertThatThrownBy(() -> patrols.reportFinding(otherWorker, reported.id(), "1201"))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void aDayIsSeenByTheWorkerTheirLeadersAndNoOtherWorker() {
        Patrol patrol =
                patrols.start(worker, "patrol-scope-0001", clock.instant().minusSeconds(300));
        patrols.track(
                worker,
                patrol.key(),
                List.of(new TrackPoint(clock.instant().minusSeconds(200), AREA.lat(), AREA.lng())));
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));

        assertThat(patrols.day(worker, worker.id(), today).patrols())
                .extracting(Patrol::key)
                .contains(patrol.key());
        assertThat(patrols.day(leader, worker.id(), today).tracks().get(patrol.id()))
                .hasSize(1);
        assertThat(patrols.day(secretary, worker.id(), today).patrols()).isNotEmpty();
        assertThatThrownBy(() -> patrols.day(otherWorker, worker.id(), today)).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> patrols.track(otherWorker, patrol.key(), List.of()))
                .isInstanceOf(PatrolNotFound.class);
        patrols.stop(worker, patrol.key(), clock.instant());
    }

    @Test
    void aSecondPatrolIsRefusedWhileOneRunsButItsOwnKeyAnswersAndALostStopDoesNotLockTheWorkerOut() {
        CurrentUser walker = open("patrol-walker", Role.GRID_WORKER, AREA.grid());
        SteerableClock steerable = (SteerableClock) clock;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Patrol first = patrols.start(walker, "patrol-one-00001", now.minusSeconds(600));

        assertThat(patrols.start(walker, "patrol-one-00001", now.minusSeconds(600))
                        .id())
                .isEqualTo(first.id());
        assertThatThrownBy(() -> patrols.start(walker, "patrol-two-00001", now.minusSeconds(300)))
                .isInstanceOf(PatrolRefused.class)
                .hasMessage("patrols.alreadyRunning");
        patrols.stop(walker, first.key(), now.minusSeconds(200));
        Patrol second = patrols.start(walker, "patrol-two-00001", now.minusSeconds(100));
        assertThat(second.running()).isTrue();

        // Its stop never arrives; 13 hours on, the walker can start again and the lost patrol ends at its last point.
        Instant later = now.plus(Duration.ofHours(13));
        patrols.track(walker, second.key(), List.of(new TrackPoint(now.minusSeconds(50), AREA.lat(), AREA.lng())));
        Patrol third = steerable.at(later, () -> patrols.start(walker, "patrol-three-001", later));
        steerable.at(later, () -> patrols.stop(walker, third.key(), later));

        assertThat(jdbc.sql("select ended_at from patrol where id = ?")
                        .param(second.id())
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(now.minusSeconds(50));
    }

    @Test
    void hoursCountTheTrackOncePerPersonAndAtMostTheCapPerPatrol() {
        LocalDate day = LocalDate.now(clock.withZone(DateRange.CHINA)).minusDays(5);
        Instant eight = day.atTime(8, 0).atZone(DateRange.CHINA).toInstant();
        Duration hour = Duration.ofHours(1);
        // Started at 8, walked from 9 to 10, stopped at 17: one hour.
        walk(
                "patrol-cap-00001",
                eight,
                List.of(eight.plus(hour), eight.plus(hour.multipliedBy(2))),
                eight.plusSeconds(9 * 3600));
        // Walked from 9:30 to 11, over the first walk's last half hour: counted once, one more hour.
        Instant halfPastNine = eight.plus(Duration.ofMinutes(90));
        walk(
                "patrol-cap-00002",
                halfPastNine,
                List.of(halfPastNine, eight.plus(hour.multipliedBy(3))),
                eight.plus(hour.multipliedBy(3)));
        // Started at noon without a track and stopped 30 hours later: twelve hours.
        Instant noon = eight.plus(hour.multipliedBy(4));
        walk("patrol-cap-00003", noon, List.of(), noon.plus(hour.multipliedBy(30)));

        assertThat(hours.measure(List.of(OTHER_GRID), day, day.plusDays(1))).containsEntry(OTHER_GRID, 14.0);
        assertThat(hours.measureByPerson(List.of(otherWorker.id()), day, day.plusDays(1)))
                .containsEntry(otherWorker.id(), 14.0);
        assertThat(hours.evidence(OTHER_GRID, day, day.plusDays(1), 10))
                .extracting(GridIndicator.Evidence::summary)
                .anySatisfy(summary -> assertThat(summary).endsWith("12:00–18:00 · 12.0 h"))
                .anySatisfy(summary -> assertThat(summary).endsWith("08:00–17:00 · 1.0 h"));
    }

    private void walk(String key, Instant start, List<Instant> track, Instant end) {
        Patrol patrol = patrols.start(otherWorker, key, start);
        patrols.track(
                otherWorker,
                key,
                track.stream()
                        .map(at -> new TrackPoint(at, AREA.lat(), AREA.lng()))
                        .toList());
        patrols.stop(otherWorker, patrol.key(), end);
    }

    @Test
    void tracksOlderThanTheKeptPeriodAreThinnedToAFewPoints() {
        SteerableClock steerable = (SteerableClock) clock;
        Instant start = clock.instant().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.MILLIS);
        List<TrackPoint> walk = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // Along a street and round one corner, with a metre or two of GPS jitter.
            double north = i < 60 ? i * 0.0001 : 0.006;
            double east = i < 60 ? 0 : (i - 60) * 0.0001;
            double jitter = (i % 2 == 0 ? 1 : -1) * 0.00001;
            walk.add(new TrackPoint(start.plusSeconds(30L * i), AREA.lat() + north + jitter, AREA.lng() + east));
        }
        Patrol old = steerable.at(start, () -> patrols.start(worker, "patrol-old-00001", start));
        steerable.at(start.plusSeconds(3600), () -> patrols.track(worker, old.key(), walk));
        steerable.at(start.plusSeconds(3600), () -> patrols.stop(worker, old.key(), start.plusSeconds(3600)));

        thinning.thinEndedBefore(clock.instant().minus(Duration.ofDays(30)));

        List<TrackPoint> kept = patrols.day(worker, worker.id(), LocalDate.ofInstant(start, DateRange.CHINA))
                .tracks()
                .get(old.id());
        assertThat(kept).hasSizeBetween(3, 6);
        assertThat(kept.get(0)).isEqualTo(walk.get(0));
        assertThat(kept.get(kept.size() - 1)).isEqualTo(walk.get(119));
    }

    @Test
    void theIndicatorsCountHoursAndVisitsPerGridAndPerWorker() {
        SteerableClock steerable = (SteerableClock) clock;
        Instant start = LocalDate.now(clock.withZone(DateRange.CHINA))
                .minusDays(3)
                .atTime(9, 0)
                .atZone(DateRange.CHINA)
                .toInstant();
        steerable.at(start.plusSeconds(7200), () -> {
            Patrol p = patrols.start(leader, "patrol-hours-001", start);
            patrols.visit(leader, "visit-hours-0001", visit("7栋101", "走访了解诉求", null, p.key()));
            return patrols.stop(leader, p.key(), start.plusSeconds(5400));
        });
        LocalDate from = LocalDate.ofInstant(start, DateRange.CHINA);

        assertThat(hours.measure(List.of(AREA.grid(), OTHER_GRID), from, from.plusDays(1)))
                .containsEntry(AREA.grid(), 1.5)
                .doesNotContainKey(OTHER_GRID);
        assertThat(hours.measureByPerson(List.of(leader.id()), from, from.plusDays(1)))
                .containsEntry(leader.id(), 1.5);
        assertThat(visitCount.measure(List.of(AREA.grid()), from, from.plusDays(1)))
                .containsEntry(AREA.grid(), 1.0);
        assertThat(visitCount.evidence(AREA.grid(), from, from.plusDays(1), 10))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.summary()).contains("7栋101");
                    assertThat(e.link()).contains("/patrols/map?worker=" + leader.id());
                });
        assertThat(hours).isInstanceOf(GridIndicator.class);
    }

    private NewVisit visit(String household, String finding, String category, String patrolKey) {
        return new NewVisit(
                patrolKey,
                null,
                household,
                finding,
                clock.instant().minusSeconds(30),
                AREA.lat(),
                AREA.lng(),
                category,
                List.of());
    }
}
