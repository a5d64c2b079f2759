package org.linju.supervision;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervision register (督导通报): the list, "my notices", issuing a notice, and a notice with its follow-up. */
@Controller
class SupervisionController {

    private final NoticeList list;
    private final Supervision supervision;
    private final AreaChoices areas;
    private final AreaNames names;

    SupervisionController(NoticeList list, Supervision supervision, AreaChoices areas, AreaNames names) {
        this.list = list;
        this.supervision = supervision;
        this.areas = areas;
        this.names = names;
    }

    @GetMapping("/supervision")
    String register(@AuthenticationPrincipal CurrentUser user, NoticeFilter filter, Model model) {
        if (!SupervisionAccess.REGISTER.contains(user.role())) {
            throw new OutOfScope("supervision register");
        }
        model.addAttribute("mine", false);
        model.addAttribute("mayIssue", SupervisionAccess.mayIssue(user));
        return listPage(list.page(user, filter), filter, user, model);
    }

    @GetMapping("/my/supervision")
    String mine(@AuthenticationPrincipal CurrentUser user, NoticeFilter filter, Model model) {
        model.addAttribute("mine", true);
        model.addAttribute("mayIssue", false);
        return listPage(list.mine(user, filter), filter, user, model);
    }

    private String listPage(ListPage<Notice> page, NoticeFilter filter, CurrentUser user, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute(
                "gridNames", names.of(page.rows().stream().map(Notice::gridCode).toList()));
        model.addAttribute("offices", SupervisionOffice.values());
        model.addAttribute("states", NoticeState.values());
        model.addAttribute("today", supervision.today());
        return "supervision/list";
    }

    @GetMapping("/supervision/new")
    String draft(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String area,
            Model model) {
        if (!SupervisionAccess.mayIssue(user)) {
            throw new OutOfScope("issue supervision notices");
        }
        String grid =
                area != null && !area.isBlank() && RegionCode.of(area.strip()).level() == RegionLevel.GRID
                        ? area.strip()
                        : null;
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("area", grid);
        model.addAttribute("people", grid == null ? List.of() : supervision.people(user, grid));
        model.addAttribute("offices", SupervisionOffice.values());
        model.addAttribute("ownOffice", SupervisionAccess.officeOf(user).orElse(null));
        return "supervision/new";
    }

    @PostMapping("/supervision")
    String issue(@AuthenticationPrincipal CurrentUser user, NoticeForm form) {
        Notice notice = supervision.issue(user, form.toCommand());
        return "redirect:/supervision/" + notice.id();
    }

    @GetMapping("/supervision/{id}")
    String notice(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Supervision.NoticeView view = supervision.show(user, id);
        model.addAttribute("view", view);
        model.addAttribute("n", view.notice());
        model.addAttribute("zone", DateRange.CHINA);
        model.addAttribute(
                "gridName",
                names.of(List.of(view.notice().gridCode())).get(view.notice().gridCode()));
        return "supervision/notice";
    }

    @PostMapping("/supervision/{id}/report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String text) {
        supervision.report(user, id, text);
        return "redirect:/supervision/" + id;
    }

    @PostMapping("/supervision/{id}/accept")
    String accept(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text) {
        supervision.accept(user, id, text);
        return "redirect:/supervision/" + id;
    }

    @PostMapping("/supervision/{id}/send-back")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String text) {
        supervision.sendBack(user, id, text);
        return "redirect:/supervision/" + id;
    }
}
