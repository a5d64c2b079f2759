package org.linju.works;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.linju.disclosure.DisclosedPhoto;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
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
    private final ProjectProgress progress;
    private final ProjectPhotos photos;
    private final WorksFunding funding;
    private final ProjectParts parts;
    private final AreaChoices areas;
    private final AreaNames names;
    private final Departments departments;
    private final WorksMap map;
    private final Clock clock;

    ProjectPagesController(
            LivelihoodProjectList list,
            LivelihoodProjects projects,
            ProjectProgress progress,
            ProjectPhotos photos,
            WorksFunding funding,
            ProjectParts parts,
            AreaChoices areas,
            AreaNames names,
            Departments departments,
            WorksMap map,
            Clock clock) {
        this.list = list;
        this.projects = projects;
        this.progress = progress;
        this.photos = photos;
        this.funding = funding;
        this.parts = parts;
        this.areas = areas;
        this.names = names;
        this.departments = departments;
        this.map = map;
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
        LivelihoodProject project = projects.project(user, id);
        var lines = funding.lines(user, id);
        model.addAttribute("project", project);
        model.addAttribute("areaName", names.of(List.of(project.areaCode())).get(project.areaCode()));
        model.addAttribute(
                "ownerName",
                departments.find(project.ownerUnit()).map(Department::name).orElse(project.ownerUnit()));
        model.addAttribute("subWorks", progress.subWorks(user, id));
        model.addAttribute("milestones", progress.milestones(user, id));
        model.addAttribute("photoIds", photos.ids(user, id));
        model.addAttribute("course", parts.course(id));
        model.addAttribute("fundingLines", lines);
        model.addAttribute("bySource", WorksFunding.bySource(lines));
        model.addAttribute("fundingAvailable", funding.available());
        model.addAttribute("lineChoices", funding.choices(user, id));
        model.addAttribute("mayManage", WorksAccess.manages(user));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("today", WorksCalendar.today(clock));
        map.addTo(model);
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
