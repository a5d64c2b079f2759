package org.linju.matters;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The district dashboard: counts by colour and stage, the three rates by community, overdue matters, density. */
@Controller
class DashboardController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Dashboard dashboard;
    private final MessageSource messages;
    private final String tileUrl;

    DashboardController(Dashboard dashboard, MessageSource messages, @Value("${linju.map.tile-url:}") String tileUrl) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/matters/dashboard")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            labels.put(stage.name(), messages.getMessage("stage." + stage.name(), null, locale));
        }
        for (Colour colour : Colour.values()) {
            labels.put(colour.name(), messages.getMessage("colour." + colour.name(), null, locale));
        }
        labels.put("NONE", messages.getMessage("dashboard.untriaged", null, locale));
        labels.put("responseRate", messages.getMessage("metrics.responseRate", null, locale));
        labels.put("resolutionRate", messages.getMessage("metrics.resolutionRate", null, locale));
        labels.put("satisfactionRate", messages.getMessage("metrics.satisfactionRate", null, locale));
        Dashboard.Numbers numbers = dashboard.numbers(user.scope());
        model.addAttribute("numbers", numbers);
        model.addAttribute("numbersJson", JSON.writeValueAsString(numbers));
        model.addAttribute("labelsJson", JSON.writeValueAsString(labels));
        model.addAttribute("tileUrl", tileUrl);
        return "matters/dashboard";
    }

    @GetMapping("/api/v1/matters/dashboard")
    @ResponseBody
    Dashboard.Numbers json(@AuthenticationPrincipal CurrentUser user) {
        return dashboard.numbers(user.scope());
    }
}
