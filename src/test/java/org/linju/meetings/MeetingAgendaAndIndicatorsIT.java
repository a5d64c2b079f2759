package org.linju.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.linju.meetings.MeetingsFixture.AREA;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.linju.ModuleIntegrationTest;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.NewForceMember;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.matters.Channel;
import org.linju.matters.Colour;
import org.linju.matters.Difficulty;
import org.linju.matters.Intake;
import org.linju.matters.MatterWork;
import org.linju.matters.NewReport;
import org.linju.matters.StaffStep;
import org.linju.matters.Urgency;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * What a meeting discusses and how meetings count in the evaluation: the agenda holds the open red and yellow matters of
 * the meeting's own area only; the two indicators on a hand-checked fixture in March 2025.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestInstance(Lifecycle.PER_CLASS)
class MeetingAgendaAndIndicatorsIT extends ModuleIntegrationTest {

    @Autowired
    Meetings meetings;

    @Autowired
    Attendance attendance;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    Accounts accounts;

    @Autowired
    Forces forces;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    SteerableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttendanceIndicator attendanceIndicator;

    @Autowired
    DecisionsFollowedIndicator decisionsIndicator;

    MeetingsFixture fixture;

    @BeforeAll
    void area() {
        fixture = MeetingsFixture.create(jdbc, boundaries, accounts, forces);
    }

    @Test
    void theAgendaHoldsTheOpenRedAndYellowMattersOfItsOwnAreaOnly() {
        CurrentUser leader = MeetingsFixture.user(accounts, MeetingsFixture.LEADER);
        String red = triaged(leader, Colour.RED);
        String yellow = triaged(leader, Colour.YELLOW);
        triaged(leader, Colour.GREEN);
        CurrentUser secretary = MeetingsFixture.user(accounts, MeetingsFixture.SECRETARY);
        UUID ours =
                meetings.schedule(secretary, fixture.draft(MeetingKind.MONTHLY_JOINT, AREA.grid(), clock.instant()));

        assertThat(meetings.meeting(secretary, ours).agenda())
                .extracting(AgendaMatter::trackingCode)
                .containsExactly(red, yellow);

        CurrentUser other = MeetingsFixture.user(accounts, MeetingsFixture.OTHER_SECRETARY);
        UUID theirs = otherCommunitysMeeting(other);
        assertThat(meetings.meeting(other, theirs).agenda()).isEmpty();

        meetings.hold(secretary, ours, "逐项研究红黄事项");
        UUID decided = decisions.decide(
                secretary,
                ours,
                new DecisionDraft("小区消防通道清理", Decision.Outcome.MATTER, AREA.grid(), "1201", null, LocalDate.now()));
        assertThat(meetings.meeting(secretary, ours).decisions())
                .filteredOn(d -> d.id().equals(decided))
                .singleElement()
                .satisfies(d -> assertThat(d.trackingCode()).isNotBlank());
    }

