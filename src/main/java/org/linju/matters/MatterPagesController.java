package org.linju.matters;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The staff's matter page and entry of reports (the list is {@link MatterListController}; residents report on ResidentPagesController's pages). */
@Controller
class MatterPagesController {

    private final Intake intake;
    private final MatterWork work;
    private final MatterPages pages;
    private final MatterAccess access;
    private final MatterCatalogue catalogue;
    private final String tileUrl;
    private final MatterPageModel pageModel;

    MatterPagesController(
            Intake intake,
            MatterWork work,
            MatterPages pages,
            MatterAccess access,
            MatterCatalogue catalogue,
            MatterPageModel pageModel,
            @Value("${linju.map.tile-url:}") String tileUrl) {
        this.pageModel = pageModel;
        this.intake = intake;
        this.work = work;
        this.pages = pages;
        this.access = access;
        this.catalogue = catalogue;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/matters/{id}")
    String matter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pageModel.fill(user, id, model);
        return "matters/matter";
    }

    @GetMapping("/matters/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID photo) {
        var found = pages.photo(user, id, photo);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.getKey()))
                .cacheControl(CacheControl.noStore())
                .body(found.getValue());
    }

    @PostMapping("/matters/{id}/grid")
    String assignGrid(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid StepForms.GridForm form) {
        work.assignGrid(user, id, form.version(), form.gridCode().trim());
        return "redirect:/matters/" + id;
    }

    /** Residents have accounts too, but they report on /report: staff entry chooses the channel and has no limit. */
    private static void staffOnly(CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            throw new OutOfScope("staff entry");
        }
    }

    /** Staff entry: hotline calls, walk-ins, and patrol reports from a phone (with its GPS position). */
    @GetMapping("/matters/new")
    String newMatter(@AuthenticationPrincipal CurrentUser user, Model model) {
        staffOnly(user);
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("channels", List.of(Channel.PATROL, Channel.HOTLINE, Channel.WALK_IN));
        return "matters/new";
    }

    @PostMapping("/matters/new")
    String enter(
            @AuthenticationPrincipal CurrentUser user,
            @Valid ReportForms.EntryForm form,
            Model model,
            HttpServletResponse response) {
        staffOnly(user);
        String submission = form.submission();
        try {
            Receipt receipt = intake.report(form.toReport(), List.of(), submission, Reporter.of(user, null));
            return "redirect:/matters/" + receipt.id();
        } catch (UnacceptableReport | ReportNotTaken e) {
            // Staff entries have no hourly limit: not taken means intake was busy.
            response.setStatus(
                    e instanceof ReportNotTaken notTaken ? notTaken.status().value() : 422);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("description", form.text());
            model.addAttribute("submission", ReportForms.submissionToKeep(e, submission));
            return newMatter(user, model);
        }
    }

    @PostMapping("/matters/{id}/actions/{action}")
    String takeStep(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable Action action,
            @Valid StepForms.StepForm form)
            throws IOException {
        if (action == Action.MERGE) {
            refuseMergeAsStep(user, id, form.version());
        }
        work.takeStep(user, id, form.version(), form.toCommand(action));
        return "redirect:/matters/" + id;
    }

    /** Merging needs the matter that carries on and has its own form; as a plain step it is refused as ever. */
    private void refuseMergeAsStep(CurrentUser user, UUID id, int version) {
        MatterView view = access.matter(user, id);
        if (view.version() != version) {
            throw new ConcurrentChange();
        }
        if (!access.permitted(user, view, Action.MERGE)) {
            throw new ActionRefused();
        }
        throw new IllegalTransition(view.stage(), "merge");
    }

    /** Merges a duplicate into the matter that carries on (named by its tracking code). */
    @PostMapping("/matters/{id}/merge")
    String merge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid StepForms.MergeForm form) {
        work.merge(user, id, form.version(), form.target());
        return "redirect:/matters/" + id;
    }
}
