package org.linju.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Turns care mode on or off and goes back to the page the visitor came from. A plain link (no form, no script), so it
 * works on every phone browser and keeps public pages free of CSRF tokens and sessions.
 */
@Controller
@ConditionalOnWebApplication
class CareModeController {

    static final String PATH = "/public/care";

    @GetMapping(PATH)
    String toggle(
            @RequestParam(defaultValue = "true") boolean on,
            @RequestParam(defaultValue = "/report") String back,
            HttpServletResponse response) {
        CareMode.remember(response, on);
        return "redirect:" + sameSite(back);
    }

    /** Only a path of this site: never an address elsewhere (an open redirect). */
    static String sameSite(String back) {
        boolean local = back.startsWith("/")
                && !back.startsWith("//")
                && !back.contains("\\")
                && !back.contains("\r")
                && !back.contains("\n");
        return local ? back : "/report";
    }
}
