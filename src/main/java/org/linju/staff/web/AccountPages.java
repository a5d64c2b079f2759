package org.linju.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountRefused;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.IssuedPassword;
import org.linju.identity.ManagedAccount;
import org.linju.shared.RegionCode;
import org.linju.staff.AccountAreas;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the account pages share: the choices of the form, the account page itself, refusals and issued passwords. */
@Component
class AccountPages {

    /** An account's page: its id is a UUID, so that {@code /admin/accounts/import} and {@code /new} are never one. */
    static final String ACCOUNT = "/admin/accounts/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

    private final AccountAdministration administration;
    private final AccountAreas areas;
    private final Departments departments;

    AccountPages(AccountAdministration administration, AccountAreas areas, Departments departments) {
        this.administration = administration;
        this.areas = areas;
        this.departments = departments;
    }

    /** The roles, areas and departments the admin may pick from. */
    void choices(CurrentUser admin, Model model) {
        model.addAttribute("roles", AccountAdministration.grantableRoles(admin));
        model.addAttribute("areas", areas.of(admin));
        model.addAttribute("departments", departments.all());
    }

    /** The picked area codes, each one of the admin's tree; anything else is refused, never stored. */
    Set<RegionCode> picked(CurrentUser admin, List<String> codes) {
        Set<String> known = areas.codes(admin);
        if (!known.containsAll(codes)) {
            throw new AccountRefused("account.refused.unknownArea");
        }
        return codes.stream().map(RegionCode::of).collect(Collectors.toSet());
    }

    Map<String, String> areaNames(Collection<ManagedAccount> accounts) {
        return areas.names(
                accounts.stream().flatMap(account -> account.areas().stream()).collect(Collectors.toSet()));
    }

    Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::code, Department::name));
    }

    /** The account's own page: its form, its state and the actions on it, with a refusal when there is one. */
    String account(CurrentUser admin, UUID id, @Nullable AccountForm form, Model model) {
        ManagedAccount account = administration.find(admin, id);
        model.addAttribute("account", account);
        model.addAttribute("form", form == null ? AccountForm.of(account) : form);
        model.addAttribute("areaNames", areaNames(List.of(account)));
        model.addAttribute("self", account.id().equals(admin.id()));
        choices(admin, model);
        return "staff/account";
    }

    /** A refusal shown on the page it came from: 409 for the last district admin, 422 for anything else. */
    static void refused(AccountRefused refusal, Model model, HttpServletResponse response) {
        model.addAttribute("error", refusal.messageKey());
        response.setStatus(
                refusal.messageKey().equals("account.refused.lastAdmin")
                        ? HttpStatus.CONFLICT.value()
                        : HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    /** A temporary password, on this answer only: never cached, never redirected to. */
    static String issued(IssuedPassword issued, boolean opened, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("opened", opened);
        return "staff/issued";
    }
}
