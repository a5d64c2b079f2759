package org.linju.agenda;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of the ten big things: every item in the viewer's area (paged, filtered by year, area and status),
 * the committee's queue of candidates, adding a candidate, and closing a year.
 */
@Controller
class AgendaListController {

    private final AnnualItemList list;
    private final AnnualItems items;
    private final AreaChoices areas;
    private final AreaNames names;
    private final Clock clock;

    AgendaListController(AnnualItemList list, AnnualItems items, AreaChoices areas, AreaNames names, Clock clock) {
        this.list = list;
        this.items = items;
        this.areas = areas;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/agenda")
    String list(@AuthenticationPrincipal CurrentUser user, AnnualItemFilter filter, Model model) {
        model.addAttribute("page", named(list.page(user, filter), model));
        common(user, filter, model);
        return "agenda/list";
    }

    @GetMapping("/agenda/proposals")
    String proposals(@AuthenticationPrincipal CurrentUser user, AnnualItemFilter filter, Model model) {
        AgendaAccess.requireDecider(user);
        model.addAttribute("page", named(list.candidates(user, filter), model));
        common(user, filter, model);
        return "agenda/proposals";
    }

    private ListPage<AnnualItem> named(ListPage<AnnualItem> page, Model model) {
        model.addAttribute(
                "areaNames",
                names.of(page.rows().stream().map(AnnualItem::areaCode).toList()));
        return page;
    }

    private void common(CurrentUser user, AnnualItemFilter filter, Model model) {
        int year = AgendaYear.current(clock);
        List<AreaChoices.Area> choices = areas.within(user.scope());
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", choices);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(0, 4).map(back -> year + 1 - back).boxed().toList());
        model.addAttribute("currentYear", year);
        model.addAttribute("mayDecide", AgendaAccess.decides(user));
        model.addAttribute(
                "communities",
                choices.stream()
                        .filter(area -> area.level() == RegionLevel.COMMUNITY)
                        .toList());
    }

    @PostMapping("/agenda/candidates")
    String addCandidate(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String community,
            @RequestParam(required = false) @Nullable String grid,
            @RequestParam int year,
            @RequestParam String title,
            @RequestParam(defaultValue = "") String description) {
        UUID id = items.addCandidate(user, new Candidate(community.strip(), grid, year, title, description));
        return "redirect:/agenda/items/" + id;
    }

    @PostMapping("/agenda/close")
    String closeYear(
            @AuthenticationPrincipal CurrentUser user, @RequestParam String community, @RequestParam int year) {
        items.closeYear(user, community.strip(), year);
        return "redirect:/agenda?year=" + year + "&closed";
    }
}
