package org.linju.appraisal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Component;

/** The grid a leader or worker works in, and the grid's workers, as identity's accounts say. */
@Component
class GridStaff {

    private final Accounts accounts;

    GridStaff(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The one grid of a grid leader's or worker's scope; anyone else has none here. */
    static String gridOf(CurrentUser user, Role role) {
        return Optional.of(user)
                .filter(u -> u.role() == role)
                .flatMap(u -> u.scope().roots().stream()
                        .filter(root -> root.level() == RegionLevel.GRID)
                        .findFirst())
                .map(RegionCode::value)
                .orElseThrow(() -> new OutOfScope("appraisal for " + user.getUsername()));
    }

    List<GridWorker> workers(String grid) {
        return accounts.usernamesWithin(GridScope.of(List.of(RegionCode.of(grid)))).stream()
                .map(accounts::find)
                .flatMap(Optional::stream)
                .filter(user -> user.role() == Role.GRID_WORKER && user.isEnabled())
                .map(user -> new GridWorker(user.id(), user.displayName()))
                .sorted(Comparator.comparing(GridWorker::name))
                .toList();
    }

    GridWorker worker(String grid, UUID id) {
        return workers(grid).stream()
                .filter(worker -> worker.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AppraisalRefused("appraisal.refused.notYourWorker"));
    }
}
