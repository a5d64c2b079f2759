package org.linju.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountFilter;
import org.linju.identity.AccountState;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListRequest;
import org.linju.staff.AccountAreas;
import org.linju.staff.StaffImport;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The upload form of the staff account import and its template; the progress page and refused-rows download are the
 * imports module's ({@link StaffImport}).
 */
@Controller
class AccountImportController {

    private final AccountAdministration administration;
    private final AccountAreas areas;
    private final MessageSource messages;

    AccountImportController(AccountAdministration administration, AccountAreas areas, MessageSource messages) {
        this.administration = administration;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts/import")
    String form(@AuthenticationPrincipal CurrentUser admin, Model model) {
        AccountFilter awaiting = new AccountFilter(null, null, AccountState.AWAITING_PASSWORD, null);
        model.addAttribute(
                "awaiting",
                administration
                        .list(admin, awaiting, new ListRequest(0, 1, "username", false))
                        .total());
        return "staff/import";
    }

    @GetMapping("/admin/accounts/import/template.xlsx")
    void template(@AuthenticationPrincipal CurrentUser admin, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"account-template.xlsx\"");
        StaffImport.writeTemplate(
                response.getOutputStream(),
                areas.of(admin),
                AccountAdministration.grantableRoles(admin).stream()
                        .map(role -> messages.getMessage(role.messageKey(), null, Locale.SIMPLIFIED_CHINESE))
                        .toList());
    }
}
