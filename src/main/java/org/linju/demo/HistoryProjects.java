package org.linju.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.linju.forces.ForceMember;
import org.linju.forces.Forces;
import org.linju.forces.Project;
import org.linju.forces.Projects;
import org.linju.identity.CurrentUser;
import org.linju.shared.SteerableClock;

/**
 * The grids' project lists (项目清单) in the past: a grid leader posts a project a few days ahead, members of the
 * grid's forces sign up, and after it the leader records who came and for how many hours.
 */
final class HistoryProjects {

    private static final String[][] PROJECTS = {
        {"楼道杂物清理", "各楼栋楼道"}, {"独居老人走访", "网格内独居老人家中"}, {"消防安全宣传", "小区广场"},
        {"垃圾分类督导", "小区垃圾收集点"}, {"电动车充电隐患排查", "小区车棚"}, {"四点半课堂", "社区活动室"}
    };

    private final Projects projects;
    private final Forces forces;
    private final SteerableClock clock;

    HistoryProjects(Projects projects, Forces forces, SteerableClock clock) {
        this.projects = projects;
        this.forces = forces;
        this.clock = clock;
    }

    /** One project posted at {@code posted} in the leader's grid, held three days later. */
    void replay(CurrentUser leader, String grid, Instant posted, Random random) {
        String[] kind = PROJECTS[random.nextInt(PROJECTS.length)];
        Instant starts = posted.plus(Duration.ofDays(3)).plus(Duration.ofHours(random.nextInt(6)));
        Instant ends = starts.plus(Duration.ofHours(3));
        int needed = 4 + random.nextInt(5);
        Project project =
                clock.at(posted, () -> projects.post(leader, grid, kind[0], kind[1], starts, ends, needed, List.of()));
        List<ForceMember> members = new ArrayList<>(forces.roster(leader, grid, null));
        Collections.shuffle(members, random);
        List<ForceMember> signedUp = members.subList(0, Math.min(members.size(), needed - random.nextInt(3)));
        Instant at = posted;
        for (ForceMember member : signedUp) {
            at = at.plus(Duration.ofMinutes(20 + random.nextInt(600)));
            clock.at(at, () -> {
                projects.signUp(project.id(), member.id());
                return null;
            });
        }
        for (ForceMember member : signedUp) {
            boolean came = random.nextDouble() < 0.88;
            BigDecimal hours = came ? BigDecimal.valueOf(2 + random.nextInt(3)) : null;
            clock.at(ends.plus(Duration.ofHours(2)), () -> {
                projects.recordAttendance(leader, project.id(), member.id(), came, hours);
                return null;
            });
        }
    }
}
