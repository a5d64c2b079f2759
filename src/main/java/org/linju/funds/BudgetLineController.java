package org.linju.funds;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.disclosure.DisclosureRoles;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.ExecutionRate;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One budget line for staff: its figures and execution bar, targets with their actuals, adjustments, allocations,
 * payments and documents, and for its managers the forms of each step.
 */
@Controller
class BudgetLineController {

    private final BudgetLines lines;
    private final PerformanceTargets targets;
    private final LineAllocations allocations;
    private final LinePayments payments;
    private final LineDocuments documents;
    private final AreaChoices areas;

    BudgetLineController(
            BudgetLines lines,
            PerformanceTargets targets,
            LineAllocations allocations,
            LinePayments payments,
            LineDocuments documents,
            AreaChoices areas) {
        this.lines = lines;
        this.targets = targets;
        this.allocations = allocations;
        this.payments = payments;
        this.documents = documents;
        this.areas = areas;
    }

    @GetMapping("/funds/{id}")
    String line(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        BudgetLine line = lines.line(user, id);
        boolean manages = FundsAccess.manages(user) && line.status() != LineStatus.CLOSED;
        model.addAttribute("line", line);
        model.addAttribute("bar", ExecutionRate.barWidth(line.spentFen(), line.amountFen()));
        model.addAttribute("targets", targets.of(id));
        model.addAttribute("adjustments", lines.adjustments(id));
        model.addAttribute("allocations", allocations.of(id));
        model.addAttribute("payments", payments.of(user, id));
        model.addAttribute("documents", documents.of(id));
        model.addAttribute("mayManage", manages);
        model.addAttribute("mayDisclose", DisclosureRoles.mayDraft(user));
        model.addAttribute("mayClose", LineClosing.mayClose(user) && line.status() == LineStatus.ACTIVE);
        model.addAttribute("dimensions", TargetDimension.values());
        model.addAttribute("grids", manages ? gridsOf(user, line) : List.of());
        model.addAttribute("paymentKey", UUID.randomUUID().toString());
        model.addAttribute("zone", DateRange.CHINA);
        return "funds/line";
    }

    /** The grids of the line's area the caller may allocate to. */
    private List<AreaChoices.Area> gridsOf(CurrentUser user, BudgetLine line) {
        RegionCode area = RegionCode.of(line.areaCode());
        if (area.level() == RegionLevel.GRID) {
            return List.of();
        }
        return areas.within(user.scope()).stream()
                .filter(choice -> choice.level() == RegionLevel.GRID
                        && RegionCode.of(choice.code()).isWithin(area))
                .toList();
    }

    @PostMapping("/funds/{id}/activate")
    String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        lines.activate(user, id);
        return back(id);
    }

    @PostMapping("/funds/{id}/adjust")
    String adjust(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable BigDecimal amountYuan,
            @RequestParam(defaultValue = "") String reason) {
        lines.adjust(user, id, amountYuan, reason);
        return back(id);
    }

    @PostMapping("/funds/{id}/allocations")
    String allocate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam String grid,
            @RequestParam(required = false) @Nullable BigDecimal amountYuan) {
        allocations.toGrid(user, id, grid, Yuan.positiveFen(amountYuan));
        return back(id);
    }

    @PostMapping("/funds/{id}/targets")
    String addTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, NewTarget target) {
        targets.add(user, id, target);
        return back(id);
    }

    @PostMapping("/funds/{id}/targets/{target}/values")
    String recordValue(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID target,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth period,
            @RequestParam(required = false) @Nullable BigDecimal planned,
            @RequestParam(required = false) @Nullable BigDecimal actual) {
        targets.record(user, id, target, period, planned, actual);
        return back(id);
    }

    static String back(UUID id) {
        return "redirect:/funds/" + id;
    }
}
