package org.linju.registry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task a department pushes to grids.
 *
 * @param departmentCode the department handing it down (a department's own staff always hand down their own)
 * @param gridCodes the grids, picked from the caller's area tree
 * @param itemCode the item of the list, or none for a task outside the list
 * @param purchase what funds a task outside the list
 */
public record TaskRequest(
        @Nullable String departmentCode,
        List<String> gridCodes,
        @Nullable String itemCode,
        String title,
        LocalDate deadline,
        @Nullable Purchase purchase) {

    public TaskRequest {
        gridCodes = List.copyOf(gridCodes);
    }
}
