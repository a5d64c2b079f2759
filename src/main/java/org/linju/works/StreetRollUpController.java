package org.linju.works;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back streets added up by district, street or community, and the programme targets held against them. */
@Controller
class StreetRollUpController {

    private static final List<RegionLevel> LEVELS =
            List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY);

    private final StreetRollUp rollUp;
    private final BackStreets streets;
    private final AreaChoices areas;
    private final AreaNames names;

    StreetRollUpController(StreetRollUp rollUp, BackStreets streets, AreaChoices areas, AreaNames names) {
        this.rollUp = rollUp;
        this.streets = streets;
        this.areas = areas;
        this.names = names;
    }

    @GetMapping("/works/streets/rollup")
    String rollUp(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable RegionLevel level,
            @RequestParam(required = false) @Nullable Integer year,
            Model model) {
        RegionLevel chosen = level != null && LEVELS.contains(level) ? level : RegionLevel.STREET;
        List<StreetRollUp.Row> rows = rollUp.byLevel(user, chosen, year);
        List<StreetRollUp.Standing> standings = rollUp.standings(user);
        model.addAttribute("rows", rows);
        model.addAttribute("standings", standings);
        model.addAttribute("level", chosen);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("year", year);
        model.addAttribute(
                "areaNames",
                names.of(Stream.concat(
                                rows.stream().map(StreetRollUp.Row::areaCode),
                                standings.stream()
                                        .map(standing -> standing.target().areaCode())
                                        .filter(Objects::nonNull))
                        .toList()));
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("mayManage", WorksAccess.manages(user));
        model.addAttribute("aboveDistrict", user.role() == Role.DISTRICT_ADMIN);
        return "works/rollup";
    }

    @PostMapping("/works/streets/targets")
    String setTarget(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String label,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam int yearFrom,
            @RequestParam int yearTo,
            @RequestParam int boutique,
            @RequestParam int fine,
            @RequestParam int standard,
            @RequestParam int total) {
        String code = area == null || area.isBlank() ? null : area.strip();
        streets.setTarget(
                user,
                new ProgrammeTarget(
                        UUID.randomUUID(), label.strip(), code, yearFrom, yearTo, boutique, fine, standard, total));
        return "redirect:/works/streets/rollup#targets";
    }
}
