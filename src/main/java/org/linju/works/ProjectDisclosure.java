package org.linju.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linju.disclosure.Disclosable;
import org.linju.disclosure.DisclosedItem;
import org.linju.disclosure.DisclosedPhoto;
import org.linju.disclosure.DisclosureCandidate;
import org.linju.disclosure.Subject;
import org.linju.funds.ProjectFunding;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * A livelihood project as its public page shows it (kind {@code project}): money by source and spent from its budget
 * lines, progress, milestones, photos, and facts such as length, contractor and the promise it keeps. The people who
 * registered or changed it are never shown.
 */
@Component
class ProjectDisclosure implements Disclosable {

    static final String KIND = "project";

    private final ProjectStore store;
    private final ProjectParts parts;
    private final WorksFunding funding;
    private final Departments departments;

    ProjectDisclosure(ProjectStore store, ProjectParts parts, WorksFunding funding, Departments departments) {
        this.store = store;
        this.parts = parts;
        this.funding = funding;
        this.departments = departments;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DisclosedItem> disclosed(UUID id) {
        return store.find(id).map(this::item);
    }

    private DisclosedItem item(LivelihoodProject project) {
        List<ProjectFunding.Funding> lines = funding.of(project.id());
        List<DisclosedItem.Money> money = WorksFunding.bySource(lines).entrySet().stream()
                .map(source -> new DisclosedItem.Money(source.getKey(), source.getValue()))
                .toList();
        WorkGeometry location = project.location();
        return new DisclosedItem(
                new Subject(KIND, project.id()),
                project.name(),
                project.areaCode(),
                departments.find(project.ownerUnit()).map(Department::name).orElse(""),
                project.scopeText(),
                money,
                lines.stream().mapToLong(ProjectFunding.Funding::allocatedFen).sum(),
                lines.stream().mapToLong(ProjectFunding.Funding::spentFen).sum(),
                List.of(),
                project.progress(),
                parts.milestones(project.id()).stream()
                        .map(step -> new DisclosedItem.Milestone(step.name(), step.plannedOn(), step.actualOn()))
                        .toList(),
                parts.photoIds(project.id()),
                facts(project),
                location == null ? null : location.geoJson(),
                location == null ? null : location.lat(),
                location == null ? null : location.lng(),
                null);
    }

    private static List<DisclosedItem.Fact> facts(LivelihoodProject project) {
        List<DisclosedItem.Fact> facts = new ArrayList<>();
        facts.add(new DisclosedItem.Fact("works.year", Integer.toString(project.year())));
        WorkGeometry location = project.location();
        if (location != null && location.kilometres() != null) {
            facts.add(new DisclosedItem.Fact("works.length", location.kilometres() + " km"));
        }
        if (!project.contractor().isBlank()) {
            facts.add(new DisclosedItem.Fact("works.contractor", project.contractor()));
        }
        if (project.hasPromise()) {
            facts.add(new DisclosedItem.Fact("works.promise", project.promiseYear() + " · " + project.promiseText()));
        }
        return facts;
    }

    @Override
    public Optional<DisclosedPhoto> photo(UUID id, UUID photoId) {
        return parts.photo(id, photoId);
    }

    @Override
    public Optional<DisclosureCandidate> candidate(GridScope scope, UUID id) {
        return store.find(id)
                .filter(project -> scope.covers(RegionCode.of(project.areaCode())))
                .map(project -> new DisclosureCandidate(
                        new Subject(KIND, id), project.name(), project.areaCode(), "/works/projects/" + id));
    }
}
