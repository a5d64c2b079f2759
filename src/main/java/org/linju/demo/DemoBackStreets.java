package org.linju.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.linju.grid.Grids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.works.BackStreets;
import org.linju.works.ProgrammeTarget;
import org.linju.works.StreetDraft;
import org.linju.works.StreetGrade;
import org.linju.works.StreetWork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's back streets (brief §4, Beijing's programme as a model): two or three lanes in each of the first
 * communities, renovated 2023–2025 to a target grade of roughly Beijing's mix, most accepted at it, a few held up by
 * demolition; the works done on each; and two programme targets: the district's own for 2023–2025 and Beijing's
 * city-wide figures (426 精品, 3,687 优美, 1,280 达标 of 5,393 streets) as a target of a higher level to compare with.
 */
@Component
@Order(81)
class DemoBackStreets implements DemoChapter {

    private static final String[] NAMES = {"槐树巷", "老街", "书院巷", "米市巷", "铁匠街", "水井巷", "仓房巷", "油房街", "盐店巷"};

    private static final int COMMUNITIES = 8;

    private final BackStreets streets;
    private final Accounts accounts;
    private final Grids grids;

    DemoBackStreets(BackStreets streets, Accounts accounts, Grids grids) {
        this.streets = streets;
        this.accounts = accounts;
        this.grids = grids;
    }

    @Override
    public void load(Random shared) {
        Random random = new Random(shared.nextLong());
        CurrentUser admin = accounts.loadUserByUsername("admin");
        List<String> communities = grids.codesWithin(GridScope.unrestricted()).stream()
                .map(grid -> grid.substring(0, 12))
                .distinct()
                .sorted()
                .limit(COMMUNITIES)
                .toList();
        int seed = 0;
        int[] targets = new int[3];
        for (String community : communities) {
            for (int n = 0; n < 2 + random.nextInt(2); n++) {
                StreetGrade target = gradeOf(random.nextInt(100));
                targets[target.ordinal()]++;
                street(admin, community, NAMES[seed % NAMES.length], seed, target, random);
                seed++;
            }
        }
        targets(admin, targets, seed);
    }

    /** The district's own target, of the grades the demo's streets were set, and Beijing's city-wide one. */
    private void targets(CurrentUser admin, int[] grades, int streetCount) {
        streets.setTarget(
                admin,
                new ProgrammeTarget(
                        UUID.randomUUID(),
                        "达川区背街小巷整治提升（2023—2025年）",
                        "511703",
                        2023,
                        2025,
                        grades[0],
                        grades[1],
                        grades[2],
                        streetCount));
        streets.setTarget(
                admin,
                new ProgrammeTarget(
                        UUID.randomUUID(),
                        "北京市背街小巷环境精细化整治提升三年行动（2023—2025年）",
                        null,
                        2023,
                        2025,
                        426,
                        3687,
                        1280,
                        5393));
    }

    /** About Beijing's mix: 8 % boutique, 68 % fine, 24 % up to standard. */
    private static StreetGrade gradeOf(int roll) {
        return roll < 8 ? StreetGrade.BOUTIQUE : roll < 76 ? StreetGrade.FINE : StreetGrade.STANDARD;
    }

    private void street(CurrentUser admin, String community, String name, int seed, StreetGrade target, Random random) {
        int year = 2023 + seed % 3;
        boolean held = target == StreetGrade.STANDARD && random.nextInt(3) == 0;
        StreetGrade achieved = year == 2025 && random.nextInt(4) == 0
                ? null
                : random.nextInt(6) == 0 && target != StreetGrade.STANDARD
                        ? StreetGrade.values()[target.ordinal() + 1]
                        : target;
        int metres = 150 + random.nextInt(600);
        UUID id = streets.register(
                admin,
                new StreetDraft(
                        name,
                        community,
                        year,
                        BigDecimal.valueOf(metres),
                        target,
                        achieved,
                        held,
                        DemoWorksPlaces.street(seed, metres)));
        StreetWork[] catalogue = StreetWork.values();
        LocalDate done = LocalDate.of(year, 4 + random.nextInt(6), 1 + random.nextInt(27));
        int works = held ? 1 : 2 + random.nextInt(3);
        for (int w = 0; w < works; w++) {
            streets.recordWork(admin, id, catalogue[(seed + w * 3) % catalogue.length], done.plusDays(w * 9L));
        }
    }
}
