package org.linju.works;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.linju.agenda.AnnualItemList;
import org.linju.disclosure.DisclosureRoles;
import org.linju.funds.ProjectFunding;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a project's page shows besides the project: its parts, money, photos, and the ten big things of the same themes
 * in the viewer's area (both kinds of work serve the same campaigns).
 */
@Component
class ProjectPageModel {

    static final int TEN_BIG_THINGS_SHOWN = 10;

    private final ProjectProgress progress;
    private final ProjectPhotos photos;
    private final WorksFunding funding;
    private final ProjectParts parts;
    private final AreaNames names;
    private final Departments departments;
    private final AnnualItemList annualItems;
    private final WorksMap map;
    private final Clock clock;

    ProjectPageModel(
            ProjectProgress progress,
            ProjectPhotos photos,
            WorksFunding funding,
            ProjectParts parts,
            AreaNames names,
            Departments departments,
            AnnualItemList annualItems,
            WorksMap map,
            Clock clock) {
        this.progress = progress;
        this.photos = photos;
        this.funding = funding;
        this.parts = parts;
        this.names = names;
        this.departments = departments;
        this.annualItems = annualItems;
        this.map = map;
        this.clock = clock;
    }

    void fill(CurrentUser user, LivelihoodProject project, Model model) {
        UUID id = project.id();
        List<ProjectFunding.Funding> lines = funding.lines(user, id);
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
        model.addAttribute("tenBigThings", annualItems.ofThemes(user.scope(), project.themes(), TEN_BIG_THINGS_SHOWN));
        model.addAttribute("mayManage", WorksAccess.manages(user));
        model.addAttribute("mayDisclose", DisclosureRoles.mayDraft(user));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("today", WorksCalendar.today(clock));
        map.addTo(model);
    }
}
