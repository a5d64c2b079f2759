package org.linju.forces;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration. A person serves in a grid, or (liaison leaders, community staff) in a community.
 *
 * @param accountUsername the person's Linju sign-in, if they have one: directives then reach their inbox
 */
public record NewForceMember(
        ForceKind kind,
        String name,
        @Nullable String phone,
        @Nullable String gridCode,
        String communityCode,
        @Nullable String departmentCode,
        @Nullable String organisation,
        List<String> skills,
        @Nullable String accountUsername) {}
