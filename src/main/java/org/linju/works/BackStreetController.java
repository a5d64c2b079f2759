package org.linju.works;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.disclosure.DisclosureRoles;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The back-street register: the list of the viewer's area, a street's page, and registering a street. */
@Controller
class BackStreetController {

    private final BackStreetList list;
    private final BackStreets streets;
    private final AreaChoices areas;
    private final AreaNames names;
    private final WorksMap map;
    private final Clock clock;

    BackStreetController(
            BackStreetList list, BackStreets streets, AreaChoices areas, AreaNames names, WorksMap map, Clock clock) {
        this.list = list;
        this.streets = streets;
        this.areas = areas;
        this.names = names;
        this.map = map;
        this.clock = clock;
    }

    @GetMapping("/works/streets")
    String list(@AuthenticationPrincipal CurrentUser user, BackStreetFilter filter, Model model) {
        ListPage<BackStreet> page = list.page(user, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "areaNames",
                names.of(page.rows().stream().map(BackStreet::areaCode).toList()));
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("grades", StreetGrade.values());
        model.addAttribute("mayManage", WorksAccess.manages(user));
        return "works/streets";
    }

    @GetMapping("/works/streets/{id}")
    String street(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        BackStreet street = streets.street(user, id);
        model.addAttribute("street", street);
        model.addAttribute("areaName", names.of(List.of(street.areaCode())).get(street.areaCode()));
        model.addAttribute("works", streets.works(user, id));
        model.addAttribute("catalogue", StreetWork.values());
        model.addAttribute("grades", StreetGrade.values());
        model.addAttribute("mayManage", WorksAccess.manages(user));
        model.addAttribute("mayDisclose", DisclosureRoles.mayDraft(user));
        model.addAttribute("today", WorksCalendar.today(clock));
        map.addTo(model);
        return "works/street";
    }

    @GetMapping("/works/streets/new")
    ModelAndView blank(@AuthenticationPrincipal CurrentUser user) {
        if (!WorksAccess.manages(user)) {
            throw new OutOfScope("registering back streets");
        }
        return form(user, null);
    }

    @PostMapping("/works/streets")
    ModelAndView register(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "0") int year,
            @RequestParam(required = false) @Nullable BigDecimal lengthMetres,
            @RequestParam StreetGrade targetGrade,
            @RequestParam(required = false) @Nullable StreetGrade achievedGrade,
            @RequestParam(defaultValue = "false") boolean demolitionHeld,
            @RequestParam(required = false) @Nullable String geometry) {
        try {
            if (area.isBlank()) {
                throw new WorksRefused("area", "works.areaMissing");
            }
            StreetDraft draft = new StreetDraft(
                    name, area, year, lengthMetres, targetGrade, achievedGrade, demolitionHeld, geometry);
            return new ModelAndView("redirect:/works/streets/" + streets.register(user, draft));
        } catch (WorksRefused refused) {
            return form(user, refused);
        }
    }

    private ModelAndView form(CurrentUser user, @Nullable WorksRefused refused) {
        ModelAndView page = new ModelAndView("works/streetForm");
        page.addObject("areaChoices", areas.within(user.scope()));
        page.addObject("grades", StreetGrade.values());
        page.addObject("year", WorksCalendar.today(clock).getYear());
        page.addObject("tileUrl", map.tileUrl());
        if (refused != null) {
            page.addObject("error", refused.getMessage());
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    @PostMapping("/works/streets/{id}/grade")
    String accept(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable StreetGrade achievedGrade) {
        streets.accept(user, id, achievedGrade);
        return "redirect:/works/streets/" + id;
    }

    @PostMapping("/works/streets/{id}/works")
    String recordWork(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam StreetWork work,
            @RequestParam LocalDate doneOn) {
        streets.recordWork(user, id, work, doneOn);
        return "redirect:/works/streets/" + id + "#street-works";
    }
}
