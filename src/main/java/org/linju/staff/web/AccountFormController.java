package org.linju.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountRefused;
import org.linju.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Opens an account (its temporary password shown once) and changes one's name, role, area or department. */
@Controller
class AccountFormController {

    private final AccountAdministration administration;
    private final AccountPages pages;

    AccountFormController(AccountAdministration administration, AccountPages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping("/admin/accounts/new")
    String blank(@AuthenticationPrincipal CurrentUser admin, Model model) {
        return form(admin, AccountForm.empty(), model);
    }

    private String form(CurrentUser admin, AccountForm form, Model model) {
        pages.choices(admin, model);
        model.addAttribute("form", form);
        return "staff/new";
    }

    @PostMapping("/admin/accounts")
    String open(
            @AuthenticationPrincipal CurrentUser admin, AccountForm form, Model model, HttpServletResponse response) {
        try {
            return AccountPages.issued(
                    administration.open(admin, form.toDraft(pages.picked(admin, form.areas()))), true, model, response);
        } catch (AccountRefused refusal) {
            AccountPages.refused(refusal, model, response);
            return form(admin, form, model);
        }
    }

    @GetMapping(AccountPages.ACCOUNT)
    String account(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
        return pages.account(admin, id, null, model);
    }

    @PostMapping(AccountPages.ACCOUNT)
    String change(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable UUID id,
            AccountForm form,
            Model model,
            HttpServletResponse response) {
        try {
            administration.change(admin, id, form.toChange(pages.picked(admin, form.areas())));
            return "redirect:/admin/accounts/" + id + "?saved";
        } catch (AccountRefused refusal) {
            AccountPages.refused(refusal, model, response);
            return pages.account(admin, id, form, model);
        }
    }
}
