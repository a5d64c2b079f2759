package org.linju.works;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the works pages' maps need: the tile server the operator configured (none: the map draws without tiles). */
@Component
class WorksMap {

    private final String tileUrl;

    WorksMap(@Value("${linju.map.tile-url:}") String tileUrl) {
        this.tileUrl = tileUrl;
    }

    void addTo(Model model) {
        model.addAttribute("tileUrl", tileUrl);
    }

    String tileUrl() {
        return tileUrl;
    }
}
