package org.linju.notify;

import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox, and for district admins the group-robot webhooks and the deliveries still pending. */
@Controller
class NotifyController {

    private final Inbox inbox;
    private final JdbcClient jdbc;
    private final WebhookDelivery webhooks;
    private final PendingDeliveries pending;

    NotifyController(Inbox inbox, JdbcClient jdbc, WebhookDelivery webhooks, PendingDeliveries pending) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.pending = pending;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("messages", inbox.of(user.getUsername()));
        return "notify/inbox";
    }

    @PostMapping("/inbox/read")
    String read(@AuthenticationPrincipal CurrentUser user) {
        inbox.markAllRead(user.getUsername());
        return "redirect:/inbox";
    }

    @GetMapping("/admin/notifications")
    String pending(PendingQuery query, Model model) {
        model.addAttribute("page", pending.page(query.kind(), query.via(), query.age(), query.request()));
        model.addAttribute("query", query);
        model.addAttribute("kinds", pending.kinds());
        model.addAttribute("vias", PendingDeliveries.Via.values());
        model.addAttribute("ages", PendingDeliveries.Age.values());
        model.addAttribute(
                "webhooks",
                jdbc.sql("""
				select w.scope_code, w.kind, w.url, w.failure,
				       to_char(w.failed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') as failed_at,
				       (select count(*) from notify_robot_backlog b where b.scope_code = w.scope_code) as waiting
				from notify_webhook w order by w.scope_code
				""")
                        .query((rs, row) -> new RobotStatus(
                                rs.getString("scope_code"),
                                rs.getString("kind"),
                                maskedKey(rs.getString("url")),
                                rs.getLong("waiting"),
                                rs.getString("failed_at"),
                                rs.getString("failure")))
                        .list());
        return "notify/pending";
    }

    /** A group robot as the admins' page shows it: its key masked, what waits for it, and its last failure if any. */
    record RobotStatus(
            String scope,
            String kind,
            String url,
            long waiting,
            @Nullable String failedAt,
            @Nullable String failure) {}

    /**
     * A robot's URL as the page shows it: its key (WeCom's {@code key}, DingTalk's {@code access_token}) is what lets
     * anyone post to the group, so only its last four characters are shown.
     */
    static String maskedKey(String url) {
        return Pattern.compile("((?:key|access_token)=)[^&]*?([^&]{0,4})(?=&|$)")
                .matcher(url)
                .replaceAll("$1…$2");
    }

    @PostMapping("/admin/notifications/webhooks")
    String webhook(
            @RequestParam String scopeCode,
            @RequestParam String kind,
            @RequestParam String url,
            Model model,
            HttpServletResponse response) {
        RegionCode.of(scopeCode);
        if (!kind.equals("WECOM") && !kind.equals("DINGTALK")) {
            throw new IllegalArgumentException("bad webhook");
        }
        try {
            webhooks.configure(scopeCode, kind, url);
        } catch (RobotAddresses.RobotAddressRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("robotRefused", refused.allowedHosts());
            model.addAttribute("url", url);
            return pending(PendingQuery.firstPage(), model);
        }
        return "redirect:/admin/notifications";
    }
}
