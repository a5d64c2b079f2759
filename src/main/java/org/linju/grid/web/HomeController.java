package org.linju.grid.web;

import org.linju.grid.Regions;
import org.linju.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who you are, which part of the district you look after, and where to go next. */
@Controller
class HomeController {

    private final Regions regions;

    HomeController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("coverage", regions.coverage(user.scope()));
        model.addAttribute("districts", regions.districts(user.scope()));
        model.addAttribute(
                "scopeRoots",
                user.scope().roots().stream()
                        .map(code -> regions.node(code, user.scope()))
                        .toList());
        return "grid/home";
    }
}
