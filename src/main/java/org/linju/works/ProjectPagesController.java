package org.linju.works;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.IntStream;
import org.linju.disclosure.DisclosedPhoto;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.Theme;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff pages of livelihood projects: the list of the viewer's area and a project's page. */
@Controller
class ProjectPagesController {

    private final LivelihoodProjectList list;
    private final LivelihoodProjects projects;
    private final ProjectPhotos photos;
    private final ProjectPageModel pageModel;
    private final AreaChoices areas;
    private final AreaNames names;
    private final Clock clock;

    ProjectPagesController(
            LivelihoodProjectList list,
            LivelihoodProjects projects,
            ProjectPhotos photos,
            ProjectPageModel pageModel,
            AreaChoices areas,
            AreaNames names,
            Clock clock) {
        this.list = list;
        this.projects = projects;
        this.photos = photos;
        this.pageModel = pageModel;
        this.areas = areas;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/works/projects")
    String list(@AuthenticationPrincipal CurrentUser user, LivelihoodProjectFilter filter, Model model) {
        ListPage<LivelihoodProject> page = list.page(user, filter);
        int year = WorksCalendar.today(clock).getYear();
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "areaNames",
                names.of(page.rows().stream().map(LivelihoodProject::areaCode).toList()));
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(0, 5).map(back -> year + 1 - back).boxed().toList());
        model.addAttribute("mayManage", WorksAccess.manages(user));
        return "works/projects";
    }

    @GetMapping("/works/projects/{id}")
    String project(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pageModel.fill(user, projects.project(user, id), model);
        return "works/project";
    }

    @GetMapping("/works/projects/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID photo) {
        DisclosedPhoto stored = photos.photo(user, id, photo);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(stored.bytes());
    }
}
