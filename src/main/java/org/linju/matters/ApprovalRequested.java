package org.linju.matters;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;

/** Someone asked to void, defer or extend a matter; {@code approvers} are the roles that may decide it. */
public record ApprovalRequested(UUID matterId, String trackingCode, @Nullable String gridCode, Action kind,
		List<Role> approvers) {
}
