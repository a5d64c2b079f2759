package org.linju.grid;

import java.util.List;

/** What a boundary import did: every grid was applied, or none was and the problems say why. */
public record BoundaryImportOutcome(int applied, List<BoundaryProblem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
