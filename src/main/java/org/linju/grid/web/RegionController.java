package org.linju.grid.web;

import java.util.ArrayList;
import java.util.List;
import org.linju.grid.RegionView;
import org.linju.grid.Regions;
import org.linju.identity.CurrentUser;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The region tree browser: district → streets → communities → grids, within the viewer's scope. */
@Controller
class RegionController {

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    String tree(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("nodes", regions.districts(user.scope()));
        return "grid/regionTree";
    }

    @GetMapping("/regions/{code}")
    String node(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        RegionCode regionCode = RegionCode.of(code);
        if (regionCode.level() == RegionLevel.GRID) {
            return "redirect:/grids/" + code;
        }
        RegionView node = regions.node(regionCode, user.scope());
        List<RegionView> path = new ArrayList<>();
        RegionCode current = regionCode;
        while (current.level() != RegionLevel.DISTRICT) {
            current = current.parent();
            path.add(0, regions.node(current, user.scope()));
        }
        model.addAttribute("node", node);
        model.addAttribute("path", path);
        model.addAttribute("children", regions.children(regionCode, user.scope()));
        return "grid/regionNode";
    }

    @GetMapping("/regions/{code}/children")
    String children(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("nodes", regions.children(RegionCode.of(code), user.scope()));
        return "grid/partials/regionChildren";
    }
}
