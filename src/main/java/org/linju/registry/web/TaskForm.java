package org.linju.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.registry.Purchase;
import org.linju.registry.TaskInvalid;
import org.linju.registry.TaskRequest;
import org.linju.shared.Fen;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The task assignment form: the grids picked from the tree, an item of the list or {@link #OUTSIDE}, and for a task
 * outside the list the purchase of services (the amount in yuan, at most to the fen).
 */
public record TaskForm(
        @Nullable String department,
        @Nullable List<String> grids,
        @Nullable String item,
        @Nullable String title,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate deadline,

        @Nullable String provider,
        @Nullable BigDecimal amount,
        @Nullable String fundingSource) {

    /** The item choice of a task outside the list. */
    static final String OUTSIDE = "OUTSIDE";

    /** A purchase larger than this (yuan) is a typing error, not a grid task. */
    private static final BigDecimal MOST = new BigDecimal("100000000");

    static TaskForm empty() {
        return new TaskForm(null, List.of(), null, null, null, null, null, null);
    }

    TaskRequest toCommand() {
        if (item == null || item.isBlank()) {
            throw new TaskInvalid("registry.refused.noItem");
        }
        if (deadline == null) {
            throw new TaskInvalid("registry.refused.noDeadline");
        }
        boolean outside = OUTSIDE.equals(item);
        return new TaskRequest(
                department,
                grids == null ? List.of() : grids,
                outside ? null : item,
                title == null ? "" : title,
                deadline,
                outside ? purchase() : null);
    }

    public boolean outside() {
        return OUTSIDE.equals(item);
    }

    public boolean picked(String grid) {
        return grids != null && grids.contains(grid);
    }

    private @Nullable Purchase purchase() {
        if (provider == null || provider.isBlank() || amount == null || fundingSource == null) {
            return null;
        }
        if (amount.compareTo(MOST) > 0) {
            throw new TaskInvalid("registry.refused.amountRange");
        }
        long fen = Fen.of(amount).orElseThrow(() -> new TaskInvalid("registry.refused.amountToTheFen"));
        return new Purchase(provider, fen, fundingSource);
    }
}
