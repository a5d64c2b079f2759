package org.linju.grid.web;

import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.shared.GridCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The grid map and what it opens: a grid's card and its full page. */
@Controller
class MapController {

    private final Grids grids;
    private final String tileUrl;
    private final String tileAttribution;

    MapController(
            Grids grids,
            @Value("${linju.map.tile-url:}") String tileUrl,
            @Value("${linju.map.tile-attribution:}") String tileAttribution) {
        this.grids = grids;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "grid/gridMap";
    }

    @GetMapping("/grids/{code}/card")
    String card(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("card", grids.card(GridCode.of(code), user.scope()));
        return "grid/partials/gridCard";
    }

    @GetMapping("/grids/{code}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("detail", grids.detail(GridCode.of(code), user.scope()));
        return "grid/gridDetail";
    }
}
