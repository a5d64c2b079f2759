package org.linju.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.matters.Reporter;
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
    private final PublicQuestions questions;

    DisclosureAskController(
            PublishedItems published, PublicItemPages itemPages, Feedback feedback, PublicQuestions questions) {
        this.published = published;
        this.itemPages = itemPages;
        this.feedback = feedback;
        this.questions = questions;
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
        return questions.ask(
                reporter -> feedback.ask(
                        subject,
                        questions.report(item.title(), item.lat(), item.lng(), description, categoryCode, phone),
                        submission,
                        reporter),
                submission,
                Reporter.of(user, request.getRemoteAddr()),
                response,
                receipt -> new ModelAndView(
                        "redirect:" + DisclosurePaths.page(subject) + "/asked?code=" + receipt.trackingCode()),
                (error, key) -> {
                    ModelAndView page = itemPages.view(item, state, "disclosure/public");
                    page.addObject("error", error);
                    page.addObject("description", description);
                    page.addObject("categoryCode", categoryCode);
                    page.addObject("submission", key);
                    return page;
                });
    }
}
