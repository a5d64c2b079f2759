package org.linju.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.meetings.Candidate;
import org.linju.meetings.MeetingDraft;
import org.linju.meetings.MeetingKind;
import org.linju.meetings.Meetings;
import org.linju.shared.DateRange;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The meetings coming up in the demo accounts' community: next month's joint meeting, a consultation committee in the
 * home grid and a joint party-building meeting, each inviting the people its type invites by default.
 */
@Component
@Order(40)
class DemoMeetings implements DemoChapter {

    private final Meetings meetings;
    private final Accounts accounts;
    private final Clock clock;

    DemoMeetings(Meetings meetings, Accounts accounts, Clock clock) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void load(Random random) {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String community = secretary.scope().roots().iterator().next().value();
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        schedule(secretary, MeetingKind.MONTHLY_JOINT, community, "月度联席会议", today.plusDays(6), "社区党群服务中心二楼会议室");
        schedule(secretary, MeetingKind.CONSULTATION, grid, "加装电梯协商议事会", today.plusDays(3), "网格工作站");
        schedule(secretary, MeetingKind.PARTY_BUILDING, community, "党建联席会：物业服务提升", today.plusDays(10), "社区党群服务中心");
    }

    private void schedule(
            CurrentUser secretary, MeetingKind kind, String area, String title, LocalDate day, String place) {
        List<MeetingDraft.Invitee> invitees = meetings.candidates(secretary, kind, area).stream()
                .filter(Candidate::byDefault)
                .map(c -> new MeetingDraft.Invitee(c.forceMemberId(), c.role()))
                .toList();
        meetings.schedule(secretary, new MeetingDraft(kind, area, title, day.atTime(15, 0), place, invitees));
    }
}
