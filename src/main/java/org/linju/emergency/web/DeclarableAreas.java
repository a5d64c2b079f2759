package org.linju.emergency.web;

import java.util.List;
import org.linju.grid.AreaChoices;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Component;

/** The areas an emergency or a plan may cover: the district, streets and communities of the scope (not grids). */
@Component
class DeclarableAreas {

    private final AreaChoices choices;

    DeclarableAreas(AreaChoices choices) {
        this.choices = choices;
    }

    List<AreaChoices.Area> within(GridScope scope) {
        return choices.tree(scope).stream()
                .filter(area -> area.level() != RegionLevel.GRID)
                .toList();
    }
}
