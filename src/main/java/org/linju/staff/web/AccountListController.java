package org.linju.staff.web;

import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountState;
import org.linju.identity.CurrentUser;
import org.linju.identity.ManagedAccount;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.linju.staff.AccountAreas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The accounts an admin manages, 50 a page, filtered by role, area, state and name, sortable; all in the URL. */
@Controller
class AccountListController {

    private final AccountAdministration administration;
    private final AccountPages pages;
    private final AccountAreas areas;

    AccountListController(AccountAdministration administration, AccountPages pages, AccountAreas areas) {
        this.administration = administration;
        this.pages = pages;
        this.areas = areas;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal CurrentUser admin, AccountQuery query, Model model) {
        ListRequest request = query.request();
        ListPage<ManagedAccount> page = administration.list(admin, query.filter(), request);
        model.addAttribute("page", page);
        model.addAttribute("request", request);
        model.addAttribute("query", query);
        model.addAttribute("roles", AccountAdministration.grantableRoles(admin));
        model.addAttribute("states", AccountState.values());
        model.addAttribute("areas", areas.of(admin));
        model.addAttribute("areaNames", pages.areaNames(page.rows()));
        model.addAttribute("departmentNames", pages.departmentNames());
        return "staff/accounts";
    }
}
