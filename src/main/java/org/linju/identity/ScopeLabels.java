package org.linju.identity;

import java.util.List;

/**
 * The names of the areas of a data scope, for the user menu. Identity cannot read the district tree, so the module
 * that owns it implements this.
 */
public interface ScopeLabels {

    /** The names of the scope's roots (streets, communities, grids), in a stable order. */
    List<String> namesOf(GridScope scope);
}
