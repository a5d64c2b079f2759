package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.meetings.Attendance;
import org.linju.meetings.Attendee;
import org.linju.meetings.Candidate;
import org.linju.meetings.Decision;
import org.linju.meetings.DecisionDraft;
import org.linju.meetings.MeetingDecisions;
import org.linju.meetings.MeetingDraft;
import org.linju.meetings.MeetingKind;
import org.linju.meetings.Meetings;
import org.linju.shared.DateRange;
import org.linju.shared.SteerableClock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each community's monthly joint meetings over the history window, after the matters (so the agendas hold the red and
 * yellow matters left open): scheduled a week ahead by the community secretary, most invitees present, minutes, and
 * two or three tasks, most done on time, some late, some still open and carried to the next meeting. The second
 * community skips last month's meeting, which the meetings list then shows as missed.
 */
@Component
@Order(40)
class HistoryMeetings implements HistoryChapter {

    private static final String[] TASKS = {
        "督促物业两周内修复小区路灯", "组织楼栋长排查电动车违规充电", "协调加装电梯意见征询", "清理消防通道堆放杂物",
        "走访独居老人并建立台账", "联系供水公司处理二次供水问题", "规范小区停车秩序", "开展垃圾分类入户宣传"
    };

    private final Meetings meetings;
    private final Attendance attendance;
    private final MeetingDecisions decisions;
    private final SteerableClock clock;

    HistoryMeetings(Meetings meetings, Attendance attendance, MeetingDecisions decisions, SteerableClock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public boolean afterMatters() {
        return true;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        Map<String, String> gridOfCommunity = new LinkedHashMap<>();
        grids.forEach(grid -> gridOfCommunity.putIfAbsent(grid.community(), grid.code()));
        Random random = new Random(DemoDistrict.SEED + 17);
        int index = 0;
        YearMonth lastMonth = YearMonth.from(end.atZone(DateRange.CHINA)).minusMonths(1);
        for (Map.Entry<String, String> community : gridOfCommunity.entrySet()) {
            CurrentUser secretary = staff.who(HistoryPlan.Who.APPROVER, community.getValue(), community.getKey(), null);
            YearMonth month = YearMonth.from(start.atZone(DateRange.CHINA));
            while (!month.atDay(1).atStartOfDay(DateRange.CHINA).toInstant().isAfter(end)) {
                Instant at = month.atDay(8 + random.nextInt(12))
                        .atTime(15, 0)
                        .atZone(DateRange.CHINA)
                        .toInstant();
                boolean skipped = index == 1 && month.equals(lastMonth);
                if (!skipped
                        && at.isAfter(start)
                        && at.plus(Duration.ofHours(3)).isBefore(end)) {
                    meeting(secretary, community.getKey(), month, at, end, random);
                }
                month = month.plusMonths(1);
            }
            index++;
        }
    }

    private void meeting(
            CurrentUser secretary, String community, YearMonth month, Instant at, Instant end, Random random) {
        List<MeetingDraft.Invitee> invitees = clock
                .at(
                        at.minus(Duration.ofDays(7)),
                        () -> meetings.candidates(secretary, MeetingKind.MONTHLY_JOINT, community))
                .stream()
                .filter(Candidate::byDefault)
                .map(c -> new MeetingDraft.Invitee(c.forceMemberId(), c.role()))
                .toList();
        if (invitees.isEmpty()) {
            return;
        }
        String title = month.getMonthValue() + "月联席会议";
        UUID id = clock.at(
                at.minus(Duration.ofDays(7)),
                () -> meetings.schedule(
                        secretary,
                        new MeetingDraft(
                                MeetingKind.MONTHLY_JOINT,
                                community,
                                title,
                                at.atZone(DateRange.CHINA).toLocalDateTime(),
                                "社区党群服务中心会议室",
                                invitees)));
        List<Attendee> attendees = meetings.meeting(secretary, id).attendees();
        clock.at(at.plus(Duration.ofMinutes(10)), () -> {
            attendance.markPresent(
                    secretary,
                    id,
                    attendees.stream()
                            .filter(a -> random.nextDouble() < 0.85)
                            .map(Attendee::seq)
                            .toList());
            return null;
        });
        clock.at(at.plus(Duration.ofHours(2)), () -> {
            meetings.hold(secretary, id, "通报上月决定事项落实情况；研究本月红、黄色事项；议定以下事项。");
            return null;
        });
        decide(secretary, id, at.plus(Duration.ofHours(2)), end, attendees, random);
    }

    /** Two or three tasks: about six in ten done on time, two late, two still open (carried over). */
    private void decide(
            CurrentUser secretary, UUID meeting, Instant at, Instant end, List<Attendee> attendees, Random random) {
        List<Attendee> owners = new ArrayList<>(
                attendees.stream().filter(a -> a.forceMemberId() != null).toList());
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count && !owners.isEmpty(); i++) {
            Attendee owner = owners.get(random.nextInt(owners.size()));
            LocalDate due = at.atZone(DateRange.CHINA).toLocalDate().plusDays(10 + random.nextInt(15));
            UUID decision = clock.at(
                    at,
                    () -> decisions.decide(
                            secretary,
                            meeting,
                            new DecisionDraft(
                                    TASKS[random.nextInt(TASKS.length)],
                                    Decision.Outcome.TASK,
                                    null,
                                    null,
                                    owner.forceMemberId(),
                                    due)));
            double fate = random.nextDouble();
            Instant dueEnd = due.plusDays(1).atStartOfDay(DateRange.CHINA).toInstant();
            Instant done = fate < 0.6
                    ? dueEnd.minus(Duration.ofHours(10 + random.nextInt(96)))
                    : fate < 0.8 ? dueEnd.plus(Duration.ofDays(1 + random.nextInt(6))) : null;
            if (done != null && done.isAfter(at) && done.isBefore(end)) {
                clock.at(done, () -> {
                    decisions.markDone(secretary, decision);
                    return null;
                });
            }
        }
    }
}
