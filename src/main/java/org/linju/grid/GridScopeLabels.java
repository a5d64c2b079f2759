package org.linju.grid;

import java.util.List;
import java.util.Map;
import org.linju.identity.GridScope;
import org.linju.identity.ScopeLabels;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/** The names of a scope's streets, communities and grids for the user menu; a code without a name shows as itself. */
@Component
class GridScopeLabels implements ScopeLabels {

    private final AreaNames names;

    GridScopeLabels(AreaNames names) {
        this.names = names;
    }

    @Override
    public List<String> namesOf(GridScope scope) {
        List<String> codes =
                scope.roots().stream().map(RegionCode::value).sorted().toList();
        Map<String, String> named = names.of(codes);
        return codes.stream().map(code -> named.getOrDefault(code, code)).toList();
    }
}
