package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard and the rates read running tallies; whatever happened to the matters, before and after folding
 * and after a full rebuild, they must say exactly what a plain recount over the matter table says.
 */
class TallyIT extends WebIntegrationTest {

    @Autowired
    Dashboard dashboard;

    @Autowired
    MatterMetrics metrics;

    @Autowired
    TallyFolding folding;

    @Autowired
    MatterWork work;

    @Autowired
    ResidentRatings ratings;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    @Test
    void talliesAlwaysAgreeWithARecount() {
        MatterFixtures fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
        CurrentUser leader = accounts.loadUserByUsername("leader");
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        MatterView done = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Dispatch(null, null));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Accept());
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Start(List.of()));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Resolve("已修复", List.of()));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Verify(null, List.of()));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.StrikeOff(null));
        ratings.rate(done.trackingCode(), Rating.BASICALLY_SATISFIED, null);
        MatterView voided = fixtures.triaged(work, Urgency.URGENT, Difficulty.GRID);
        voided = work.takeStep(leader, voided.id(), voided.version(), new StaffStep.RequestVoiding("误报"));
        work.takeStep(secretary, voided.id(), voided.version(), new StaffStep.Approve(null));
        MatterView late = fixtures.triaged(work, Urgency.NORMAL, Difficulty.GRID);
        work.takeStep(leader, late.id(), late.version(), new StaffStep.Dispatch(null, null));
        jdbc.sql(
                        "update matter set accept_due = now() - interval '1 hour', resolve_due = now() - interval '1 hour' where id = ?")
                .param(late.id())
                .update();
        UUID duplicate =
                UUID.fromString(fixtures.hotlineReport("0101", "楼道灯不亮，第二位居民").id());
        work.merge(leader, duplicate, 0, late.trackingCode());

        GridScope district = accounts.loadUserByUsername("admin").scope();
        GridScope community = secretary.scope();
        for (GridScope scope : List.of(district, community)) {
            assertAgreesWithRecount(scope);
        }
        folding.fold();
        assertThat(jdbc.sql("select count(*) from matter_tally_delta")
                        .query(Long.class)
                        .single())
                .isZero();
        assertAgreesWithRecount(district);
        assertAgreesWithRecount(community);
        jdbc.sql("select matter_tally_rebuild()").query(Long.class).single();
        assertAgreesWithRecount(district);
    }

    private void assertAgreesWithRecount(GridScope scope) {
        new TallyRecount(jdbc, dashboard, metrics).assertAgrees(scope, 30);
    }
}
