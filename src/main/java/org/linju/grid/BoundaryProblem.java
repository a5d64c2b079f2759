package org.linju.grid;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why one feature of a boundary import was refused.
 *
 * @param index the feature's position in the FeatureCollection, from 0
 * @param code the feature's grid code, when it had one
 * @param reason a message-bundle key ({@code boundary.*}) that {@code args} fill in
 */
public record BoundaryProblem(int index, @Nullable String code, String reason, List<Object> args) {

    static BoundaryProblem of(int index, @Nullable String code, String reason, Object... args) {
        return new BoundaryProblem(index, code, reason, List.of(args));
    }
}
