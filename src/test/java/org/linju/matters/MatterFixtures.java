package org.linju.matters;

import java.util.UUID;
import org.linju.DemoPoints;
import org.linju.grid.GridLocator;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Matters in the demo district for integration tests: points inside a grid, reports entered by staff. */
final class MatterFixtures {

    private final JdbcClient jdbc;
    private final GridLocator locator;
    private final Accounts accounts;
    private final Intake intake;

    MatterFixtures(JdbcClient jdbc, GridLocator locator, Accounts accounts, Intake intake) {
        this.jdbc = jdbc;
        this.locator = locator;
        this.accounts = accounts;
        this.intake = intake;
    }

    /** The grid of the demo account (grid leader, worker …). */
    String gridOf(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    /** A point inside the grid. */
    double[] pointIn(String grid) {
        return DemoPoints.in(grid, jdbc, locator);
    }

    /** A hotline report in the leader's grid, entered by the grid leader. */
    Receipt hotlineReport(String categoryCode, String description) {
        double[] point = pointIn(gridOf("leader"));
        return intake.report(
                new NewReport(description, categoryCode, point[0], point[1], null, Channel.HOTLINE), null, "leader");
    }

    /** A report triaged by the grid leader. */
    MatterView triaged(MatterWork work, Urgency urgency, Difficulty difficulty) {
        UUID id = UUID.fromString(hotlineReport("0101", "楼道灯不亮，老人上下楼不便").id());
        CurrentUser leader = accounts.loadUserByUsername("leader");
        return work.takeStep(leader, id, 0, new StaffStep.Triage(urgency, difficulty, null, null));
    }
}
