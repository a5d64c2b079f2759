package org.linju.emergency.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.Emergency;
import org.linju.emergency.EmergencyFilter;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.emergency.EmergencyList;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.ExcelCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The emergencies list (应急): paged, filtered and sorted from the URL within the viewer's scope, and its export. */
@Controller
class EmergencyListController {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DateRange.CHINA);
    private static final List<String> COLUMNS = List.of(
            "emergency.name",
            "emergency.kind",
            "emergency.levelLabel",
            "emergency.area",
            "emergency.declaredAt",
            "emergency.status");

    private final EmergencyList list;
    private final AreaChoices areas;
    private final MessageSource messages;
    private final DeclareCard declare;

    EmergencyListController(EmergencyList list, AreaChoices areas, MessageSource messages, DeclareCard declare) {
        this.list = list;
        this.areas = areas;
        this.messages = messages;
        this.declare = declare;
    }

    /** The list, and for commanders the declare form, prefilled from {@code plan} when one is picked. */
    @GetMapping("/emergency")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            EmergencyFilter filter,
            @RequestParam(required = false) @Nullable UUID plan,
            Model model) {
        declare.addTo(user, plan, model);
        model.addAttribute("page", list.page(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("kinds", EmergencyKind.values());
        model.addAttribute("levels", EmergencyLevel.values());
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute("mayExport", EmergencyList.mayExport(user));
        return "emergency/list";
    }

    @GetMapping("/emergency/export.csv")
    void export(@AuthenticationPrincipal CurrentUser user, EmergencyFilter filter, HttpServletResponse response)
            throws IOException {
        if (!EmergencyList.mayExport(user)) {
            throw new OutOfScope("emergency export");
        }
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.download(response, "emergencies.csv");
        csv.row(COLUMNS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList());
        list.each(user, filter, emergency -> write(csv, emergency, locale));
        csv.flush();
    }

    private void write(ExcelCsv csv, Emergency emergency, Locale locale) {
        try {
            csv.text(emergency.title())
                    .text(messages.getMessage(
                            "emergency.kind." + emergency.kind().name(), null, locale))
                    .plain(emergency.level().name())
                    .plain(String.join(" ", emergency.areaCodes()))
                    .plain(MINUTE.format(emergency.declaredAt()))
                    .text(messages.getMessage(
                            emergency.active() ? "emergency.active" : "emergency.lifted", null, locale))
                    .endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
