package org.linju.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.registry.Catalogue;
import org.linju.registry.FilingKind;
import org.linju.registry.FilingRefused;
import org.linju.registry.WorkItem;
import org.linju.shared.DateRange;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The grid work list (网格工作事项清单) with each item's state, and an item's filings with the filing form. */
@Controller
class CatalogueController {

    private final Catalogue catalogue;
    private final Departments departments;

    CatalogueController(Catalogue catalogue, Departments departments) {
        this.catalogue = catalogue;
        this.departments = departments;
    }

    /** The module's own address leads to the list (the menu's entry is the list, so item pages highlight it). */
    @GetMapping("/registry")
    String home() {
        return "redirect:/registry/items";
    }

    @GetMapping("/registry/items")
    String catalogue(Model model) {
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("today", LocalDate.now(DateRange.CHINA));
        return "registry/catalogue";
    }

    @GetMapping("/registry/items/{code}")
    String item(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        WorkItem item = catalogue.item(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("item", item);
        model.addAttribute("history", catalogue.history(code));
        List<Department> all = departments.all();
        model.addAttribute("departments", all);
        model.addAttribute(
                "departmentNames", all.stream().collect(Collectors.toMap(Department::code, Department::name)));
        model.addAttribute("kinds", FilingKind.values());
        model.addAttribute("mayFile", Catalogue.mayFile(user));
        model.addAttribute("today", LocalDate.now(DateRange.CHINA));
        model.addAttribute("approver", user.displayName());
        return "registry/item";
    }

    @PostMapping("/registry/items/{code}/filings")
    String file(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String code,
            FilingForm form,
            Model model,
            HttpServletResponse response) {
        if (!Catalogue.mayFile(user)) {
            throw new OutOfScope("filing");
        }
        try {
            catalogue.file(form.toCommand(code), user);
        } catch (FilingRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("form", form);
            return item(user, code, model);
        }
        return "redirect:/registry/items/" + code + "?filed";
    }
}
