package org.linju.matters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Who may see a matter and which steps they may take on it now: the viewer's scope (or their department for a red
 * matter handed to it), the handling policy for their role and the matter's colour, and what the workflow allows.
 */
@Component
class MatterAccess {

    private final MatterStore store;

    MatterAccess(MatterStore store) {
        this.store = store;
    }

    /** A matter the viewer may see: in their scope, or handed to their department. */
    MatterView matter(CurrentUser user, UUID id) {
        MatterView matter = store.find(id).orElseThrow(MatterNotFound::new);
        boolean visible = matter.gridCode() == null
                ? user.role() == Role.DISTRICT_ADMIN
                : user.scope().covers(RegionCode.of(matter.gridCode()));
        if (!visible
                && (matter.departmentCode() == null || !matter.departmentCode().equals(departmentOf(user)))) {
            throw new OutOfScope("matter");
        }
        return matter;
    }

    List<Action> available(CurrentUser user, MatterView view, Optional<Approvals.Request> pending) {
        List<Action> available = new ArrayList<>();
        for (Action action : Action.values()) {
            boolean waiting = pending.isPresent();
            boolean fits = switch (action) {
                case APPROVE, REJECT_REQUEST ->
                    waiting && !pending.get().requestedBy().equals(user.getUsername());
                case VOID, DEFER, EXTEND -> !waiting && legal(view, action);
                // Outside every grid only a red matter can go, to a department; the others wait for a grid.
                case DISPATCH -> legal(view, action) && (view.gridCode() != null || view.colour() == Colour.RED);
                default -> legal(view, action);
            };
            if (fits && permitted(user, view, action)) {
                available.add(action);
            }
        }
        return available;
    }

    boolean permitted(CurrentUser user, MatterView view, Action action) {
        Colour colour = action == Action.TRIAGE ? null : view.colour();
        if (!HandlingPolicy.may(user.role(), action, colour)) {
            return false;
        }
        // Department staff work on the red matters handed to their own department.
        return user.role() != Role.DEPARTMENT_STAFF
                || (user.departmentCode() != null && Objects.equals(view.departmentCode(), user.departmentCode()));
    }

    private static boolean legal(MatterView view, Action action) {
        Matter matter = view.workflow();
        try {
            switch (action) {
                case TRIAGE -> matter.register(Colour.GREEN, null);
                case DISPATCH -> matter.dispatch(null);
                case ACCEPT -> matter.accept();
                case RETURN -> matter.returnBack("?");
                case START -> matter.start();
                case RESOLVE -> matter.resolve("?");
                case REJECT_RESOLUTION -> matter.rejectResolution("?");
                case VERIFY -> matter.verify(null);
                case STRIKE_OFF -> matter.strikeOff(null);
                case RESUME -> matter.resume();
                case VOID, DEFER, EXTEND -> Approvals.apply(matter, action, "?");
                case MERGE -> matter.mergeInto("?");
                case APPROVE, REJECT_REQUEST -> {
                    return false;
                }
            }
            return true;
        } catch (IllegalTransition e) {
            return false;
        }
    }

    static @Nullable String departmentOf(CurrentUser user) {
        return user.role() == Role.DEPARTMENT_STAFF ? user.departmentCode() : null;
    }
}
