package org.linju.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * First-run page of a deployment without demo data: creates the first district admin, then closes for good.
 */
@Controller
class SetupController {

    private final Accounts accounts;

    SetupController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/setup")
    String form() {
        return accounts.anyExist() ? "redirect:/login" : "identity/setup";
    }

    @PostMapping("/setup")
    synchronized String create(SetupForm form, Model model, HttpServletResponse response) {
        if (accounts.anyExist()) {
            return "redirect:/login";
        }
        String error = null;
        if (!form.username().matches("[A-Za-z0-9_.-]{3,64}")) {
            error = "setup.badUsername";
        } else if (!form.password().equals(form.confirmation())) {
            error = "password.confirmationMismatch";
        }
        if (error == null) {
            try {
                accounts.open(new NewAccount(
                        form.username(),
                        form.displayName().isBlank() ? form.username() : form.displayName(),
                        Role.DISTRICT_ADMIN,
                        Set.of(),
                        true,
                        form.password(),
                        false));
                return "redirect:/login?setupDone";
            } catch (WeakPassword e) {
                error = e.getMessage();
            }
        }
        model.addAttribute("error", error);
        model.addAttribute("form", form);
        response.setStatus(422);
        return "identity/setup";
    }

    record SetupForm(String username, String displayName, String password, String confirmation) {

        SetupForm {
            username = username == null ? "" : username.trim();
            displayName = displayName == null ? "" : displayName.trim();
            password = password == null ? "" : password;
            confirmation = confirmation == null ? "" : confirmation;
        }
    }
}
