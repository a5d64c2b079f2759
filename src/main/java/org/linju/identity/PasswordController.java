package org.linju.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** Lets a signed-in person change their password; accounts with a temporary password are held here. */
@Controller
class PasswordController {

	private final Accounts accounts;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PasswordChangeFilter.PASSWORD_PAGE)
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("forced", user.mustChangePassword());
		return "identity/password";
	}

	@PostMapping(PasswordChangeFilter.PASSWORD_PAGE)
	String change(@AuthenticationPrincipal CurrentUser user, PasswordForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("forced", user.mustChangePassword());
		if (!form.newPassword().equals(form.confirmation())) {
			model.addAttribute("error", "password.confirmationMismatch");
			response.setStatus(422);
			return "identity/password";
		}
		try {
			accounts.changePassword(user.id(), form.currentPassword(), form.newPassword());
		}
		catch (WeakPassword | WrongPassword e) {
			model.addAttribute("error", e.getMessage());
			response.setStatus(422);
			return "identity/password";
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		CurrentUser changed = user.withPasswordChanged();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
				changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return "redirect:/?passwordChanged";
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {

		PasswordForm {
			currentPassword = currentPassword == null ? "" : currentPassword;
			newPassword = newPassword == null ? "" : newPassword;
			confirmation = confirmation == null ? "" : confirmation;
		}
	}
}
