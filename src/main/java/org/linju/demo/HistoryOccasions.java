package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linju.emergency.CommandBoard;
import org.linju.emergency.Declarations;
import org.linju.emergency.Directives;
import org.linju.emergency.Emergencies;
import org.linju.emergency.EmergencyPlans;
import org.linju.forces.Forces;
import org.linju.forces.Projects;
import org.linju.matters.Colour;
import org.linju.shared.SteerableClock;
import org.springframework.stereotype.Component;

/**
 * The history besides the matters: the one past emergency, in the first community replayed (the home community when
 * the whole district is), and the grids' project lists: every fortnight in each grid of that community, every
 * fortnight in the first grid of each other community.
 */
@Component
class HistoryOccasions {

    private static final Duration FORTNIGHT = Duration.ofDays(14);

    private final HistoryEmergency emergency;
    private final HistoryProjects projects;

    HistoryOccasions(
            Emergencies emergencies,
            Directives directives,
            CommandBoard board,
            Forces forces,
            Projects projects,
            SteerableClock clock,
            Declarations declarations,
            EmergencyPlans plans) {
        this.emergency = new HistoryEmergency(emergencies, directives, board, forces, clock, declarations, plans);
        this.projects = new HistoryProjects(projects, forces, clock);
    }

    void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        Map<String, List<HistoryPlan.Grid>> byCommunity = new LinkedHashMap<>();
        grids.forEach(grid -> byCommunity
                .computeIfAbsent(grid.community(), community -> new ArrayList<>())
                .add(grid));
        if (byCommunity.isEmpty()) {
            return;
        }
        String first = byCommunity.keySet().iterator().next();
        HistoryPlan.Grid firstGrid = byCommunity.get(first).get(0);
        Duration span = Duration.between(start, end);
        emergency.replay(
                start.plus(span.multipliedBy(6).dividedBy(10)),
                first,
                staff.who(HistoryPlan.Who.HANDLER, firstGrid.code(), first, Colour.RED),
                staff.who(HistoryPlan.Who.APPROVER, firstGrid.code(), first, null));
        Random random = new Random(DemoDistrict.SEED);
        byCommunity.forEach((community, its) -> {
            for (HistoryPlan.Grid grid : community.equals(first) ? its : its.subList(0, 1)) {
                projectsOf(staff, grid, start.plus(Duration.ofHours(random.nextInt(14 * 24))), end, random);
            }
        });
    }

    private void projectsOf(HistoryStaff staff, HistoryPlan.Grid grid, Instant from, Instant end, Random random) {
        for (Instant posted = from; posted.plus(Duration.ofDays(4)).isBefore(end); posted = posted.plus(FORTNIGHT)) {
            projects.replay(
                    staff.who(HistoryPlan.Who.TRIAGER, grid.code(), grid.community(), null),
                    grid.code(),
                    posted,
                    random);
        }
    }
}
