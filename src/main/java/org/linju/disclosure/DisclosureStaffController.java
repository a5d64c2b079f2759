package org.linju.disclosure;

import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The publish workflow for staff (公开审核): the list, an item with its steps and questions, and the step buttons. */
@Controller
class DisclosureStaffController {

    private final DisclosureWorkflow workflow;
    private final DisclosureList list;
    private final PublishedItems published;
    private final DisclosureKinds kinds;
    private final AreaChoices areas;

    DisclosureStaffController(
            DisclosureWorkflow workflow,
            DisclosureList list,
            PublishedItems published,
            DisclosureKinds kinds,
            AreaChoices areas) {
        this.workflow = workflow;
        this.list = list;
        this.published = published;
        this.kinds = kinds;
        this.areas = areas;
    }

    @GetMapping("/disclosure")
    String list(@AuthenticationPrincipal CurrentUser user, DisclosureFilter filter, Model model) {
        staffOnly(user);
        model.addAttribute("page", list.page(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("states", DisclosureState.values());
        model.addAttribute("kinds", kinds.kinds());
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("zone", DateRange.CHINA);
        return "disclosure/list";
    }

    /** Linked from a module's staff page ({@code disclosure/fragments :: startDraft}): starts a draft and shows it. */
    @GetMapping("/disclosure/new")
    String startForm(
            @AuthenticationPrincipal CurrentUser user, @RequestParam String kind, @RequestParam UUID id, Model model) {
        staffOnly(user);
        Subject subject = DisclosurePaths.subject(kind, id);
        DisclosureCandidate candidate = kinds.of(kind)
                .flatMap(disclosable -> disclosable.candidate(user.scope(), id))
                .orElseThrow(() -> new OutOfScope("disclosure candidate"));
        model.addAttribute("candidate", candidate);
        model.addAttribute("existing", workflow.idOf(subject).orElse(null));
        model.addAttribute("mayDraft", DisclosureWorkflow.EDITORS.contains(user.role()));
        return "disclosure/new";
    }

    @PostMapping("/disclosure/new")
    String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam String kind, @RequestParam UUID id) {
        return "redirect:/disclosure/" + workflow.draft(user, DisclosurePaths.subject(kind, id));
    }

    @GetMapping("/disclosure/{item}")
    String item(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID item, Model model) {
        staffOnly(user);
        DisclosureRecord found = workflow.find(user, item).orElseThrow(() -> new OutOfScope("disclosure item"));
        model.addAttribute("item", found);
        model.addAttribute("history", workflow.history(item));
        model.addAttribute("questions", published.questions(found.subject()));
        model.addAttribute("publicPath", DisclosurePaths.page(found.subject()));
        model.addAttribute("mayReview", DisclosureWorkflow.EDITORS.contains(user.role()));
        model.addAttribute("mayPublish", DisclosureWorkflow.PUBLISHERS.contains(user.role()));
        model.addAttribute("zone", DateRange.CHINA);
        return "disclosure/item";
    }

    @PostMapping("/disclosure/{item}/review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID item, RedirectAttributes flash) {
        return taken(item, flash, () -> workflow.review(user, item), "disclosure.done.reviewed");
    }

    @PostMapping("/disclosure/{item}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID item, RedirectAttributes flash) {
        return taken(item, flash, () -> workflow.publish(user, item), "disclosure.done.published");
    }

    @PostMapping("/disclosure/{item}/withdraw")
    String withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID item,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return taken(item, flash, () -> workflow.withdraw(user, item, reason), "disclosure.done.withdrawn");
    }

    /** Takes the step, or says in words why not, on the item's page either way. */
    private static String taken(UUID item, RedirectAttributes flash, Runnable step, String done) {
        try {
            step.run();
            flash.addFlashAttribute("notice", done);
        } catch (DisclosureRefused e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/disclosure/" + item;
    }

    private static void staffOnly(CurrentUser user) {
        if (!DisclosureWorkflow.STAFF.contains(user.role())) {
            throw new OutOfScope("disclosure");
        }
    }
}