    @Test
    void attendanceAndDecisionsDoneOnTimeOnAHandCheckedMonth() {
        CurrentUser secretary = MeetingsFixture.user(accounts, MeetingsFixture.SECRETARY);
        UUID first = march(secretary, 5, List.of(1, 2, 4));
        UUID second = march(secretary, 20, List.of(2, 3, 4));
        UUID cancelled = meetings.schedule(
                secretary,
                new MeetingDraft(
                        MeetingKind.CONSULTATION,
                        AREA.grid(),
                        "取消的会",
                        LocalDateTime.of(2025, 3, 25, 15, 0),
                        "会议室",
                        fixture.defaults()));
        meetings.cancel(secretary, cancelled);

        UUID onTime = task(secretary, first, "按期办结", 10);
        UUID late = task(secretary, first, "逾期办结", 12);
        task(secretary, first, "尚未办结", 15);
        task(secretary, first, "四月到期", 41);
        done(secretary, onTime, LocalDateTime.of(2025, 3, 10, 20, 0));
        done(secretary, late, LocalDateTime.of(2025, 3, 13, 9, 0));

        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate until = LocalDate.of(2025, 4, 1);
        assertThat(attendanceIndicator.measure(List.of(AREA.grid()), from, until))
                .containsOnlyKeys(AREA.grid())
                .hasEntrySatisfying(AREA.grid(), v -> assertThat(v).isCloseTo(6 / 8.0, within(1e-9)));
        UUID leaderAccount =
                MeetingsFixture.user(accounts, MeetingsFixture.LEADER).id();
        Map<UUID, Double> byPerson = attendanceIndicator.measureByPerson(List.of(leaderAccount), from, until);
        assertThat(byPerson).containsEntry(leaderAccount, 0.5);
        assertThat(attendanceIndicator.evidence(AREA.grid(), from, until, 10))
                .extracting(GridIndicator.Evidence::summary, GridIndicator.Evidence::link)
                .containsExactly(tuple("三月会议 3/4", "/meetings/" + second), tuple("三月会议 3/4", "/meetings/" + first));

        assertThat(decisionsIndicator.measure(List.of(AREA.grid()), from, until))
                .hasEntrySatisfying(AREA.grid(), v -> assertThat(v).isCloseTo(1 / 3.0, within(1e-9)));
        assertThat(decisionsIndicator.evidence(AREA.grid(), from, until, 10))
                .extracting(GridIndicator.Evidence::summary)
                .containsExactly("✗ 尚未办结", "✗ 逾期办结", "✓ 按期办结");
    }

    /** A monthly meeting of the neighbouring community (no grid, no matters), inviting one of its people. */
    private UUID otherCommunitysMeeting(CurrentUser other) {
        UUID member = forces.register(List.of(new NewForceMember(
                        ForceKind.PARTY_MEMBER,
                        "邻社区代表",
                        null,
                        null,
                        MeetingsFixture.OTHER_COMMUNITY,
                        null,
                        null,
                        List.of(),
                        null)))
                .get(0);
        return meetings.schedule(
                other,
                new MeetingDraft(
                        MeetingKind.MONTHLY_JOINT,
                        MeetingsFixture.OTHER_COMMUNITY,
                        "邻社区联席会议",
                        LocalDateTime.now(DateRange.CHINA),
                        "邻社区会议室",
                        List.of(new MeetingDraft.Invitee(member, AttendeeRole.RESIDENT_REPRESENTATIVE))));
    }

    /** A consultation in the grid on a March 2025 day, held, with the attendees at these places present. */
    private UUID march(CurrentUser secretary, int day, List<Integer> present) {
        UUID id = meetings.schedule(
                secretary,
                new MeetingDraft(
                        MeetingKind.CONSULTATION,
                        AREA.grid(),
                        "三月会议",
                        LocalDateTime.of(2025, 3, day, 15, 0),
                        "会议室",
                        fixture.defaults()));
        // Attendance is taken on the day: marked on the steered clock at the meeting, as people there would.
        clock.at(LocalDateTime.of(2025, 3, day, 15, 10).atZone(DateRange.CHINA).toInstant(), () -> {
            present.forEach(seq -> attendance.mark(secretary, id, seq, true));
            return null;
        });
        meetings.hold(secretary, id, "三月纪要");
        return id;
    }

    private UUID task(CurrentUser secretary, UUID meeting, String text, int daysAfterMarchFirst) {
        return decisions.decide(
                secretary,
                meeting,
                new DecisionDraft(
                        text,
                        Decision.Outcome.TASK,
                        null,
                        null,
                        fixture.property,
                        LocalDate.of(2025, 3, 1).plusDays(daysAfterMarchFirst - 1)));
    }

    private void done(CurrentUser secretary, UUID decision, LocalDateTime chinaTime) {
        clock.at(chinaTime.atZone(DateRange.CHINA).toInstant(), () -> {
            decisions.markDone(secretary, decision);
            return null;
        });
    }

    private String triaged(CurrentUser leader, Colour colour) {
        var receipt = intake.report(
                new NewReport("会议议程测试 " + colour, "1201", AREA.lat(), AREA.lng(), null, Channel.PATROL),
                null,
                MeetingsFixture.LEADER);
        work.takeStep(
                leader,
                UUID.fromString(receipt.id()),
                0,
                new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, colour, "会议测试定色"));
        return receipt.trackingCode();
    }
}
