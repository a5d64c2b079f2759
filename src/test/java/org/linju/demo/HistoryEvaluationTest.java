package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.linju.shared.Bimonth;
import org.linju.shared.DateRange;

/**
 * Which cycle the demo history closes: the last whose lock (the morning after its appeal window, which closes 7 days
 * after the morning the cycle is computed, the day after it ends) still falls within the history.
 */
class HistoryEvaluationTest {

    @Test
    void inTheFirstDaysOfACycleTheOneBeforeTheJustEndedIsClosed() {
        // 2026-6 ends 2027-01-01, takes appeals until 01-08 and could be locked on 01-09 at 09:30
        assertThat(closable("2027-01-03T12:00")).isEqualTo(new Bimonth(2026, 5));
        assertThat(closable("2027-01-09T09:00")).isEqualTo(new Bimonth(2026, 5));
        assertThat(closable("2027-01-09T09:30")).isEqualTo(new Bimonth(2026, 6));
        assertThat(closable("2027-02-28T23:00")).isEqualTo(new Bimonth(2026, 6));
        // an odd month's first week: 2026-3 (May–June) still open, 2026-2 closed
        assertThat(closable("2026-07-05T18:00")).isEqualTo(new Bimonth(2026, 2));
    }

    @Test
    void laterInACycleTheJustEndedOneIsClosed() {
        assertThat(closable("2026-12-20T18:00")).isEqualTo(new Bimonth(2026, 5));
        assertThat(closable("2026-11-10T08:00")).isEqualTo(new Bimonth(2026, 5));
    }

    @Test
    void aLongerAppealWindowKeepsTheJustEndedCycleOpenLonger() {
        assertThat(HistoryEvaluation.lastClosable(at("2026-11-10T08:00"), 14)).isEqualTo(new Bimonth(2026, 4));
    }

    private static Bimonth closable(String chinaTime) {
        return HistoryEvaluation.lastClosable(at(chinaTime), 7);
    }

    private static Instant at(String chinaTime) {
        return LocalDateTime.parse(chinaTime).atZone(DateRange.CHINA).toInstant();
    }
}
