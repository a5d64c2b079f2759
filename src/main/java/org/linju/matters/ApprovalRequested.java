package org.linju.matters;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;
import org.springframework.modulith.NamedInterface;

/**
 * Someone asked to void, defer or extend a matter; {@code approvers} are the roles that may decide it in the matter's
 * grid ({@code district}: the district's region code).
 */
@NamedInterface("events")
public record ApprovalRequested(
        UUID matterId,
        String trackingCode,
        String district,
        @Nullable String gridCode,
        Action kind,
        List<Role> approvers) {}
