package org.linju.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.matters.Colour;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.linju.supervision.NewNotice;
import org.linju.supervision.Notice;
import org.linju.supervision.Supervision;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The joint supervision notices of the past: the party committee's and the government's offices each have a
 * supervisor who issues notices about a few grids (the home grid first) spread over the window; most are answered and
 * accepted, one is sent back once, one waits for the office, and one is left unanswered past its deadline.
 */
@Component
@Order(70)
class HistorySupervision implements HistoryChapter {

    private static final int NOTICES = 6;
    private static final String[][] FINDINGS = {
        {"走访台账未及时更新，三户独居老人走访记录缺失", "三日内补录走访记录并附照片"},
        {"网格内消防通道被电动车占用，未见劝导记录", "清理通道并在网格群内开展消防宣传"},
        {"群众诉求超期未回复两件", "逐件回访并说明办理情况"},
        {"网格工作站“四图一单”未更新", "按社区最新年度任务清单更新公示"},
        {"夜间巡查记录缺失一周", "补齐巡查并建立排班表"},
        {"垃圾分类督导不到位，投放点脏乱", "落实督导员值守并整治投放点"}
    };

    private static final BigDecimal[] POINTS = {
        new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("1.5"),
        new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("3")
    };

    private final Supervision supervision;
    private final Accounts accounts;
    private final Departments departments;
    private final SteerableClock clock;

    HistorySupervision(Supervision supervision, Accounts accounts, Departments departments, SteerableClock clock) {
        this.supervision = supervision;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        if (grids.isEmpty()) {
            return;
        }
        List<CurrentUser> offices = List.of(
                office("supervisor-d001", "区委办督查室 吴刚", "D001"), office("supervisor-d003", "区政府办督查室 孙丽", "D003"));
        Duration step = Duration.between(start, end).dividedBy(NOTICES + 2);
        List<HistoryPlan.Grid> concerned = homeFirst(grids);
        for (int i = 0; i < NOTICES; i++) {
            HistoryPlan.Grid grid = concerned.get(i % Math.min(concerned.size(), 3));
            CurrentUser worker = staff.who(HistoryPlan.Who.HANDLER, grid.code(), grid.community(), Colour.GREEN);
            CurrentUser leader = staff.who(HistoryPlan.Who.TRIAGER, grid.code(), grid.community(), null);
            CurrentUser office = offices.get(i % offices.size());
            Instant issued = start.plus(step.multipliedBy(i + 1));
            CurrentUser person = i % 2 == 0 ? worker : leader;
            boolean wholeGrid = i % 3 == 2;
            Notice notice = issue(office, grid.code(), wholeGrid ? null : person, issued, i);
            follow(office, wholeGrid ? leader : person, notice, issued, end, i);
        }
    }

    private Notice issue(CurrentUser office, String grid, @Nullable CurrentUser person, Instant at, int i) {
        LocalDate today = at.atZone(DateRange.CHINA).toLocalDate();
        int days = i == 2 ? 2 : 7;
        String[] text = FINDINGS[i % FINDINGS.length];
        NewNotice draft = new NewNotice(
                null, grid, person == null ? null : person.id(), text[0], text[1], today.plusDays(days), POINTS[i]);
        return clock.at(at, () -> supervision.issue(office, draft));
    }

    /** 0, 4: answered and accepted; 1, 5: sent back once, then accepted; 2: left overdue; 3: waiting for the office. */
    private void follow(CurrentUser office, CurrentUser concerned, Notice notice, Instant issued, Instant end, int i) {
        if (i == 2) {
            return;
        }
        UUID id = notice.id();
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> supervision.report(concerned, id, "已按要求整改，整改前后照片已存档"));
        if (i % 4 == 1) {
            steps.add(() -> supervision.sendBack(office, id, "整改照片不清晰，请补充现场照片"));
            steps.add(() -> supervision.report(concerned, id, "已补充现场照片和居民签字确认"));
        }
        if (i != 3) {
            steps.add(() -> supervision.accept(office, id, "整改到位"));
        }
        Instant at = issued;
        for (Runnable work : steps) {
            at = at.plus(Duration.ofHours(20));
            if (at.isAfter(end)) {
                return;
            }
            clock.at(at, () -> {
                work.run();
                return null;
            });
        }
    }

    /** The demo sign-ins' grid first, so that "leader" and "worker" find notices about them. */
    private List<HistoryPlan.Grid> homeFirst(List<HistoryPlan.Grid> grids) {
        String home = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        List<HistoryPlan.Grid> ordered = new ArrayList<>(grids);
        ordered.sort(Comparator.comparing(grid -> !grid.code().equals(home)));
        return ordered;
    }

    /** A supervisor of one of the four offices, seeing the whole district. */
    private CurrentUser office(String username, String name, String department) {
        if (accounts.find(username).isEmpty()) {
            RegionCode district = RegionCode.of(DemoDistrict.DISTRICT);
            accounts.openAllWithSamePassword(
                    List.of(NewAccount.scoped(
                            username,
                            name,
                            Role.DEPARTMENT_STAFF,
                            Set.of(district),
                            DemoDistrict.DEMO_PASSWORD,
                            false)),
                    DemoDistrict.DEMO_PASSWORD);
            departments.assign(username, department);
        }
        return accounts.loadUserByUsername(username);
    }
}
