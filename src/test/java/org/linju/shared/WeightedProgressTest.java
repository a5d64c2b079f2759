package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedProgressTest {

    @Test
    void weighsEachPartsOwnProgress() {
        // earthworks weigh 5 at 54 %, equipment 3 at 10 %, pipes 2 at 0 %: the heating plant is 30 % done
        assertThat(WeightedProgress.percent(List.of(
                        new WeightedProgress.Part(5, 54),
                        new WeightedProgress.Part(3, 10),
                        new WeightedProgress.Part(2, 0))))
                .isEqualTo(30);
    }

    @Test
    void roundsDownSoOnlyAFinishedWholeShowsAHundred() {
        assertThat(WeightedProgress.percent(
                        List.of(new WeightedProgress.Part(99, 100), new WeightedProgress.Part(1, 99))))
                .isEqualTo(99);
        assertThat(WeightedProgress.percent(
                        List.of(new WeightedProgress.Part(1, 100), new WeightedProgress.Part(7, 100))))
                .isEqualTo(100);
    }

    @Test
    void nothingToDoIsNoProgress() {
        assertThat(WeightedProgress.percent(List.of())).isZero();
    }

    @Test
    void refusesImpossibleParts() {
        assertThatThrownBy(() -> new WeightedProgress.Part(0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedProgress.Part(1, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
