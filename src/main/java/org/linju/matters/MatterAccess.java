package org.linju.matters;

import java.util.Arrays;
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

    /** One rule on whether a step is available now (ddd-by-examples' policies): a step shows if all allow it. */
    @FunctionalInterface
    interface StepPolicy {
        boolean allows(CurrentUser user, MatterView view, Optional<Approvals.Request> pending, Action action);
    }

    /** The matter's stage permits the step. */
    static final StepPolicy WORKFLOW =
            (user, view, pending, action) -> view.workflow().allows(action);

    /** A matter has at most one request waiting for a decision. */
    static final StepPolicy ONE_REQUEST_AT_A_TIME =
            (user, view, pending, action) -> !action.needsApproval() || pending.isEmpty();

    /** A request waits to be decided, and not by the person who filed it. */
    static final StepPolicy DECIDED_BY_A_SECOND_PERSON =
            (user, view, pending, action) -> (action != Action.APPROVE && action != Action.REJECT_REQUEST)
                    || pending.filter(request -> !request.requestedBy().equals(user.getUsername()))
                            .isPresent();

    /** Outside every grid only a red matter can go, to a department; the others wait for a grid. */
    static final StepPolicy DISPATCH_NEEDS_A_DESTINATION = (user, view, pending, action) ->
            action != Action.DISPATCH || view.gridCode() != null || view.colour() == Colour.RED;

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

    /** The steps every policy lets this viewer take on the matter now, for the matter page's buttons. */
    List<Action> available(CurrentUser user, MatterView view, Optional<Approvals.Request> pending) {
        StepPolicy handledByTheirRole = (viewer, matter, request, action) -> permitted(viewer, matter, action);
        List<StepPolicy> policies = List.of(
                WORKFLOW,
                ONE_REQUEST_AT_A_TIME,
                DECIDED_BY_A_SECOND_PERSON,
                DISPATCH_NEEDS_A_DESTINATION,
                handledByTheirRole);
        return Arrays.stream(Action.values())
                .filter(action -> policies.stream().allMatch(policy -> policy.allows(user, view, pending, action)))
                .toList();
    }

    /** Whether who the viewer is lets them take the step: their role for the matter's colour, their department. */
    boolean permitted(CurrentUser user, MatterView view, Action action) {
        Colour colour = action == Action.TRIAGE ? null : view.colour();
        if (!HandlingPolicy.may(user.role(), action, colour)) {
            return false;
        }
        // Department staff work on the red matters handed to their own department.
        return user.role() != Role.DEPARTMENT_STAFF
                || (user.departmentCode() != null && Objects.equals(view.departmentCode(), user.departmentCode()));
    }

    static @Nullable String departmentOf(CurrentUser user) {
        return user.role() == Role.DEPARTMENT_STAFF ? user.departmentCode() : null;
    }
}
