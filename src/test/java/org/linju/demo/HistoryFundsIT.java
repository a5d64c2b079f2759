package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The replayed months' money: a month replayed (twice, as a load and a history that overlap would) pays each water
 * line's month once and a replayed grid's workers one twelfth of their yearly pay.
 */
class HistoryFundsIT extends WebIntegrationTest {

    @Autowired
    HistoryFunds history;

    @Test
    void aReplayedMonthIsPaidOnceWithTheGridWorkersTwelfth() {
        String grid = jdbc.sql("""
				select area_code from budget_line
				where fiscal_year = 2026 and standard = 'GRID_WORKER_PAY' and area_code like '511703%' and spent_fen = 0
				order by area_code limit 1
				""").query(String.class).single();
        List<HistoryPlan.Grid> grids = List.of(new HistoryPlan.Grid(grid, grid.substring(0, 12), 1000));
        Instant start = Instant.parse("2026-09-30T16:00:00Z");
        Instant end = Instant.parse("2026-10-31T16:00:00Z");

        history.replay(null, grids, start, end);
        history.replay(null, grids, start, end);

        assertThat(jdbc.sql(
                                "select spent_fen * 12 = amount_fen from budget_line where area_code = ? and standard = 'GRID_WORKER_PAY' and fiscal_year = 2026")
                        .param(grid)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from budget_payment where voucher_no = 'SL2026-1-10'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
