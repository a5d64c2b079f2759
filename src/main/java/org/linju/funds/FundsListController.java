package org.linju.funds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.ExcelCsv;
import org.linju.shared.Fen;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The budget lines (预算项目) list with its export, the new-line form, and the standard grid lines of a year. */
@Controller
class FundsListController {

    private static final List<String> COLUMNS = List.of(
            "funds.fiscalYear",
            "funds.name",
            "funds.sourceLabel",
            "funds.classification",
            "funds.ownerUnit",
            "funds.area",
            "funds.amount",
            "funds.allocated",
            "funds.spent",
            "funds.execution",
            "funds.statusLabel");

    private final BudgetLineList list;
    private final BudgetLines lines;
    private final LineChoices choices;
    private final StandardLines standard;
    private final AreaChoices areas;
    private final MessageSource messages;
    private final Clock clock;

    FundsListController(
            BudgetLineList list,
            BudgetLines lines,
            LineChoices choices,
            StandardLines standard,
            AreaChoices areas,
            MessageSource messages,
            Clock clock) {
        this.list = list;
        this.lines = lines;
        this.choices = choices;
        this.standard = standard;
        this.areas = areas;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/funds")
    String list(@AuthenticationPrincipal CurrentUser user, BudgetLineFilter filter, Model model) {
        model.addAttribute("page", list.page(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("statuses", LineStatus.values());
        model.addAttribute("mayManage", FundsAccess.manages(user));
        model.addAttribute("mayGenerate", user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute(
                "currentYear", Year.now(clock.withZone(DateRange.CHINA)).getValue());
        return "funds/list";
    }

    @GetMapping("/funds/export.csv")
    void export(@AuthenticationPrincipal CurrentUser user, BudgetLineFilter filter, HttpServletResponse response)
            throws IOException {
        FundsAccess.requireViewer(user);
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.download(response, "budget-lines.csv");
        csv.row(COLUMNS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList());
        list.each(user, filter, line -> write(csv, line, locale));
        csv.flush();
    }

    private void write(ExcelCsv csv, BudgetLine line, Locale locale) {
        try {
            csv.plain(line.fiscalYear())
                    .text(line.name())
                    .text(messages.getMessage(line.source().messageKey(), null, locale))
                    .text(line.classificationLabel())
                    .text(line.ownerUnit())
                    .plain(line.areaCode())
                    .plain(Fen.yuan(line.amountFen()))
                    .plain(Fen.yuan(line.allocatedFen()))
                    .plain(Fen.yuan(line.spentFen()))
                    .plain(line.executionPercent() == null ? "" : line.executionPercent() + "%")
                    .text(messages.getMessage("funds.status." + line.status().name(), null, locale))
                    .endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/funds/new")
    String newLine(@AuthenticationPrincipal CurrentUser user, Model model) {
        FundsAccess.requireViewer(user);
        if (!FundsAccess.manages(user)) {
            throw new OutOfScope("new budget line");
        }
        model.addAttribute("classifications", Classifications.all());
        model.addAttribute("units", choices.units());
        model.addAttribute("owners", choices.owners(user));
        model.addAttribute("areas", choices.areas(user));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute(
                "currentYear", Year.now(clock.withZone(DateRange.CHINA)).getValue());
        return "funds/new";
    }

    @PostMapping("/funds")
    String create(@AuthenticationPrincipal CurrentUser user, NewBudgetLine line) {
        UUID id = lines.create(user, line);
        return "redirect:/funds/" + id;
    }

    @PostMapping("/funds/standard")
    String generate(@AuthenticationPrincipal CurrentUser user, @RequestParam int year, RedirectAttributes flash) {
        flash.addFlashAttribute("generated", standard.generate(user, year));
        return "redirect:/funds?year=" + year;
    }
}
