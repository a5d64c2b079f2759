package org.linju.matters;

import java.util.Map;
import java.util.UUID;
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
		return accounts.loadUserByUsername(username).scope().roots().iterator().next().value();
	}

	/** A point inside the grid, found on a 20 × 20 lattice over its bounding box and checked with the locator. */
	double[] pointIn(String grid) {
		Map<String, Object> box = jdbc.sql("select min_lng, min_lat, max_lng, max_lat from grid where code = ?")
			.param(grid).query().singleRow();
		double minLng = (Double) box.get("min_lng"), minLat = (Double) box.get("min_lat");
		double maxLng = (Double) box.get("max_lng"), maxLat = (Double) box.get("max_lat");
		for (int i = 1; i < 20; i++) {
			for (int j = 1; j < 20; j++) {
				double lng = minLng + (maxLng - minLng) * i / 20, lat = minLat + (maxLat - minLat) * j / 20;
				if (locator.locate(lat, lng).map(g -> g.code().equals(grid)).orElse(false)) {
					return new double[] { lat, lng };
				}
			}
		}
		throw new AssertionError("no point found in " + grid);
	}

	/** A hotline report in the leader's grid, entered by the grid leader. */
	Receipt hotlineReport(String categoryCode, String description) {
		double[] point = pointIn(gridOf("leader"));
		return intake.report(new NewReport(description, categoryCode, point[0], point[1], null, Channel.HOTLINE), null, "leader");
	}

	/** A report triaged by the grid leader. */
	MatterView triaged(MatterWork work, Urgency urgency, Difficulty difficulty) {
		UUID id = UUID.fromString(hotlineReport("0101", "楼道灯不亮，老人上下楼不便").id());
		CurrentUser leader = accounts.loadUserByUsername("leader");
		return work.act(leader, id, 0, Action.TRIAGE, new MatterWork.Input(null, urgency, difficulty, null, null, null));
	}
}
