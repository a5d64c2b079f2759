package org.linju.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An item's progress as the board shows it, from its weighted milestones. */
class ProgressRollUpTest {

    private static final LocalDate PLANNED = LocalDate.of(2026, 6, 30);
    private static final LocalDate DONE = LocalDate.of(2026, 7, 2);

    private static Milestone open(int weight) {
        return new Milestone(UUID.randomUUID(), "open", PLANNED, null, weight);
    }

    private static Milestone done(int weight) {
        return new Milestone(UUID.randomUUID(), "done", PLANNED, DONE, weight);
    }

    @Test
    void noMilestonesIsNoProgress() {
        assertThat(ProgressRollUp.percent(List.of())).isZero();
    }

    @Test
    void noneDoneIsZeroAndAllDoneIsAHundred() {
        assertThat(ProgressRollUp.percent(List.of(open(1), open(3)))).isZero();
        assertThat(ProgressRollUp.percent(List.of(done(1), done(3)))).isEqualTo(100);
    }

    @Test
    void weightsCountNotTheNumberOfMilestones() {
        assertThat(ProgressRollUp.percent(List.of(done(1), open(3)))).isEqualTo(25);
        assertThat(ProgressRollUp.percent(List.of(open(1), done(3)))).isEqualTo(75);
        assertThat(ProgressRollUp.percent(List.of(done(1), done(2), open(4), open(1))))
                .isEqualTo(37);
    }

    @Test
    void roundsDownSoOnlyEveryMilestoneDoneShowsAHundred() {
        assertThat(ProgressRollUp.percent(List.of(done(1), done(1), open(1)))).isEqualTo(66);
        assertThat(ProgressRollUp.percent(List.of(done(100), done(100), open(1))))
                .isEqualTo(99);
        assertThat(ProgressRollUp.percent(List.of(done(1), open(100)))).isZero();
    }

    @Test
    void theStatusFollowsTheProgress() {
        assertThat(ItemStatus.ofProgress(0)).isEqualTo(ItemStatus.ADOPTED);
        assertThat(ItemStatus.ofProgress(37)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(ItemStatus.ofProgress(100)).isEqualTo(ItemStatus.DONE);
    }
}
