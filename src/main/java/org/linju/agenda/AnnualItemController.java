package org.linju.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.linju.forces.Project;
import org.linju.forces.ProjectFilter;
import org.linju.forces.ProjectList;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.linju.shared.Theme;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One item for staff: its status with the committee's steps (shortlist, adopt with an owner from the roster, drop),
 * its milestones and progress, what serves it (matters, project lists), and the share block for a WeChat group.
 */
@Controller
class AnnualItemController {

    private static final Pattern UUID_IN_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final AnnualItems items;
    private final ItemProgress progress;
    private final ProjectList projects;
    private final AnnualProposals proposals;
    private final ShareCodes share;
    private final ShareTexts texts;

    AnnualItemController(
            AnnualItems items,
            ItemProgress progress,
            ProjectList projects,
            AnnualProposals proposals,
            ShareCodes share,
            ShareTexts texts) {
        this.items = items;
        this.progress = progress;
        this.projects = projects;
        this.proposals = proposals;
        this.share = share;
        this.texts = texts;
    }

    @GetMapping("/agenda/items/{id}")
    String item(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        AnnualItem item = items.item(user, id);
        boolean decides = AgendaAccess.decides(user) && !items.closed(item.communityCode(), item.year());
        model.addAttribute("item", item);
        model.addAttribute("communityName", proposals.communityName(item.communityCode()));
        model.addAttribute("milestones", progress.milestones(user, id));
        model.addAttribute("links", progress.links(user, id));
        model.addAttribute("mayRecord", progress.mayRecord(user, item));
        model.addAttribute("mayDecide", decides);
        model.addAttribute("closed", items.closed(item.communityCode(), item.year()));
        model.addAttribute(
                "owners", decides && item.status().mayAdopt() ? items.owners(user, item.communityCode()) : List.of());
        model.addAttribute("projects", linkableProjects(user, item));
        model.addAttribute("themes", Theme.values());
        if (item.status().onTheList()) {
            String url = share.url(AnnualBoard.itemUrl(id));
            model.addAttribute("shareText", texts.item(item, proposals.communityName(item.communityCode()), url));
            model.addAttribute("shareUrl", url);
            model.addAttribute("qrUrl", AnnualBoard.itemUrl(id) + "/qr.png");
        }
        return "agenda/item";
    }

    /** The project lists of the item's area, for those who record its progress and see that whole area. */
    private List<Project> linkableProjects(CurrentUser user, AnnualItem item) {
        if (!progress.mayRecord(user, item) || !user.scope().covers(RegionCode.of(item.areaCode()))) {
            return List.of();
        }
        ProjectFilter filter = new ProjectFilter(item.areaCode(), null, null, null);
        return projects.page(user, filter, ListRequest.of(0, 50, null, null, ProjectList.COLUMNS, true))
                .rows();
    }

    @PostMapping("/agenda/items/{id}/themes")
    String themes(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<Theme> themes) {
        items.tagThemes(user, id, themes == null ? List.of() : themes);
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/shortlist")
    String shortlist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        items.shortlist(user, id);
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/adopt")
    String adopt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID owner) {
        items.adopt(user, id, owner);
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/drop")
    String drop(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        items.drop(user, id);
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/milestones")
    String addMilestone(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
            @RequestParam(defaultValue = "1") int weight) {
        progress.addMilestone(user, id, title, plannedOn, weight);
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/milestones/{milestone}/done")
    String done(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID milestone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate doneOn) {
        progress.recordDone(user, id, milestone, doneOn);
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/milestones/{milestone}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID milestone) {
        progress.removeMilestone(user, id, milestone);
        return back(id);
    }

    /** A matter by its address or id, as copied from its page. */
    @PostMapping("/agenda/items/{id}/links/matter")
    String linkMatter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String matter) {
        Matcher found = UUID_IN_TEXT.matcher(matter);
        if (!found.find()) {
            throw new ItemInvalid("agenda.matterAddress");
        }
        progress.linkMatter(user, id, UUID.fromString(found.group()));
        return back(id);
    }

    @PostMapping("/agenda/items/{id}/links/project")
    String linkProject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID project) {
        progress.linkProject(user, id, project);
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/agenda/items/" + id;
    }
}
