package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.AreaChoices;
import org.linju.grid.GridIndex;
import org.linju.grid.GridLocator;
import org.linju.meetings.MeetingList;
import org.linju.shared.DateRange;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meetings chapter of the demo history on its own, over 70 days of two communities: each holds its monthly joint
 * meetings with most invitees present and tasks decided, some done; the second skips last month's, shown as missed.
 */
class HistoryMeetingsIT extends WebIntegrationTest {

    @Autowired
    HistoryMeetings chapter;

    @Autowired
    GridLocator locator;

    @Autowired
    MeetingList list;

    @Test
    void twoCommunitiesHoldTheirMonthlyMeetingsAndTheSecondMissesLastMonth() {
        List<String> communities = List.copyOf(locator.grids().stream()
                        .map(GridIndex.Entry::communityCode)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .subList(20, 22);
        List<HistoryPlan.Grid> grids = locator.grids().stream()
                .filter(grid -> communities.contains(grid.communityCode()))
                .map(grid -> new HistoryPlan.Grid(grid.code(), grid.communityCode(), 1))
                .toList();
        HistoryStaff staff = new HistoryStaff(accounts);
        staff.open(grids, new Random(1));
        Instant end = Instant.now();

        chapter.replay(staff, grids, end.minus(Duration.ofDays(70)), end);

        YearMonth lastMonth = YearMonth.now(DateRange.CHINA).minusMonths(1);
        assertThat(list.missed(accounts.loadUserByUsername("admin"), null, lastMonth)
                        .communities())
                .extracting(AreaChoices.Area::code)
                .contains(communities.get(1))
                .doesNotContain(communities.get(0));
        assertThat(count(
                        "select count(*) from meeting where community_code = ? and state = 'HELD'", communities.get(0)))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("""
                        select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id
                        where m.community_code = ? and a.signed_in_at is not null
                        """, communities.get(0))).isPositive();
        assertThat(count("""
                        select count(*) from meeting_decision d join meeting m on m.id = d.meeting_id
                        where m.community_code = ? and d.done_at is not null
                        """, communities.get(0))).isPositive();
    }

    private long count(String sql, String community) {
        return jdbc.sql(sql).param(community).query(Long.class).single();
    }
}
