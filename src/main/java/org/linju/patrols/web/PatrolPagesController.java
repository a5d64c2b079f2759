package org.linju.patrols.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.patrols.PatrolFilter;
import org.linju.patrols.PatrolList;
import org.linju.patrols.Patrols;
import org.linju.residents.ResidentFilter;
import org.linju.residents.Residents;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patrol pages: my patrol today and the visit form (the shell the phone app keeps for offline use; their data comes
 * from the API), the household picker, the leaders' patrol list and a worker's day on the map.
 */
@Controller
class PatrolPagesController {

    private static final int HOUSEHOLD_CHOICES = 20;

    private final Patrols patrols;
    private final PatrolList list;
    private final Residents residents;
    private final AreaChoices areas;
    private final Clock clock;
    private final String tileUrl;
    private final String tileAttribution;

    PatrolPagesController(
            Patrols patrols,
            PatrolList list,
            Residents residents,
            AreaChoices areas,
            Clock clock,
            @Value("${linju.map.tile-url:}") String tileUrl,
            @Value("${linju.map.tile-attribution:}") String tileAttribution) {
        this.patrols = patrols;
        this.list = list;
        this.residents = residents;
        this.areas = areas;
        this.clock = clock;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/patrols/today")
    String today() {
        return "patrols/today";
    }

    @GetMapping("/patrols/visit")
    String visitForm() {
        return "patrols/visit";
    }

    @GetMapping("/patrols/report")
    String reportForm() {
        return "patrols/report";
    }

    /** Households of the register whose resident's name starts so, masked for the viewer and audited by residents. */
    @GetMapping("/patrols/households")
    String households(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String name,
            Model model) {
        boolean asked = name != null && !name.isBlank();
        model.addAttribute(
                "residents",
                asked
                        ? residents
                                .list(
                                        user,
                                        new ResidentFilter(null, null, name),
                                        ListRequest.of(0, HOUSEHOLD_CHOICES, null, null, Residents.SORTABLE, false))
                                .rows()
                        : List.of());
        model.addAttribute("asked", asked);
        return "patrols/partials/households";
    }

    @PostMapping("/patrols/visits/{id}/matter")
    String reportFinding(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String category) {
        patrols.reportFinding(user, id, category);
        return "redirect:/patrols/today";
    }

    @GetMapping("/patrols")
    String list(@AuthenticationPrincipal CurrentUser user, PatrolFilter filter, Model model) {
        model.addAttribute("page", list.page(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("zone", DateRange.CHINA);
        return "patrols/list";
    }

    @GetMapping("/patrols/map")
    String map(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable UUID worker,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        UUID whose = worker == null ? user.id() : worker;
        LocalDate day = date == null ? LocalDate.now(clock.withZone(DateRange.CHINA)) : date;
        // Refused here already (403), not only when the map's script asks for the data.
        patrols.day(user, whose, day);
        model.addAttribute("worker", whose);
        model.addAttribute("date", day);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "patrols/map";
    }
}
