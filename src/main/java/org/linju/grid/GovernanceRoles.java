package org.linju.grid;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who acts in each of a grid's governance roles, for the public duty chart. Implemented by the module that keeps
 * the duty charts (forces); the board shows nothing extra when no implementation is present.
 */
public interface GovernanceRoles {

    /** One role of one grid: the role's message key, who acts now, and the named backup. */
    record Holder(
            String gridCode,
            String roleKey,
            String acting,
            @Nullable String backup,
            boolean switched) {}

    List<Holder> ofGrids(List<String> gridCodes);
}
