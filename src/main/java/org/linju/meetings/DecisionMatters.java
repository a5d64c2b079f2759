package org.linju.meetings;

import java.util.UUID;
import org.linju.grid.GridIndex;
import org.linju.grid.GridLocator;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/**
 * Hands a decision to the matters workflow through its intake, as a staff member's walk-in report placed inside the
 * decision's grid (so it lands in that grid's queue), keyed by the decision so a retry never makes a second matter.
 */
@Component
class DecisionMatters {

    /** The matter a decision became. */
    record Handed(UUID matterId, String trackingCode) {}

    private final Intake intake;
    private final GridLocator locator;

    DecisionMatters(Intake intake, GridLocator locator) {
        this.intake = intake;
        this.locator = locator;
    }

    Handed hand(UUID decision, String text, String gridCode, String categoryCode, String by) {
        Point inside = locator.grids().stream()
                .filter(entry -> entry.code().equals(gridCode))
                .map(GridIndex.Entry::boundary)
                .map(Geometry::getInteriorPoint)
                .findFirst()
                .orElseThrow(() -> new MeetingRefused("meeting.decisionGridRequired"));
        Receipt receipt = intake.report(
                new NewReport(text, categoryCode, inside.getY(), inside.getX(), null, Channel.WALK_IN),
                "meeting-decision-" + decision,
                by);
        return new Handed(UUID.fromString(receipt.id()), receipt.trackingCode());
    }
}
