package org.linju.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.meetings.AttendeeRole;
import org.linju.meetings.MeetingFilter;
import org.linju.meetings.MeetingKind;
import org.linju.meetings.MeetingList;
import org.linju.meetings.MeetingState;
import org.linju.meetings.Meetings;
import org.linju.shared.DateRange;
import org.linju.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meetings list (联席会议): paged, filtered and sorted from the URL within the viewer's scope, with the communities
 * whose monthly joint meeting was missed; and the scheduling form, whose people are picked from the forces register.
 */
@Controller
class MeetingListController {

    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final MeetingList list;
    private final Meetings meetings;
    private final AreaChoices areas;
    private final Clock clock;

    MeetingListController(MeetingList list, Meetings meetings, AreaChoices areas, Clock clock) {
        this.list = list;
        this.meetings = meetings;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(@AuthenticationPrincipal CurrentUser user, MeetingFilter filter, Model model) {
        model.addAttribute("page", list.page(user, filter));
        model.addAttribute("missed", list.missed(user, filter.area(), filter.month()));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("states", MeetingState.values());
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute("convenes", Meetings.convenes(user));
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    String form(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable MeetingKind kind,
            @RequestParam(required = false) @Nullable String area,
            Model model) {
        if (!Meetings.convenes(user)) {
            throw new OutOfScope("meetings");
        }
        MeetingKind chosen = kind == null ? MeetingKind.MONTHLY_JOINT : kind;
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("roles", AttendeeRole.values());
        model.addAttribute("area", area);
        model.addAttribute("areaChoices", meetingAreas(user));
        model.addAttribute(
                "candidates", area == null || area.isBlank() ? List.of() : meetings.candidates(user, chosen, area));
        model.addAttribute(
                "startsAt",
                LocalDate.now(clock.withZone(DateRange.CHINA))
                        .plusDays(7)
                        .atTime(15, 0)
                        .format(FORM_TIME));
        return "meetings/new";
    }

    @PostMapping("/meetings")
    String schedule(@AuthenticationPrincipal CurrentUser user, ScheduleForm form) {
        UUID id = meetings.schedule(user, form.toDraft());
        return "redirect:/meetings/" + id;
    }

    /** Meetings are held by communities and grids: streets are left out of the picker. */
    private List<AreaChoices.Area> meetingAreas(CurrentUser user) {
        return areas.within(user.scope()).stream()
                .filter(a -> a.level() != RegionLevel.STREET)
                .toList();
    }
}
