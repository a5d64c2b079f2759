package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linju.demo.HistoryPlan.Move;
import org.linju.demo.HistoryPlan.Step;
import org.linju.matters.Channel;

/** The demo history's plan: the same seed gives the same district's past, and that past looks like Dachuan's. */
class HistoryPlanTest {

    /** 28 communities of 10 or 11 grids, as the demo district has 287. */
    private static List<HistoryPlan.Grid> district() {
        List<HistoryPlan.Grid> grids = new ArrayList<>();
        for (int i = 0; i < 287; i++) {
            String community = "511703001%03d".formatted(1 + i % 28);
            grids.add(new HistoryPlan.Grid(community + "%02d".formatted(1 + i / 28), community, 0.5 + (i % 7) / 4.0));
        }
        return grids;
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        HistoryPlan first = HistoryPlanner.draw(DemoDistrict.SEED, 90, 36_000, district());
        HistoryPlan second = HistoryPlanner.draw(DemoDistrict.SEED, 90, 36_000, district());
        assertThat(second).isEqualTo(first);
        assertThat(HistoryPlanner.draw(DemoDistrict.SEED + 1, 90, 36_000, district()))
                .isNotEqualTo(first);
    }

    @Test
    void ninetyDaysOfTheWholeDistrictAreAboutEighteenThousandMattersThroughEveryChannel() {
        HistoryPlan plan = HistoryPlanner.draw(DemoDistrict.SEED, 90, 36_000, district());
        assertThat(plan.matters()).hasSizeBetween(16_000, 20_000);
        assertThat(plan.matters().stream().map(HistoryPlan.Matter::channel).collect(Collectors.toSet()))
                .as("every channel but the QR code's, whose questions come from the published items' pages")
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Channel.QR_CODE)));
        assertThat(plan.steps().stream().map(Step::move).collect(Collectors.toSet()))
                .as("every kind of step, the second-person decisions, merges and reopenings included")
                .containsExactlyInAnyOrder(Move.values());
        assertThat(plan.steps())
                .as("in the order they happen, all before the end")
                .isSortedAccordingTo(Comparator.comparingLong(Step::before).reversed())
                .allMatch(step -> step.before() > 0 && step.before() <= 90L * 86_400);
    }

    @Test
    void theStartsTimeOfDayMovesTheHoursButNotTheVolume() {
        HistoryPlan morning = HistoryPlanner.draw(DemoDistrict.SEED, 30, 8 * 3600, district());
        HistoryPlan evening = HistoryPlanner.draw(DemoDistrict.SEED, 30, 20 * 3600, district());
        assertThat(evening.matters()).hasSameSizeAs(morning.matters());
        assertThat(evening.matters().stream()
                        .map(HistoryPlan.Matter::grid)
                        .sorted()
                        .toList())
                .isEqualTo(morning.matters().stream()
                        .map(HistoryPlan.Matter::grid)
                        .sorted()
                        .toList());
    }

    @Test
    void eachCommunityHasItsOwnPropensitiesWhicheverGridsArePlanned() {
        Map<String, HistoryPlan.Propensity> all = HistoryPlanner.propensities(DemoDistrict.SEED, district());
        assertThat(Set.copyOf(all.values())).hasSize(28);
        Map<String, HistoryPlan.Propensity> some =
                HistoryPlanner.propensities(DemoDistrict.SEED, district().subList(0, 3));
        some.forEach((community, propensity) -> assertThat(all.get(community)).isEqualTo(propensity));
    }
}
