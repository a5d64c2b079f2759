package org.linju.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.Theme;
import org.linju.works.LivelihoodProjects;
import org.linju.works.ProjectDraft;
import org.linju.works.ProjectStatus;
import org.linju.works.WorksFunding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's livelihood projects after brief §4 (Yumen's promises, drawn inside the demo district): a plaza renovation,
 * a second heating plant with 30 % of the work done and commissioning planned for September, a 3.47 km road upgrade
 * from one named road to another, and an old-compound drainage project still planned; with sub-works whose progress
 * was recorded over the past months, milestones, and money from budget lines where the funds module has lines to give
 * (it is asked only when present; without it the projects simply have no funding). The back streets are
 * {@link DemoBackStreets}', the themes of the ten big things {@link DemoWorkThemes}'.
 */
@Component
@Order(80)
class DemoWorks implements DemoChapter {

    private static final Logger log = LoggerFactory.getLogger(DemoWorks.class);

    private final LivelihoodProjects projects;
    private final DemoWorksProgress history;
    private final WorksFunding funding;
    private final Accounts accounts;
    private final Clock clock;

    DemoWorks(
            LivelihoodProjects projects,
            DemoWorksProgress history,
            WorksFunding funding,
            Accounts accounts,
            Clock clock) {
        this.projects = projects;
        this.history = history;
        this.funding = funding;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void load(Random random) {
        LocalDate today = LocalDate.now(clock.withZone(DemoWorksPlaces.CHINA));
        Where w = new Where(accounts.loadUserByUsername("admin"), home("street"), home("secretary"), today);
        List<UUID> funded = List.of(plaza(w), heatingPlant(w), road(w));
        drainage(w);
        fund(w.admin(), funded);
        log.info("Loaded 4 livelihood projects");
    }

    /** Who registers the demo's projects, where, and on which day. */
    private record Where(CurrentUser admin, String street, String community, LocalDate today) {

        int year() {
            return today.getYear();
        }
    }

    private UUID plaza(Where w) {
        UUID plaza = project(
                w.admin(),
                draft(
                        "人民广场改造提升",
                        w.community(),
                        w.year(),
                        ProjectStatus.UNDER_CONSTRUCTION,
                        "D034",
                        "达州川东城建工程有限公司",
                        "拆除破损铺装，新建透水铺装1.2万平方米，补植乔灌木，更新照明和广播，增设健身器材和无障碍坡道。",
                        DemoWorksPlaces.PLAZA,
                        w.year(),
                        "实施人民广场改造提升",
                        List.of(Theme.CIVILISED_CITY, Theme.THREE_MICRO)));
        history.course(
                w.admin(),
                plaza,
                w.today(),
                List.of(
                        new DemoWorksProgress.Part("铺装改造", 4, 80),
                        new DemoWorksProgress.Part("绿化提升", 3, 60),
                        new DemoWorksProgress.Part("照明与广播", 2, 30),
                        new DemoWorksProgress.Part("健身器材与座椅", 1, 0)));
        history.steps(
                w.admin(),
                plaza,
                List.of(
                        new DemoWorksProgress.Step("方案公示、征求居民意见", w.today().minusMonths(5), true),
                        new DemoWorksProgress.Step("开工", w.today().minusMonths(4), true),
                        new DemoWorksProgress.Step("主体完工", w.today().plusMonths(1), false),
                        new DemoWorksProgress.Step("竣工验收并向居民公布", w.today().plusMonths(3), false)));
        return plaza;
    }

    private UUID heatingPlant(Where w) {
        UUID heating = project(
                w.admin(),
                draft(
                        "城区第二热源厂建设",
                        w.street(),
                        w.year(),
                        ProjectStatus.UNDER_CONSTRUCTION,
                        "D025",
                        "四川蜀能热力建设有限公司",
                        "新建热源厂一座（2×70兆瓦燃气锅炉）及配套一次管网，解决城区北部冬季供暖不足。",
                        DemoWorksPlaces.HEATING_PLANT,
                        w.year(),
                        "建成城区第二热源厂，年内完成工程量30%，" + (w.year() + 1) + "年9月投产运行",
                        List.of(Theme.EMERGENCY_SYSTEM)));
        history.course(
                w.admin(),
                heating,
                w.today(),
                List.of(
                        new DemoWorksProgress.Part("土建工程", 5, 54),
                        new DemoWorksProgress.Part("设备采购与安装", 3, 10),
                        new DemoWorksProgress.Part("一次管网接驳", 2, 0)));
        history.steps(
                w.admin(),
                heating,
                List.of(
                        new DemoWorksProgress.Step("开工", w.today().minusMonths(6), true),
                        new DemoWorksProgress.Step("主体封顶", w.today().plusMonths(4), false),
                        new DemoWorksProgress.Step("投产运行", LocalDate.of(w.year() + 1, 9, 30), false)));
        return heating;
    }

    private UUID road(Where w) {
        UUID road = project(
                w.admin(),
                draft(
                        "翠屏路至金龙大道道路提质改造",
                        w.street(),
                        w.year() - 1,
                        ProjectStatus.COMPLETED,
                        "D035",
                        "达州市交通建设集团有限公司",
                        "全长3.47公里，沥青罩面、人行道改造、雨水管网和交通设施同步更新。",
                        DemoWorksPlaces.ROAD,
                        w.year() - 1,
                        "完成翠屏路至金龙大道3.47公里道路提质改造",
                        List.of(Theme.CIVILISED_CITY)));
        history.course(
                w.admin(),
                road,
                w.today().minusMonths(3),
                List.of(
                        new DemoWorksProgress.Part("路面工程", 5, 100),
                        new DemoWorksProgress.Part("人行道与雨水管网", 3, 100),
                        new DemoWorksProgress.Part("交通设施", 2, 100)));
        history.steps(
                w.admin(),
                road,
                List.of(
                        new DemoWorksProgress.Step("开工", w.today().minusMonths(14), true),
                        new DemoWorksProgress.Step("竣工通车", w.today().minusMonths(3), true)));
        return road;
    }

    private void drainage(Where w) {
        projects.register(
                w.admin(),
                draft(
                        "老旧小区雨污分流改造",
                        w.community(),
                        w.year(),
                        ProjectStatus.PLANNED,
                        "D034",
                        "",
                        "对辖区五个老旧小区实施雨污分流，解决雨季内涝和化粪池外溢。",
                        DemoWorksPlaces.DRAINAGE,
                        null,
                        null,
                        List.of(Theme.OLD_COMPOUND_RENEWAL, Theme.WATER)));
    }

    private String home(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private static ProjectDraft draft(
            String name,
            String area,
            int year,
            ProjectStatus status,
            String owner,
            String contractor,
            String scope,
            String geometry,
            @Nullable Integer promiseYear,
            @Nullable String promise,
            List<Theme> themes) {
        return new ProjectDraft(
                name, area, year, status, scope, owner, contractor, geometry, promiseYear, promise, themes);
    }

    private UUID project(CurrentUser admin, ProjectDraft draft) {
        return projects.register(admin, draft);
    }

    /** Money from the lines the funds module offers, when it is there: at most a tenth of what a line has left. */
    private void fund(CurrentUser admin, List<UUID> funded) {
        if (!funding.available()) {
            return;
        }
        for (UUID project : funded) {
            funding.choices(admin, project).stream()
                    .filter(line -> line.unallocatedFen() >= 1_000_000)
                    .findFirst()
                    .ifPresent(line -> funding.allocate(admin, project, line.id(), line.unallocatedFen() / 10));
        }
    }
}
