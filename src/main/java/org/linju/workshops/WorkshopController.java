package org.linju.workshops;

import java.util.List;
import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.ListPage;
import org.linju.shared.PublicBaseUrl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register (list, register a workshop, a workshop with its inspections and title) and the printable plaque. */
@Controller
class WorkshopController {

    private final WorkshopRegister register;
    private final Inspections inspections;
    private final WorkshopTitles titles;
    private final AreaChoices areas;
    private final AreaNames names;
    private final PublicBaseUrl publicUrl;

    WorkshopController(
            WorkshopRegister register,
            Inspections inspections,
            WorkshopTitles titles,
            AreaChoices areas,
            AreaNames names,
            PublicBaseUrl publicUrl) {
        this.register = register;
        this.inspections = inspections;
        this.titles = titles;
        this.areas = areas;
        this.names = names;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/workshops")
    String list(@AuthenticationPrincipal CurrentUser user, WorkshopFilter filter, Model model) {
        ListPage<Workshop> page = register.list(user, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute(
                "gridNames",
                names.of(page.rows().stream().map(Workshop::gridCode).toList()));
        model.addAttribute("titles", TitleState.values());
        model.addAttribute("statuses", WorkshopStatus.values());
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("mayRegister", WorkshopAccess.mayRegister(user));
        model.addAttribute("supervises", WorkshopAccess.supervises(user));
        return "workshops/list";
    }

    @GetMapping("/workshops/new")
    String draft(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!WorkshopAccess.mayRegister(user)) {
            throw new OutOfScope("register workshops");
        }
        model.addAttribute("grids", gridsOf(user));
        model.addAttribute("kinds", WorkKind.values());
        return "workshops/new";
    }

    @PostMapping("/workshops")
    String registerWorkshop(@AuthenticationPrincipal CurrentUser user, WorkshopForms.WorkshopForm form) {
        return "redirect:/workshops/"
                + register.register(user, form.toCommand()).id();
    }

    @GetMapping("/workshops/{id}")
    String workshop(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Workshop workshop = register.show(user, id);
        model.addAttribute("w", workshop);
        model.addAttribute("gridName", names.of(List.of(workshop.gridCode())).get(workshop.gridCode()));
        model.addAttribute("inspections", inspections.ofWorkshop(user, id));
        model.addAttribute("rectifications", inspections.rectifications(id));
        model.addAttribute("history", titles.history(id));
        model.addAttribute("today", register.today());
        model.addAttribute("supervises", WorkshopAccess.supervises(user));
        model.addAttribute("mayRegister", WorkshopAccess.mayRegister(user));
        model.addAttribute("mayClose", WorkshopAccess.mayCloseRectification(user));
        model.addAttribute("statuses", WorkshopStatus.values());
        return "workshops/workshop";
    }

    @PostMapping("/workshops/{id}/status")
    String status(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam WorkshopStatus status) {
        register.changeStatus(user, id, status);
        return "redirect:/workshops/" + id;
    }

    @PostMapping("/workshops/{id}/award")
    String award(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason) {
        titles.award(user, id, reason);
        return "redirect:/workshops/" + id;
    }

    @PostMapping("/workshops/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason) {
        titles.revoke(user, id, reason);
        return "redirect:/workshops/" + id;
    }

    /** The A4 plaque with the QR code of the public page, for a workshop that holds the title. */
    @GetMapping("/workshops/{id}/plaque")
    String plaque(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Workshop workshop = register.show(user, id);
        if (workshop.title() != TitleState.TITLED) {
            throw new WorkshopRefused("workshops.refused.notTitled");
        }
        model.addAttribute("w", workshop);
        model.addAttribute("publicUrl", publicUrl.of(PublicWorkshopController.pageUrl(id)));
        model.addAttribute("qrUrl", PublicWorkshopController.pageUrl(id) + "/qr.png");
        return "workshops/plaque";
    }

    private List<AreaChoices.Area> gridsOf(CurrentUser user) {
        return areas.within(user.scope());
    }
}
