package org.linju.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.linju.identity.AccountAccess;
import org.linju.identity.AccountRefused;
import org.linju.identity.CurrentUser;
import org.linju.identity.IssuedPassword;
import org.linju.shared.ExcelCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** An admin's actions on one account's sign-in: a new temporary password, disable, enable, unlock. */
@Controller
class AccountActionController {

    private final AccountAccess access;
    private final AccountPages pages;
    private final MessageSource messages;

    AccountActionController(AccountAccess access, AccountPages pages, MessageSource messages) {
        this.access = access;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping(AccountPages.ACCOUNT + "/password")
    String resetPassword(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        return AccountPages.issued(access.resetPassword(admin, id), false, model, response);
    }

    @PostMapping(AccountPages.ACCOUNT + "/disable")
    String disable(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        try {
            access.disable(admin, id);
            return "redirect:/admin/accounts/" + id + "?disabled";
        } catch (AccountRefused refusal) {
            AccountPages.refused(refusal, model, response);
            return pages.account(admin, id, null, model);
        }
    }

    @PostMapping(AccountPages.ACCOUNT + "/enable")
    String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        access.enable(admin, id);
        return "redirect:/admin/accounts/" + id + "?enabled";
    }

    @PostMapping(AccountPages.ACCOUNT + "/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        return "redirect:/admin/accounts/" + id + (access.unlock(admin, id) ? "?unlocked" : "?notLocked");
    }

    /**
     * Temporary passwords for the imported accounts that wait for one, as a sheet for this admin alone: made now,
     * stored only as hashes, never shown again (downloading again makes new ones for the accounts still waiting).
     */
    @PostMapping("/admin/accounts/passwords.csv")
    void issueAwaiting(@AuthenticationPrincipal CurrentUser admin, HttpServletResponse response) throws IOException {
        List<IssuedPassword> issued = access.issueAwaiting(admin);
        Locale locale = LocaleContextHolder.getLocale();
        response.setHeader("Cache-Control", "no-store");
        ExcelCsv csv = ExcelCsv.download(response, "temporary-passwords.csv");
        csv.row(List.of(
                messages.getMessage("account.username", null, locale),
                messages.getMessage("account.name", null, locale),
                messages.getMessage("account.temporaryPassword", null, locale)));
        for (IssuedPassword password : issued) {
            // Usernames and passwords keep to letters, digits and . _ -: nothing a spreadsheet would run.
            csv.plain(password.username())
                    .text(password.displayName())
                    .plain(password.password())
                    .endRow();
        }
        csv.flush();
    }
}
