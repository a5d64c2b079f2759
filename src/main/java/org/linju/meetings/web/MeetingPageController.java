package org.linju.meetings.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.linju.agenda.AnnualItemList;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.matters.OpenMatters;
import org.linju.meetings.Attendance;
import org.linju.meetings.Decision;
import org.linju.meetings.MeetingView;
import org.linju.meetings.Meetings;
import org.linju.shared.DateRange;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.QrCodes;
import org.linju.shared.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One meeting: its page (agenda, attendance, minutes, decisions, the invitation to share), the phone sign-in page and
 * its QR code, and the convener's steps (mark attendance, record the minutes, cancel).
 */
@Controller
class MeetingPageController {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DateRange.CHINA);

    /** A community's lists hold ten items a year each, for it and its grids: enough for the current years. */
    private static final int MAX_ITEMS = 100;

    private final Meetings meetings;
    private final Attendance attendance;
    private final AreaChoices areas;
    private final OpenMatters catalogue;
    private final AnnualItemList annualItems;
    private final PublicBaseUrl baseUrl;
    private final MessageSource messages;

    MeetingPageController(
            Meetings meetings,
            Attendance attendance,
            AreaChoices areas,
            OpenMatters catalogue,
            AnnualItemList annualItems,
            PublicBaseUrl baseUrl,
            MessageSource messages) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.areas = areas;
        this.catalogue = catalogue;
        this.annualItems = annualItems;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    @GetMapping("/meetings/{id}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        MeetingView meeting = meetings.meeting(user, id);
        boolean runs = Meetings.runs(user, meeting.areaCode());
        model.addAttribute("meeting", meeting);
        model.addAttribute("runs", runs);
        model.addAttribute(
                "invited",
                meeting.attendees().stream().anyMatch(a -> user.getUsername().equals(a.accountUsername())));
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute("outcomes", Decision.Outcome.values());
        if (runs) {
            model.addAttribute(
                    "grids",
                    areas.within(user.scope()).stream()
                            .filter(a ->
                                    a.level() == RegionLevel.GRID && a.code().startsWith(meeting.areaCode()))
                            .toList());
            model.addAttribute("categories", catalogue.categories());
            model.addAttribute("annualItems", annualItems.underWay(user.scope(), meeting.communityCode(), MAX_ITEMS));
        }
        String signIn = baseUrl.of("/meetings/" + id + "/sign-in");
        model.addAttribute("shareText", shareText(meeting, signIn));
        model.addAttribute("shareUrl", signIn);
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{id}/sign-in")
    String signInPage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        MeetingView meeting = meetings.meeting(user, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute(
                "mine",
                meeting.attendees().stream()
                        .filter(a -> user.getUsername().equals(a.accountUsername()))
                        .findFirst()
                        .orElse(null));
        return "meetings/signIn";
    }

    @PostMapping("/meetings/{id}/sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        attendance.signIn(user, id);
        return "redirect:/meetings/" + id + "/sign-in";
    }

    @GetMapping(value = "/meetings/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        meetings.meeting(user, id);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(QrCodes.png(baseUrl.of("/meetings/" + id + "/sign-in"), 320));
    }

    @PostMapping("/meetings/{id}/attendance/{seq}")
    String mark(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable int seq,
            @RequestParam boolean present) {
        attendance.mark(user, id, seq, present);
        return "redirect:/meetings/" + id + "#attendance";
    }

    @PostMapping("/meetings/{id}/hold")
    String hold(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String minutes) {
        meetings.hold(user, id, minutes);
        return "redirect:/meetings/" + id + "#minutes";
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        meetings.cancel(user, id);
        return "redirect:/meetings/" + id;
    }

    private String shareText(MeetingView meeting, String url) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(
                "meeting.shareText",
                new Object[] {
                    messages.getMessage("meeting.kind." + meeting.kind().name(), null, locale),
                    meeting.title(),
                    meeting.areaName(),
                    MINUTE.format(meeting.startsAt()),
                    meeting.place(),
                    url
                },
                locale);
    }
}
