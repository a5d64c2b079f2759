package org.linju.identity;

import java.time.ZoneId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The district admins' list of accounts whose sign-ins wait after wrong passwords (admin-only by its path). */
@Controller
class DelayedSignInController {

    static final String PAGE = "/admin/sign-ins";

    private final DelayedSignIns delayed;

    DelayedSignInController(DelayedSignIns delayed) {
        this.delayed = delayed;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("delayed", delayed.within(admin));
        model.addAttribute("addresses", delayed.addresses(admin));
        model.addAttribute("zone", ZoneId.of("Asia/Shanghai"));
        return "identity/delayedSignIns";
    }

    @PostMapping(PAGE + "/release")
    String release(@AuthenticationPrincipal CurrentUser admin, @RequestParam String username) {
        delayed.release(admin, username);
        return "redirect:" + PAGE + "?released";
    }

    @PostMapping(PAGE + "/release-address")
    String releaseAddress(@AuthenticationPrincipal CurrentUser admin, @RequestParam String address) {
        delayed.releaseAddress(admin, address);
        return "redirect:" + PAGE + "?released";
    }
}
