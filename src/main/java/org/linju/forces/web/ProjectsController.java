package org.linju.forces.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.Project;
import org.linju.forces.ProjectFilter;
import org.linju.forces.ProjectList;
import org.linju.forces.Projects;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Project lists: a paged, filtered list, posting, signing up, and recording attendance and hours. */
@Controller
class ProjectsController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Projects projects;
    private final ProjectList list;
    private final AreaChoices areas;

    ProjectsController(Projects projects, ProjectList list, AreaChoices areas) {
        this.projects = projects;
        this.list = list;
        this.areas = areas;
    }

    @GetMapping("/projects")
    String list(@AuthenticationPrincipal CurrentUser user, ProjectQuery query, Model model) {
        ProjectFilter filter = query.filter();
        model.addAttribute("page", list.page(user, filter, query.request()));
        model.addAttribute("filter", filter);
        model.addAttribute("areas", areas.within(user.scope()));
        model.addAttribute("states", ProjectFilter.State.values());
        model.addAttribute("grid", postingGrid(user, filter.area()));
        return "forces/projects";
    }

    /** The grid a new project is posted for by default: the one on screen, else the poster's own. */
    private static String postingGrid(CurrentUser user, @Nullable String area) {
        if (area != null && area.length() == 14) {
            return area;
        }
        return user.scope().roots().stream()
                .map(Object::toString)
                .filter(code -> code.length() == 14)
                .findFirst()
                .orElse("");
    }

    @PostMapping("/projects")
    String post(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String grid,
            @RequestParam String title,
            @RequestParam String place,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
            @RequestParam int needed,
            @RequestParam(defaultValue = "") String skills) {
        Project project = projects.post(
                user,
                grid.strip(),
                title,
                place,
                startsAt.atZone(CHINA).toInstant(),
                endsAt.atZone(CHINA).toInstant(),
                needed,
                Arrays.asList(skills.split("[,，、\\s]+")));
        return "redirect:/projects/" + project.id();
    }

    @GetMapping("/projects/{id}")
    String project(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("project", projects.visible(user, id));
        model.addAttribute("signups", projects.signups(user, id));
        return "forces/project";
    }

    @PostMapping("/projects/{id}/signups")
    String signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        projects.signUp(user, id);
        return "redirect:/projects/" + id + "?signedUp";
    }

    @PostMapping("/projects/{id}/signups/{member}/attendance")
    String attendance(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID member,
            @RequestParam(defaultValue = "false") boolean attended,
            @RequestParam(required = false) @Nullable BigDecimal hours) {
        projects.recordAttendance(user, id, member, attended, hours);
        return "redirect:/projects/" + id;
    }
}
