package org.linju.works;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.linju.funds.ProjectFunding;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A project's money through the funds module's {@link ProjectFunding}: the lines a manager may pick, allocations, and
 * what funds the project by line and by source. Taken through a provider: without the funds module's implementation
 * (a slimmed-down deployment, a module test) projects simply show no funding and offer no lines.
 */
@Service
public class WorksFunding {

    private final ObjectProvider<ProjectFunding> funding;
    private final LivelihoodProjects projects;

    WorksFunding(ObjectProvider<ProjectFunding> funding, LivelihoodProjects projects) {
        this.funding = funding;
        this.projects = projects;
    }

    public boolean available() {
        return funding.getIfAvailable() != null;
    }

    /** The lines of the project's year a manager of it may allocate from; none for anyone else. */
    public List<ProjectFunding.LineChoice> choices(CurrentUser user, UUID project) {
        LivelihoodProject seen = projects.project(user, project);
        ProjectFunding lines = funding.getIfAvailable();
        if (lines == null || !WorksAccess.manages(user)) {
            return List.of();
        }
        return lines.choices(user, seen.areaCode(), seen.year());
    }

    /** Gives money of a line to the project; funds refuses a line of another year or one not covering its area. */
    public void allocate(CurrentUser user, UUID project, UUID line, long amountFen) {
        LivelihoodProject funded = projects.project(user, project);
        WorksAccess.requireManager(user, funded.areaCode());
        ProjectFunding lines = funding.getIfAvailable();
        if (lines == null) {
            throw new WorksRefused("line", "works.fundingUnavailable");
        }
        if (amountFen <= 0) {
            throw new WorksRefused("amount", "works.amountInvalid");
        }
        lines.allocate(user, line, project, funded.areaCode(), funded.year(), amountFen);
    }

    /** Funding by line, for a project the caller may see. */
    public List<ProjectFunding.Funding> lines(CurrentUser user, UUID project) {
        projects.project(user, project);
        return of(project);
    }

    /** Funding by line, unchecked: for the public page of a published project. */
    List<ProjectFunding.Funding> of(UUID project) {
        ProjectFunding lines = funding.getIfAvailable();
        return lines == null ? List.of() : lines.forProject(project);
    }

    /** Allocated money by source (ordered by source), in fen. */
    static Map<String, Long> bySource(List<ProjectFunding.Funding> lines) {
        Map<String, Long> sources = new TreeMap<>();
        lines.forEach(line -> sources.merge(line.source(), line.allocatedFen(), Long::sum));
        return sources;
    }
}
