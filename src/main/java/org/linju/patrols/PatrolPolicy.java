package org.linju.patrols;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;

/**
 * Who patrols, who sees a worker's day, and which times and keys a phone may send. Grid workers and grid leaders patrol
 * their own grid. A day's track and visits are the worker's own, and their leaders' (grid leader, community secretary,
 * street staff, within their scope) and the district administrators': never another grid worker's.
 */
final class PatrolPolicy {

    static final Set<Role> PATROLLERS = Set.of(Role.GRID_WORKER, Role.GRID_LEADER);
    static final Set<Role> LEADERS =
            Set.of(Role.GRID_LEADER, Role.COMMUNITY_SECRETARY, Role.STREET_STAFF, Role.DISTRICT_ADMIN);

    /** A phone may have kept a record for up to a week without network; none comes from the future. */
    static final Duration OFFLINE_AT_MOST = Duration.ofDays(7);

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private PatrolPolicy() {}

    /** The grid {@code user} patrols: the one grid of their scope. */
    static String gridOf(CurrentUser user) {
        GridScope scope = user.scope();
        if (!PATROLLERS.contains(user.role()) || scope.roots().size() != 1) {
            throw new PatrolRefused("patrols.notAPatroller");
        }
        RegionCode root = scope.roots().iterator().next();
        if (root.level() != RegionLevel.GRID) {
            throw new PatrolRefused("patrols.notAPatroller");
        }
        return root.value();
    }

    static boolean maySee(CurrentUser viewer, UUID workerId, String gridCode) {
        return viewer.id().equals(workerId)
                || (LEADERS.contains(viewer.role()) && viewer.scope().covers(RegionCode.of(gridCode)));
    }

    static boolean leads(CurrentUser viewer) {
        return LEADERS.contains(viewer.role());
    }

    /** The instant the phone recorded, if it is plausible now. */
    static Instant recorded(Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(now.minus(OFFLINE_AT_MOST))) {
            throw new PatrolRefused("patrols.badTime");
        }
        return at;
    }

    /** An {@code Idempotency-Key}: the phone's own random id for the record. */
    static String key(String key) {
        String stripped = key == null ? "" : key.strip();
        if (!stripped.matches("[A-Za-z0-9_.:-]{8,100}")) {
            throw new PatrolRefused("patrols.badKey");
        }
        return stripped;
    }
}
