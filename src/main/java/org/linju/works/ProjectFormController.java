package org.linju.works;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.shared.Theme;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Registering and changing a project: the area picked from the tree or taken from the location drawn on the map, the
 * owner picked from the departments. A refused form comes back filled in, with the reason beside it.
 */
@Controller
class ProjectFormController {

    private final LivelihoodProjects projects;
    private final AreaChoices areas;
    private final Departments departments;
    private final WorksMap map;
    private final Clock clock;

    ProjectFormController(
            LivelihoodProjects projects, AreaChoices areas, Departments departments, WorksMap map, Clock clock) {
        this.projects = projects;
        this.areas = areas;
        this.departments = departments;
        this.map = map;
        this.clock = clock;
    }

    @GetMapping("/works/projects/new")
    ModelAndView blank(@AuthenticationPrincipal CurrentUser user) {
        if (!WorksAccess.manages(user)) {
            throw new OutOfScope("registering projects");
        }
        return form(user, ProjectForm.blank(WorksCalendar.today(clock).getYear()), null, null);
    }

    @GetMapping("/works/projects/{id}/edit")
    ModelAndView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        LivelihoodProject project = projects.project(user, id);
        WorksAccess.requireManager(user, project.areaCode());
        return form(user, ProjectForm.of(project), id, null);
    }

    @PostMapping("/works/projects")
    ModelAndView register(@AuthenticationPrincipal CurrentUser user, ProjectForm form) {
        try {
            UUID id = projects.register(user, form.toDraft());
            return new ModelAndView("redirect:/works/projects/" + id);
        } catch (WorksRefused refused) {
            return form(user, form, null, refused);
        }
    }

    @PostMapping("/works/projects/{id}")
    ModelAndView change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, ProjectForm form) {
        try {
            projects.change(user, id, form.toDraft());
            return new ModelAndView("redirect:/works/projects/" + id);
        } catch (WorksRefused refused) {
            return form(user, form, id, refused);
        }
    }

    private ModelAndView form(CurrentUser user, ProjectForm form, @Nullable UUID id, @Nullable WorksRefused refused) {
        ModelAndView page = new ModelAndView("works/projectForm");
        page.addObject("form", form);
        page.addObject("projectId", id);
        page.addObject("areaChoices", areas.within(user.scope()));
        page.addObject("departments", departments.all());
        page.addObject("statuses", ProjectStatus.values());
        page.addObject("themes", Theme.values());
        if (refused != null) {
            page.addObject("error", refused.getMessage());
            page.addObject("errorField", refused.field());
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        page.addObject("tileUrl", map.tileUrl());
        return page;
    }
}
