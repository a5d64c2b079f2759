package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.registry.Assignment;
import org.linju.registry.Catalogue;
import org.linju.registry.GridTasks;
import org.linju.registry.Purchase;
import org.linju.registry.TaskOutcome;
import org.linju.registry.TaskRequest;
import org.linju.registry.WorkItem;
import org.linju.shared.DateRange;
import org.linju.shared.SteerableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Departments handing tasks to the grids over the history window, through the registry on the steered clock: about
 * one task a week per community, mostly items of the list, some for the banned or retired items (refused), some
 * outside the list with a purchase of services (funded).
 */
@Component
@Order(30)
class HistoryTasks implements HistoryChapter {

    private static final Logger log = LoggerFactory.getLogger(HistoryTasks.class);

    private static final List<String> DEPARTMENTS = List.of("D028", "D029", "D034", "D042", "D046", "D063", "D070");
    private static final List<String> OUTSIDE = List.of("老旧小区加装电梯意愿摸排", "第五次全国经济普查入户协助", "夏季防溺水入户宣传", "文明城市创建入户问卷");
    private static final List<String> PROVIDERS = List.of("大川区社工服务中心", "达州市邻里社会工作服务社", "川东志愿服务协会");

    private final GridTasks tasks;
    private final Catalogue catalogue;
    private final Accounts accounts;
    private final SteerableClock clock;

    HistoryTasks(GridTasks tasks, Catalogue catalogue, Accounts accounts, SteerableClock clock) {
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        List<WorkItem> items = catalogue.items();
        if (items.isEmpty()) {
            return;
        }
        CurrentUser admin = accounts.loadUserByUsername("admin");
        Random random = new Random(DemoDistrict.SEED + 17);
        Map<String, List<String>> byCommunity = new LinkedHashMap<>();
        grids.forEach(grid -> byCommunity
                .computeIfAbsent(grid.community(), community -> new ArrayList<>())
                .add(grid.code()));
        long weeks = Math.max(1, Duration.between(start, end).toDays() / 7);
        Map<TaskOutcome, Integer> outcomes = new EnumMap<>(TaskOutcome.class);
        for (List<String> communityGrids : byCommunity.values()) {
            for (long week = 0; week < weeks; week++) {
                Instant at = start.plus(Duration.ofDays(week * 7 + random.nextInt(7)))
                        .plus(Duration.ofMinutes(8 * 60 + random.nextInt(9 * 60)));
                if (at.isBefore(end)) {
                    TaskRequest task = task(random, items, communityGrids, at);
                    Assignment done = clock.at(at, () -> tasks.assign(admin, task));
                    outcomes.merge(done.outcome(), done.grids(), Integer::sum);
                }
            }
        }
        log.info("Demo history: tasks handed to grids {}", outcomes);
    }

    private static TaskRequest task(Random random, List<WorkItem> items, List<String> grids, Instant at) {
        String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        List<String> picked = grids.subList(0, 1 + random.nextInt(Math.min(3, grids.size())));
        LocalDate deadline = LocalDate.ofInstant(at, DateRange.CHINA).plusDays(7 + random.nextInt(24));
        int kind = random.nextInt(10);
        if (kind == 0) {
            String title = OUTSIDE.get(random.nextInt(OUTSIDE.size()));
            long fen = (2_000 + random.nextInt(30) * 500L) * 100;
            Purchase purchase = new Purchase(PROVIDERS.get(random.nextInt(PROVIDERS.size())), fen, "区级购买服务专项资金");
            return new TaskRequest(department, picked, null, title, deadline, purchase);
        }
        WorkItem item = kind == 1
                ? items.stream()
                        .filter(candidate -> candidate.code().equals(DemoWorkList.BANNED))
                        .findFirst()
                        .orElse(items.get(0))
                : items.get(random.nextInt(items.size()));
        return new TaskRequest(department, picked, item.code(), item.name(), deadline, null);
    }
}
