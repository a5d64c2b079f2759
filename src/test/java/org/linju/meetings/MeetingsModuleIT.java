package org.linju.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.linju.meetings.MeetingsFixture.AREA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.linju.ModuleIntegrationTest;
import org.linju.forces.Forces;
import org.linju.grid.AreaChoices;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The meetings module with everything it builds on: invitations from the duty chart announced to notify, sign-in on
 * the phone, decisions carried to every following meeting until done, missed monthly meetings, and the scope.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestInstance(Lifecycle.PER_CLASS)
class MeetingsModuleIT extends ModuleIntegrationTest {

    @Autowired
    Meetings meetings;

    @Autowired
    Attendance attendance;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    MeetingList list;

    @Autowired
    Accounts accounts;

    @Autowired
    Forces forces;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    SteerableClock clock;

    @Autowired
    JdbcClient jdbc;

    MeetingsFixture fixture;

    @BeforeAll
    void area() {
        fixture = MeetingsFixture.create(jdbc, boundaries, accounts, forces);
    }

    private CurrentUser user(String username) {
        return MeetingsFixture.user(accounts, username);
    }

    @Test
    void aMonthlyMeetingInvitesTheDutyChartAndTheLeaderSignsInOnThePhone(Scenario scenario) {
        CurrentUser secretary = user(MeetingsFixture.SECRETARY);
        assertThat(meetings.candidates(secretary, MeetingKind.MONTHLY_JOINT, AREA.community()))
                .filteredOn(Candidate::byDefault)
                .extracting(Candidate::name, Candidate::role)
                .containsExactlyInAnyOrder(
                        tuple("会网格长", AttendeeRole.PARTY_ORGANISATION),
                        tuple("会物业", AttendeeRole.PROPERTY_COMPANY),
                        tuple("会民警", AttendeeRole.COMMUNITY_POLICE),
                        tuple("会组长", AttendeeRole.RESIDENT_REPRESENTATIVE));

        Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
        scenario.stimulate(() ->
                        meetings.schedule(secretary, fixture.draft(MeetingKind.CONSULTATION, AREA.grid(), tomorrow)))
                .andWaitForEventOfType(MeetingScheduled.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.usernames()).containsExactly(MeetingsFixture.LEADER);
                    assertThat(event.gridCodes()).containsExactly(AREA.grid());
                    assertThat(event.areaName()).isEqualTo("模块网格");
                });

        CurrentUser leader = user(MeetingsFixture.LEADER);
        UUID future = meetings.schedule(secretary, fixture.draft(MeetingKind.CONSULTATION, AREA.grid(), tomorrow));
        assertThatThrownBy(() -> attendance.signIn(leader, future)).hasMessage("meeting.notYet");

        UUID now = meetings.schedule(secretary, fixture.draft(MeetingKind.CONSULTATION, AREA.grid(), clock.instant()));
        assertThat(attendance.signIn(leader, now)).isTrue();
        assertThat(attendance.signIn(leader, now)).isFalse();
        assertThatThrownBy(() -> attendance.signIn(secretary, now)).hasMessage("meeting.notInvited");
        attendance.mark(secretary, now, 2, true);
        UUID lastWeek = meetings.schedule(
                secretary,
                fixture.draft(
                        MeetingKind.CONSULTATION, AREA.grid(), clock.instant().minus(Duration.ofDays(3))));
        assertThatThrownBy(() -> attendance.mark(secretary, lastWeek, 1, true))
                .as("attendance rewritten days later would change the convener's own evaluation")
                .hasMessage("meeting.attendanceClosed");

        MeetingView view = meetings.meeting(leader, now);
        assertThat(view.attendees())
                .filteredOn(Attendee::present)
                .extracting(Attendee::name, Attendee::signedBy)
                .containsExactly(tuple("会网格长", MeetingsFixture.LEADER), tuple("会民警", MeetingsFixture.SECRETARY));
    }

    @Test
    void anOpenDecisionIsCarriedToEveryFollowingMeetingUntilDone() {
        CurrentUser secretary = user(MeetingsFixture.SECRETARY);
        Instant now = clock.instant();
        UUID first = held(secretary, now.minus(Duration.ofDays(20)));
        UUID decision = decisions.decide(
                secretary,
                first,
                new DecisionDraft(
                        "修复三号楼路灯",
                        Decision.Outcome.TASK,
                        null,
                        null,
                        fixture.property,
                        LocalDate.now(DateRange.CHINA)));
        UUID second = held(secretary, now.minus(Duration.ofDays(10)));
        UUID third = meetings.schedule(
                secretary, fixture.draft(MeetingKind.PARTY_BUILDING, AREA.community(), now.plus(Duration.ofDays(3))));

        assertThat(followUps(secretary, second)).containsExactly(decision);
        assertThat(followUps(secretary, third)).containsExactly(decision);
        assertThat(meetings.meeting(secretary, first).decisions())
                .singleElement()
                .satisfies(d -> assertThat(d.ownerName()).isEqualTo("会物业"));

        decisions.markDone(secretary, decision);

        assertThat(followUps(secretary, second)).containsExactly(decision);
        assertThat(followUps(secretary, third)).isEmpty();
        assertThatThrownBy(() -> decisions.markDone(secretary, decision)).hasMessage("meeting.decisionNotOpenTask");
    }

    @Test
    void aMonthWithoutAHeldMonthlyMeetingShowsAsMissedPerCommunity() {
        CurrentUser street = user(MeetingsFixture.STREET);
        CurrentUser secretary = user(MeetingsFixture.SECRETARY);
        YearMonth lastMonth = YearMonth.now(DateRange.CHINA).minusMonths(1);
        Instant inLastMonth =
                lastMonth.atDay(15).atTime(15, 0).atZone(DateRange.CHINA).toInstant();
        assertThat(missed(street, lastMonth)).containsExactly(AREA.community(), MeetingsFixture.OTHER_COMMUNITY);

        UUID cancelled =
                meetings.schedule(secretary, fixture.draft(MeetingKind.MONTHLY_JOINT, AREA.community(), inLastMonth));
        assertThat(meetings.meeting(secretary, cancelled).state()).isEqualTo(MeetingState.MISSED);
        meetings.cancel(secretary, cancelled);
        assertThat(missed(street, lastMonth)).containsExactly(AREA.community(), MeetingsFixture.OTHER_COMMUNITY);

        UUID held =
                meetings.schedule(secretary, fixture.draft(MeetingKind.MONTHLY_JOINT, AREA.community(), inLastMonth));
        meetings.hold(secretary, held, "议定三项工作");
        assertThat(missed(street, lastMonth)).containsExactly(MeetingsFixture.OTHER_COMMUNITY);
        assertThat(missed(user(MeetingsFixture.OTHER_SECRETARY), lastMonth))
                .containsExactly(MeetingsFixture.OTHER_COMMUNITY);
    }

    @Test
    void anotherCommunitySeesNoneOfTheseMeetings() {
        CurrentUser secretary = user(MeetingsFixture.SECRETARY);
        CurrentUser other = user(MeetingsFixture.OTHER_SECRETARY);
        UUID id = meetings.schedule(
                secretary, fixture.draft(MeetingKind.MONTHLY_JOINT, AREA.community(), clock.instant()));

        assertThatThrownBy(() -> meetings.meeting(other, id)).isInstanceOf(MeetingNotFound.class);
        assertThat(list.page(other, new MeetingFilter(null, null, null, null, null, null, null, null))
                        .rows())
                .isEmpty();
        assertThat(list.page(secretary, new MeetingFilter(null, null, null, null, null, null, null, null))
                        .rows())
                .extracting(MeetingRow::id)
                .contains(id);
        assertThatThrownBy(() ->
                        list.page(other, new MeetingFilter(null, AREA.community(), null, null, null, null, null, null)))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> meetings.candidates(other, MeetingKind.MONTHLY_JOINT, AREA.community()))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> meetings.hold(other, id, "越权")).isInstanceOf(OutOfScope.class);
        assertThat(AreaChoices.narrowing(secretary.scope(), AREA.grid())).isEqualTo(AREA.grid());
    }

    private UUID held(CurrentUser secretary, Instant at) {
        UUID id = meetings.schedule(secretary, fixture.draft(MeetingKind.PARTY_BUILDING, AREA.community(), at));
        meetings.hold(secretary, id, "纪要");
        return id;
    }

    private List<UUID> followUps(CurrentUser user, UUID meeting) {
        return meetings.meeting(user, meeting).followUps().stream()
                .map(Decision::id)
                .toList();
    }

    private List<String> missed(CurrentUser user, YearMonth month) {
        return list.missed(user, null, month).communities().stream()
                .map(AreaChoices.Area::code)
                .toList();
    }
}
