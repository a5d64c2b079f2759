package org.linju.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.PublicPageCache;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page of a published item (码上监督), its photos and its printable board: no sign-in, phone first. Read
 * by a crowd when a QR code hangs on a site, so anonymous readers get the page from {@link PublicPageCache}, kept per
 * version of the item's workflow and of its questions; a withdrawn item is gone at once (its state is read each time).
 */
@Controller
@ConditionalOnWebApplication
class DisclosurePublicController {

    /** How long a page is kept at most: its version says when it changed, so this only frees memory. */
    private static final Duration KEPT = Duration.ofMinutes(10);

    private final PublishedItems published;
    private final PublicPageCache pages;
    private final PublicItemPages itemPages;

    DisclosurePublicController(PublishedItems published, PublicPageCache pages, PublicItemPages itemPages) {
        this.published = published;
        this.pages = pages;
        this.itemPages = itemPages;
    }

    /**
     * The page's version covers all it shows (the workflow step, the questions' tally and the item as its module
     * gives it now), so a kept page may be used until any of them changes; the item is read on every request, which
     * costs far less than rendering its page (bench/README.md, "Issue 18").
     */
    @GetMapping("/public/disclosure/{kind}/{id}")
    @Nullable
    ModelAndView page(
            @PathVariable String kind,
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Subject subject = DisclosurePaths.subject(kind, id);
        PublishedItems.Published state = published.published(subject).orElseThrow(DisclosurePaths::notFound);
        DisclosedItem item = published.disclosed(subject).orElseThrow(DisclosurePaths::notFound);
        return pages.serve(
                request,
                response,
                model,
                "disclosure:" + kind + ":" + id,
                state.pageVersion() + ":" + item.hashCode(),
                KEPT,
                Map.of("submission", () -> UUID.randomUUID().toString()),
                () -> itemPages.view(item, state, "disclosure/public"));
    }

    /** The A4 board to print and post on the site: title, key figures and a big QR code. */
    @GetMapping("/public/disclosure/{kind}/{id}/board")
    ModelAndView board(@PathVariable String kind, @PathVariable UUID id) {
        Subject subject = DisclosurePaths.subject(kind, id);
        PublishedItems.Published state = published.published(subject).orElseThrow(DisclosurePaths::notFound);
        DisclosedItem item = published.disclosed(subject).orElseThrow(DisclosurePaths::notFound);
        return itemPages.view(item, state, "disclosure/board");
    }

    @GetMapping("/public/disclosure/{kind}/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String kind, @PathVariable UUID id, @PathVariable UUID photoId) {
        DisclosedPhoto photo =
                published.photo(DisclosurePaths.subject(kind, id), photoId).orElseThrow(DisclosurePaths::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache())
                .body(photo.bytes());
    }

    /** The receipt after a question: its tracking code and the way to the public tracking page. */
    @GetMapping("/public/disclosure/{kind}/{id}/asked")
    String asked(@PathVariable String kind, @PathVariable UUID id, @RequestParam String code, Model model) {
        Subject subject = DisclosurePaths.subject(kind, id);
        published.published(subject).orElseThrow(DisclosurePaths::notFound);
        model.addAttribute("trackingCode", code);
        model.addAttribute("path", DisclosurePaths.page(subject));
        return "disclosure/asked";
    }
}
