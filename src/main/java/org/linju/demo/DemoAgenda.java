package org.linju.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.linju.agenda.AnnualItems;
import org.linju.agenda.AnnualProposals;
import org.linju.agenda.Candidate;
import org.linju.agenda.ItemProgress;
import org.linju.agenda.Owner;
import org.linju.grid.Grids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's ten big things: every community's list of this year (nine adopted items with owners from its roster and
 * milestones, the ones already due mostly done, and a tenth still shortlisted), last year's list archived in a few
 * communities, and some residents' proposals waiting for the party committee. All through the agenda's services, as the
 * district admin (whose area is every community).
 */
@Component
@Order(10)
class DemoAgenda implements DemoChapter {

    private static final Logger log = LoggerFactory.getLogger(DemoAgenda.class);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Titles and what they are for, after the district's own list (brief §1: lifts, lighting, fire safety …). */
    private static final List<String[]> THINGS = List.of(
            new String[] {"老旧小区改造：加装电梯", "楼龄三十年以上的单元，征得住户同意后加装电梯。"},
            new String[] {"老年助餐食堂", "在社区服务中心开设助餐点，独居和高龄老人优惠就餐、送餐上门。"},
            new String[] {"小区停车难整治", "挖潜增设停车位，错时共享机关单位车位，规范占道停车。"},
            new String[] {"背街小巷路灯亮化", "补齐背街小巷路灯，坏灯报修后三天内修复。"},
            new String[] {"消防安全隐患整治", "老旧楼栋更换消防器材，清理楼道堆物，疏通消防通道。"},
            new String[] {"“四点半课堂”", "放学后到家长下班前，志愿者和退休教师在社区看护辅导孩子。"},
            new String[] {"邻里共享空间建设", "利用闲置用房建设共享客厅，供居民议事、活动。"},
            new String[] {"电动自行车集中充电棚", "建设集中充电棚，杜绝飞线充电和进楼充电。"},
            new String[] {"无物业小区引入物业服务", "三无小区成立自管委员会，引入物业或开展准物业服务。"},
            new String[] {"雨污分流管网改造", "解决低洼小区雨季内涝和化粪池外溢。"},
            new String[] {"口袋公园建设", "将街角空地改造为口袋公园，增设健身器材和座椅。"},
            new String[] {"社区就业服务站", "开展就业需求摸排，收集周边岗位，提供一对一就业帮扶。"},
            new String[] {"垃圾分类示范小区", "设置分类投放点，党员志愿者定时值守引导。"});

    private static final String[][] MILESTONES = {
        {"方案公示、征求居民意见", "03-31", "1"},
        {"资金和手续落实", "05-31", "2"},
        {"施工（实施）", "09-30", "4"},
        {"验收并向居民公布", "12-20", "1"}
    };

    private static final String[] PROPOSALS = {"小区门口增设公交站台", "楼道加装声控灯", "菜市场周边占道经营整治", "社区图书角", "增设无障碍坡道"};

    private final AnnualItems items;
    private final ItemProgress progress;
    private final AnnualProposals proposals;
    private final Accounts accounts;
    private final Grids grids;
    private final Clock clock;

    DemoAgenda(
            AnnualItems items,
            ItemProgress progress,
            AnnualProposals proposals,
            Accounts accounts,
            Grids grids,
            Clock clock) {
        this.items = items;
        this.progress = progress;
        this.proposals = proposals;
        this.accounts = accounts;
        this.grids = grids;
        this.clock = clock;
    }

    @Override
    public void load(Random shared) {
        long started = System.nanoTime();
        Random random = new Random(shared.nextLong());
        CurrentUser admin = accounts.loadUserByUsername("admin");
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        String home = accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        // The urban communities: those drawn into grids.
        List<String> communities = grids.codesWithin(GridScope.unrestricted()).stream()
                .map(grid -> grid.substring(0, 12))
                .distinct()
                .sorted()
                .toList();
        for (int i = 0; i < communities.size(); i++) {
            String community = communities.get(i);
            List<Owner> owners = items.owners(admin, community);
            if (owners.isEmpty()) {
                continue;
            }
            yearList(admin, community, today.getYear(), today, owners, random);
            if (i < 3) {
                archivedYear(admin, community, today.getYear() - 1, owners, random);
            }
            if (i % 5 == 0 || community.equals(home)) {
                propose(community, i);
            }
        }
        log.info(
                "Loaded the ten big things of {} communities in {} ms",
                communities.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void yearList(
            CurrentUser admin, String community, int year, LocalDate today, List<Owner> owners, Random random) {
        List<String[]> things = new ArrayList<>(THINGS);
        Collections.shuffle(things, random);
        for (int n = 0; n < 10; n++) {
            UUID id = candidate(admin, community, year, things.get(n));
            if (n == 9) {
                continue; // the tenth waits, shortlisted: a place is left for a resident's proposal
            }
            items.adopt(
                    admin,
                    id,
                    owners.get(random.nextInt(Math.min(owners.size(), 30))).memberId());
            plan(admin, id, year, today, random.nextInt(3) == 0 ? 1 : 0, random);
        }
    }

    private void archivedYear(CurrentUser admin, String community, int year, List<Owner> owners, Random random) {
        List<String[]> things = new ArrayList<>(THINGS);
        Collections.shuffle(things, random);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (int n = 0; n < 6; n++) {
            UUID id = candidate(admin, community, year, things.get(n));
            items.adopt(
                    admin,
                    id,
                    owners.get(random.nextInt(Math.min(owners.size(), 30))).memberId());
            plan(admin, id, year, yearEnd, n == 5 ? 2 : 0, random);
        }
        items.closeYear(admin, community, year);
    }

    private UUID candidate(CurrentUser admin, String community, int year, String[] thing) {
        return items.addCandidate(admin, new Candidate(community, null, year, thing[0], thing[1]));
    }

    /**
     * The four milestones; those planned by {@code asOf} are done a few days either side of the plan (never after
     * {@code asOf}), except the last {@code lagging} of them: some items run late.
     */
    private void plan(CurrentUser admin, UUID item, int year, LocalDate asOf, int lagging, Random random) {
        List<UUID> due = new ArrayList<>();
        List<LocalDate> planned = new ArrayList<>();
        for (String[] milestone : MILESTONES) {
            LocalDate on = LocalDate.parse(year + "-" + milestone[1]);
            UUID id = progress.addMilestone(admin, item, milestone[0], on, Integer.parseInt(milestone[2]));
            if (!on.isAfter(asOf)) {
                due.add(id);
                planned.add(on);
            }
        }
        for (int i = 0; i < due.size() - lagging; i++) {
            LocalDate done = planned.get(i).plusDays(random.nextInt(21) - 10);
            progress.recordDone(admin, item, due.get(i), done.isAfter(asOf) ? asOf : done);
        }
    }

    private void propose(String community, int seed) {
        for (int n = 0; n < 2; n++) {
            String title = PROPOSALS[(seed + n) % PROPOSALS.length];
            proposals.propose(
                    community, null, title, "居民在网格群里多次反映，希望纳入今年的大事。", n == 0 ? "热心居民" : null, "demo-" + seed + "-" + n);
        }
    }
}
