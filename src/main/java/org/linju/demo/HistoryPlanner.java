package org.linju.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linju.demo.HistoryPlan.Grid;
import org.linju.demo.HistoryPlan.Matter;
import org.linju.demo.HistoryPlan.Propensity;
import org.linju.matters.Channel;
import org.linju.matters.Difficulty;
import org.linju.matters.Urgency;

/**
 * Draws a {@link HistoryPlan} from a seed: about {@value #MATTERS_A_DAY} reports a day over the whole district (fewer
 * for fewer grids), spread over the grids by population and over the day by the hour residents report at, through
 * every channel; each community has its own propensities (late acceptance, matters left stalled, unsatisfied
 * residents), so its three rates differ from its neighbours'. What each matter then goes through is
 * {@link MatterCourse}'s.
 */
final class HistoryPlanner {

    /** Reports a day in Dachuan: about 18,000 in 90 days. */
    static final int MATTERS_A_DAY = 200;

    private static final int DAY = 86_400;
    /** Share of the day's reports per China-time hour, 0–23: few at night, peaks mid-morning and afternoon. */
    private static final int[] HOURS = {1, 1, 1, 1, 1, 2, 4, 7, 10, 12, 11, 9, 6, 7, 9, 10, 10, 9, 7, 6, 5, 4, 2, 1};

    private static final Channel[] CHANNELS = {
        Channel.WEB, Channel.PATROL, Channel.HOTLINE, Channel.WALK_IN, Channel.API
    };
    private static final int[] CHANNEL_SHARES = {30, 30, 20, 10, 10};
    private static final String[] CATEGORIES = {
        "0101", "0102", "0103", "0104", "0201", "0202", "0301", "1001", "1002", "1003", "1101", "1102", "1201", "1202",
        "1203", "1301", "1302", "D1", "D2", "D3", "D4", "D5"
    };
    private static final int[] CATEGORY_SHARES = {8, 3, 3, 4, 5, 3, 2, 12, 4, 6, 6, 8, 3, 5, 2, 5, 4, 4, 4, 2, 5, 2};

    private record Reported(Grid grid, long before) {}

    private HistoryPlanner() {}

    /**
     * @param endSecondOfDay the China-time second of the day the history ends at, so that reports follow the hours
     */
    static HistoryPlan draw(long seed, int days, int endSecondOfDay, List<Grid> grids) {
        Random random = new Random(seed);
        Map<String, Propensity> propensities = propensities(seed, grids);
        double total = grids.stream().mapToDouble(Grid::population).sum();
        List<Matter> matters = new ArrayList<>();
        List<HistoryPlan.Step> steps = new ArrayList<>();
        Map<String, Integer> lastInGrid = new HashMap<>();
        for (int day = days - 1; day >= 0; day--) {
            int count = reportsOn(random, share(grids));
            List<Reported> reported = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                reported.add(new Reported(
                        pick(random, grids, total), (long) day * DAY + secondsBeforeEnd(random, endSecondOfDay)));
            }
            reported.sort(Comparator.comparingLong(Reported::before).reversed());
            for (Reported report : reported) {
                // Each matter draws from its own random: how many there are and where does not depend on their courses.
                Random own = new Random(seed * 1_000_003L + matters.size());
                Matter matter = matter(
                        own,
                        matters.size(),
                        report.grid(),
                        lastInGrid.get(report.grid().code()));
                matters.add(matter);
                if (new MatterCourse(own, propensities.get(report.grid().community()))
                        .plan(matter, report.before(), steps)) {
                    lastInGrid.put(report.grid().code(), matter.index());
                }
            }
        }
        steps.sort(Comparator.comparingLong(HistoryPlan.Step::before).reversed());
        return new HistoryPlan(List.copyOf(matters), List.copyOf(steps));
    }

    /** The district's volume scaled to the grids planned for: 287 grids make the whole district. */
    private static double share(List<Grid> grids) {
        return Math.min(1.0, grids.size() / 287.0);
    }

    private static int reportsOn(Random random, double share) {
        double mean = MATTERS_A_DAY * share * (0.85 + 0.3 * random.nextDouble());
        return (int) Math.round(mean);
    }

    /** Each community's propensities, from the seed and its code alone: the same whichever grids are planned. */
    static Map<String, Propensity> propensities(long seed, List<Grid> grids) {
        Map<String, Propensity> byCommunity = new HashMap<>();
        for (Grid grid : grids) {
            byCommunity.computeIfAbsent(grid.community(), community -> {
                Random random = new Random(seed ^ Long.parseLong(community));
                return new Propensity(
                        0.02 + 0.14 * random.nextDouble(),
                        0.025 + 0.10 * random.nextDouble(),
                        0.04 + 0.14 * random.nextDouble(),
                        0.45 + 0.35 * random.nextDouble());
            });
        }
        return byCommunity;
    }

    private static Grid pick(Random random, List<Grid> grids, double total) {
        double at = random.nextDouble() * total;
        for (Grid grid : grids) {
            at -= grid.population();
            if (at < 0) {
                return grid;
            }
        }
        return grids.get(grids.size() - 1);
    }

    private static long secondsBeforeEnd(Random random, int endSecondOfDay) {
        int hour = weighted(random, HOURS);
        int secondOfDay = hour * 3600 + random.nextInt(3600);
        return Math.floorMod(endSecondOfDay - secondOfDay, DAY) + 1;
    }

    private static Matter matter(Random random, int index, Grid grid, Integer lastInGrid) {
        Channel channel = CHANNELS[weighted(random, CHANNEL_SHARES)];
        String category = CATEGORIES[weighted(random, CATEGORY_SHARES)];
        double u = random.nextDouble();
        Urgency urgency = u < 0.01 ? Urgency.EMERGENCY : u < 0.15 ? Urgency.URGENT : Urgency.NORMAL;
        double d = random.nextDouble();
        Difficulty difficulty = d < 0.62 ? Difficulty.GRID : d < 0.92 ? Difficulty.COMMUNITY : Difficulty.DISTRICT;
        int mergeInto = lastInGrid != null && random.nextDouble() < 0.015 ? lastInGrid : -1;
        return new Matter(index, grid.code(), grid.community(), channel, category, urgency, difficulty, mergeInto);
    }

    static int weighted(Random random, int[] shares) {
        int sum = 0;
        for (int share : shares) {
            sum += share;
        }
        int at = random.nextInt(sum);
        for (int i = 0; i < shares.length; i++) {
            at -= shares[i];
            if (at < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
