package org.linju.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets a signed-in person change their password; accounts with a temporary password are held here. A change ends the
 * account's other sessions, and the page then offers to revoke the account's API tokens, which a password change
 * leaves working. The current password is guessed no faster here than at the sign-in form ({@link LoginThrottle}).
 */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final OtherSessions otherSessions;
    private final ApiTokens tokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, LoginThrottle throttle, OtherSessions otherSessions, ApiTokens tokens) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.otherSessions = otherSessions;
        this.tokens = tokens;
    }

    @GetMapping(PasswordChangeFilter.PASSWORD_PAGE)
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        if (model.containsAttribute("signedOut")) {
            Instant now = Instant.now();
            model.addAttribute(
                    "activeTokens",
                    tokens.of(user).stream().filter(token -> token.active(now)).count());
        }
        return "identity/password";
    }

    @PostMapping(PasswordChangeFilter.PASSWORD_PAGE)
    String change(
            @AuthenticationPrincipal CurrentUser user,
            PasswordForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes next) {
        model.addAttribute("forced", user.mustChangePassword());
        if (!form.newPassword().equals(form.confirmation())) {
            return refuse("password.confirmationMismatch", model, response, 422);
        }
        SignInAttempt attempt = new SignInAttempt(user.getUsername(), request.getRemoteAddr());
        Optional<LoginThrottle.Admission> admitted = throttle.admit(attempt);
        if (admitted.isEmpty()) {
            return refuse("password.wait", model, response, 429);
        }
        try {
            accounts.changePassword(user.id(), form.currentPassword(), form.newPassword());
        } catch (WrongPassword e) {
            return refuse(e.getMessage(), model, response, 422);
        } catch (WeakPassword e) {
            // the current password was right: only the new one is refused
            throttle.succeeded(admitted.get());
            return refuse(e.getMessage(), model, response, 422);
        }
        throttle.succeeded(admitted.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CurrentUser changed = user.withPasswordChanged();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        next.addFlashAttribute(
                "signedOut",
                otherSessions.end(user.getUsername(), request.getSession().getId()));
        return "redirect:" + PasswordChangeFilter.PASSWORD_PAGE;
    }

    private static String refuse(String messageKey, Model model, HttpServletResponse response, int status) {
        model.addAttribute("error", messageKey);
        response.setStatus(status);
        return "identity/password";
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmation) {

        PasswordForm {
            currentPassword = currentPassword == null ? "" : currentPassword;
            newPassword = newPassword == null ? "" : newPassword;
            confirmation = confirmation == null ? "" : confirmation;
        }
    }
}
