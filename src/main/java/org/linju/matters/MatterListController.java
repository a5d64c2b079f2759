package org.linju.matters;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.privacy.DataPolicy;
import org.linju.shared.DateRange;
import org.linju.shared.ExcelCsv;
import org.linju.shared.ListPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The matters list (事项): paged, filtered and sorted from the URL within the caller's scope, swapped in place by htmx,
 * and exported as CSV with the same filters by the roles that may export.
 */
@Controller
class MatterListController {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DateRange.CHINA);
    private static final List<String> COLUMNS = List.of(
            "track.code",
            "report.category",
            "track.stage",
            "queue.colour",
            "grid.code",
            "list.reported",
            "list.deadline");

    private final MatterList list;
    private final MatterCatalogue catalogue;
    private final AreaChoices areas;
    private final AreaNames names;
    private final MessageSource messages;

    MatterListController(
            MatterList list, MatterCatalogue catalogue, AreaChoices areas, AreaNames names, MessageSource messages) {
        this.list = list;
        this.catalogue = catalogue;
        this.areas = areas;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/matters")
    String queue(@AuthenticationPrincipal CurrentUser user, MatterFilter filter, Model model) {
        ListPage<MatterList.Row> page = list.page(user, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "gridNames",
                names.of(page.rows().stream()
                        .map(MatterList.Row::gridCode)
                        .filter(code -> code != null)
                        .distinct()
                        .toList()));
        model.addAttribute("areas", areas.within(user.scope()));
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("colours", Colour.values());
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute("mayExport", DataPolicy.mayExport(user.role()));
        return "matters/queue";
    }

    /** The list as CSV: same scope, filters and order, every row; no description or reporter, so no personal data. */
    @GetMapping("/matters/export.csv")
    void export(@AuthenticationPrincipal CurrentUser user, MatterFilter filter, HttpServletResponse response)
            throws IOException {
        if (!DataPolicy.mayExport(user.role())) {
            throw new OutOfScope("matters export");
        }
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.download(response, "matters.csv");
        csv.row(COLUMNS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList());
        list.each(user, filter, row -> write(csv, row, locale));
        csv.flush();
    }

    private void write(ExcelCsv csv, MatterList.Row row, Locale locale) {
        try {
            csv.plain(row.trackingCode())
                    .text(row.categoryName())
                    .text(messages.getMessage("stage." + row.stage().name(), null, locale))
                    .text(
                            row.colour() == null
                                    ? null
                                    : messages.getMessage(
                                            "colour." + row.colour().name(), null, locale))
                    .plain(orEmpty(row.gridCode()))
                    .plain(MINUTE.format(row.reportedAt()))
                    .plain(row.resolveDue() == null ? "" : MINUTE.format(row.resolveDue()))
                    .endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
