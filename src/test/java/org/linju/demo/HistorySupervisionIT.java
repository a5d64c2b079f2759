package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.DateRange;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervision chapter of the demo history, on one grid far from other tests' ground: six notices in the window,
 * answered and accepted, sent back once, waiting for the office, and one left past its deadline; none in the future.
 */
class HistorySupervisionIT extends WebIntegrationTest {

    @Autowired
    HistorySupervision chapter;

    @Test
    void thePastNoticesTakeEveryCourseAndOneIsOverdue() {
        String grid = jdbc.sql("select code from grid where code like '" + DemoDistrict.DISTRICT
                        + "%' order by code desc offset 3 limit 1")
                .query(String.class)
                .single();
        HistoryPlan.Grid planned = new HistoryPlan.Grid(grid, grid.substring(0, 12), 1.0);
        HistoryStaff staff = new HistoryStaff(accounts);
        staff.open(List.of(planned), new Random(1));
        Instant end = Instant.now();

        chapter.replay(staff, List.of(planned), end.minus(Duration.ofDays(30)), end);

        Map<String, Long> states = jdbc
                .sql("select state from supervision_notice where grid_code = ?")
                .param(grid)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(state -> state, Collectors.counting()));
        assertThat(states).isEqualTo(Map.of("ACCEPTED", 4L, "REPORTED", 1L, "OPEN", 1L));
        LocalDate today = LocalDate.now(DateRange.CHINA);
        assertThat(jdbc.sql(
                                "select count(*) from supervision_notice where grid_code = ? and state = 'OPEN' and deadline < ?")
                        .params(grid, today)
                        .query(Long.class)
                        .single())
                .as("one notice left unanswered past its deadline")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from supervision_step s join supervision_notice n on n.id = s.notice_id "
                                + "where n.grid_code = ? and (s.at > now() or s.action = 'SENT_BACK')")
                        .param(grid)
                        .query(Long.class)
                        .single())
                .as("two sent back once, nothing in the future")
                .isEqualTo(2);
    }
}
