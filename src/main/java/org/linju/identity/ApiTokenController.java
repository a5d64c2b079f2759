package org.linju.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A staff member's API tokens: make one (shown once), see when each was last used, revoke one. */
@Controller
class ApiTokenController {

    static final String PAGE = "/account/tokens";

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("now", Instant.now());
        model.addAttribute("lifetimes", ApiTokens.LIFETIMES_IN_DAYS);
        model.addAttribute("requestKey", UUID.randomUUID());
        return "identity/tokens";
    }

    @PostMapping(PAGE)
    String issue(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam UUID request,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.issue(user, label, days, request));
        } catch (ApiTokens.BadTokenRequest e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(422);
        }
        // The new token is shown on this answer only, never again: no redirect that would lose it.
        response.setHeader("Cache-Control", "no-store");
        return page(user, model);
    }

    /** District admins: every token in their area, with whose it is, and a way to revoke it. */
    @GetMapping("/admin/tokens")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("held", tokens.inArea(user));
        model.addAttribute("now", Instant.now());
        return "identity/adminTokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeInArea(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        tokens.revokeInArea(user, id);
        return "redirect:/admin/tokens?revoked";
    }

    @PostMapping(PAGE + "/revoke-all")
    String revokeAll(@AuthenticationPrincipal CurrentUser user) {
        tokens.revokeAll(user);
        return "redirect:" + PAGE + "?revokedAll";
    }

    @PostMapping(PAGE + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        tokens.revoke(user, id);
        return "redirect:" + PAGE + "?revoked";
    }
}
