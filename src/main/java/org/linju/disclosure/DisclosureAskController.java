package org.linju.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.matters.Channel;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.ReportNotTaken;
import org.linju.matters.Reporter;
import org.linju.matters.UnacceptableReport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A resident's question or problem from an item's public page: a matter through the usual intake (its checks, limits
 * and tracking code), located at the item and linked to it. A refusal shows on the page again, in words.
 */
@Controller
@ConditionalOnWebApplication
class DisclosureAskController {

    private final PublishedItems published;
    private final PublicItemPages itemPages;
    private final Feedback feedback;

    DisclosureAskController(PublishedItems published, PublicItemPages itemPages, Feedback feedback) {
        this.published = published;
        this.itemPages = itemPages;
        this.feedback = feedback;
    }

    @PostMapping("/public/disclosure/{kind}/{id}/ask")
    ModelAndView ask(
            @PathVariable String kind,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String categoryCode,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String submission,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Subject subject = DisclosurePaths.subject(kind, id);
        PublishedItems.Published state = published.published(subject).orElseThrow(DisclosurePaths::notFound);
        DisclosedItem item = published.disclosed(subject).orElseThrow(DisclosurePaths::notFound);
        String text = description.isBlank() ? "" : "【" + item.title() + "】" + description.strip();
        NewReport report = new NewReport(
                text,
                categoryCode,
                item.lat(),
                item.lng(),
                phone == null || phone.isBlank() ? null : phone.strip(),
                Channel.QR_CODE);
        try {
            Receipt receipt = feedback.ask(subject, report, submission, Reporter.of(user, request.getRemoteAddr()));
            return new ModelAndView(
                    "redirect:" + DisclosurePaths.page(subject) + "/asked?code=" + receipt.trackingCode());
        } catch (ReportNotTaken e) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            return refused(subject, state, e.status().value(), e.getMessage(), description, submission, response);
        } catch (UnacceptableReport e) {
            // Not stored: a new key, so that a corrected report is not taken for a repeat of this one.
            return refused(subject, state, 422, e.getMessage(), description, null, response);
        }
    }

    private ModelAndView refused(
            Subject subject,
            PublishedItems.Published state,
            int status,
            @Nullable String messageKey,
            String description,
            @Nullable String submission,
            HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = itemPages.view(
                published.disclosed(subject).orElseThrow(DisclosurePaths::notFound), state, "disclosure/public");
        page.addObject("error", messageKey == null ? "error.500" : messageKey);
        page.addObject("description", description);
        page.addObject("submission", submission == null ? UUID.randomUUID().toString() : submission);
        return page;
    }
}
