package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.linju.grid.AreaChoices;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.RegionLevel;
import org.linju.shared.SteerableClock;
import org.linju.workshops.Check;
import org.linju.workshops.CheckItem;
import org.linju.workshops.DrawRequest;
import org.linju.workshops.Inspection;
import org.linju.workshops.InspectionDraw;
import org.linju.workshops.Inspections;
import org.linju.workshops.NewFinding;
import org.linju.workshops.NewWorkshop;
import org.linju.workshops.WorkKind;
import org.linju.workshops.Workshop;
import org.linju.workshops.WorkshopRegister;
import org.linju.workshops.WorkshopTitles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A dozen common-prosperity workshops in the street staff's street, one a grid: each inspected unannounced in the last
 * two months, most passed and titled, two with findings and rectifications (one done, one overdue), one titled and later
 * revoked after wages were found unpaid; and four inspections drawn for the coming month, which only supervisors see.
 */
@Component
@Order(80)
class DemoWorkshops implements DemoChapter {

    private record Sample(String name, String operator, WorkKind kind, int workers) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample("竹编共富工坊", "双河村股份经济合作社", WorkKind.HANDICRAFT, 36),
            new Sample("电商直播共富工坊", "大川优品电子商务有限公司", WorkKind.ECOMMERCE, 18),
            new Sample("富硒茶叶加工工坊", "青山茶叶专业合作社", WorkKind.AGRI_PROCESSING, 42),
            new Sample("手工布鞋工坊", "红星社区居民委员会", WorkKind.HANDICRAFT, 15),
            new Sample("香菇分拣工坊", "金垭食用菌专业合作社", WorkKind.AGRI_PROCESSING, 27),
            new Sample("服装来料加工工坊", "大川锦程服饰有限公司", WorkKind.GARMENTS, 55),
            new Sample("藤编家居工坊", "柳溪村股份经济合作社", WorkKind.HANDICRAFT, 21),
            new Sample("农特产品直播间", "川东农特产品供销合作社", WorkKind.ECOMMERCE, 9),
            new Sample("小家电组装工坊", "达州恒信电子有限公司", WorkKind.ASSEMBLY, 64),
            new Sample("川绣工坊", "妇女创业互助协会", WorkKind.HANDICRAFT, 24),
            new Sample("腊味加工工坊", "石桥村股份经济合作社", WorkKind.AGRI_PROCESSING, 31),
            new Sample("家政服务工坊", "邻里家政服务中心", WorkKind.SERVICES, 40));

    private static final String PASSED = "运营规范，账目清楚，工资按时足额发放。";
    private static final String FAILED = "货款收支未全部入账。";

    private final WorkshopRegister register;
    private final InspectionDraw draw;
    private final Inspections inspections;
    private final WorkshopTitles titles;
    private final AreaChoices areas;
    private final Accounts accounts;
    private final SteerableClock clock;

    DemoWorkshops(
            WorkshopRegister register,
            InspectionDraw draw,
            Inspections inspections,
            WorkshopTitles titles,
            AreaChoices areas,
            Accounts accounts,
            SteerableClock clock) {
        this.register = register;
        this.draw = draw;
        this.inspections = inspections;
        this.titles = titles;
        this.areas = areas;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void load(Random random) {
        CurrentUser street = accounts.loadUserByUsername("street");
        List<UUID> team =
                List.of(street.id(), accounts.loadUserByUsername("admin").id());
        List<String> grids = areas.within(street.scope()).stream()
                .filter(area -> area.level() == RegionLevel.GRID)
                .map(AreaChoices.Area::code)
                .toList();
        if (grids.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        int count = Math.min(SAMPLES.size(), grids.size());
        for (int i = 0; i < count; i++) {
            Sample sample = SAMPLES.get(i);
            String grid = grids.get(i * grids.size() / count);
            Workshop workshop = register.register(
                    street,
                    new NewWorkshop(
                            sample.name(),
                            sample.operator(),
                            grid,
                            null,
                            null,
                            sample.kind(),
                            sample.workers(),
                            today.minusMonths(8 + random.nextInt(24))));
            inspect(street, team, workshop, today.minusDays(20 + random.nextInt(35)), i);
        }
        String area = street.scope().roots().iterator().next().value();
        draw.draw(street, new DrawRequest(area, today.plusDays(2), today.plusDays(30), 4, team));
    }

    /** The workshop's past inspection; samples 3 and 9 fail on money flows, 6 has a finding, 5 loses its title. */
    private void inspect(CurrentUser street, List<UUID> team, Workshop workshop, LocalDate day, int sample) {
        Inspection inspection = at(
                day.minusDays(1),
                () -> draw.draw(street, new DrawRequest(workshop.gridCode(), day, day, 1, team))
                        .inspections()
                        .get(0));
        boolean moneyOk = sample != 3 && sample != 9;
        at(day, () -> inspections.record(street, inspection.id(), checks(moneyOk), moneyOk ? PASSED : FAILED));
        if (!moneyOk) {
            find(street, inspection, "两笔货款由个人微信收取，未入合作社账户", "货款全部转入合作社对公账户并公示", day.plusDays(sample == 3 ? 10 : 60));
            return;
        }
        if (sample == 6) {
            find(street, inspection, "考勤表未张贴公示", "每月张贴考勤与工资表", day.plusDays(7));
            inspections
                    .rectifications(workshop.id())
                    .forEach(r -> at(day.plusDays(5), () -> {
                        inspections.completeRectification(street, r.id(), "已在工坊公示栏张贴本月考勤与工资表");
                        return r;
                    }));
        }
        at(day.plusDays(1), () -> {
            titles.award(street, workshop.id(), "不打招呼检查合格");
            return workshop;
        });
        if (sample == 5) {
            at(day.plusDays(12), () -> {
                titles.revoke(street, workshop.id(), "群众扫码反映拖欠工资，经核实两个月工资未足额发放");
                return workshop;
            });
        }
    }

    private static List<Check> checks(boolean moneyOk) {
        return List.of(
                new Check(CheckItem.DAILY_OPERATION, null, true, "在岗人数与花名册一致"),
                new Check(CheckItem.MONEY_FLOWS, null, moneyOk, moneyOk ? "" : "两笔货款未入合作社账户"),
                new Check(CheckItem.WAGES, null, true, "工资经银行代发，抽查 5 人无误"),
                new Check(CheckItem.FREE, "安全生产", true, ""));
    }

    private void find(CurrentUser street, Inspection inspection, String finding, String task, LocalDate deadline) {
        at(
                inspection.day(),
                () -> inspections.addFinding(
                        street, inspection.id(), new NewFinding(finding, List.of(), task, "工坊运营单位", deadline)));
    }

    private <T> T at(LocalDate day, Supplier<T> work) {
        Instant noon = day.atTime(10, 0).atZone(DateRange.CHINA).toInstant();
        Instant now = clock.instant();
        return clock.at(noon.isAfter(now) ? now.minus(Duration.ofMinutes(1)) : noon, work);
    }
}
