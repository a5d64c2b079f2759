package org.linju.funds.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.linju.funds.AccountabilityDraft;
import org.linju.funds.LineClosing;
import org.linju.funds.MonitoringRefused;
import org.linju.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Closing a line: its targets' final results and, when one was missed, the accountability record (无效必问责). */
@Controller
class LineClosingController {

    private final LineClosing closing;

    LineClosingController(LineClosing closing) {
        this.closing = closing;
    }

    @GetMapping("/funds/{id}/close")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, AccountabilityDraft.none(), model);
    }

    @PostMapping("/funds/{id}/close")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            AccountabilityDraft draft,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            closing.close(user, id, draft);
        } catch (MonitoringRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", refused.getMessage());
            return page(user, id, draft, model);
        }
        redirect.addFlashAttribute("closed", closing.line(user, id).name());
        return "redirect:/funds/monitoring";
    }

    private String page(CurrentUser user, UUID id, AccountabilityDraft draft, Model model) {
        LineClosing.ClosingLine line = closing.line(user, id);
        var results = closing.results(id);
        model.addAttribute("line", line);
        model.addAttribute("results", results);
        model.addAttribute("missed", results.stream().anyMatch(LineClosing.TargetResult::missed));
        model.addAttribute("candidates", closing.candidates(line));
        model.addAttribute("measures", AccountabilityDraft.MEASURES);
        model.addAttribute("draft", draft);
        return "funds/lineClose";
    }
}
