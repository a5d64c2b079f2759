package org.linju.works;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaNames;
import org.linju.grid.GridLocation;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Livelihood projects registered and changed by those who manage them, each in an area of the tree: picked, or the
 * grid its drawn location lies in; owned by a department from the list, never a typed code.
 */
@Service
public class LivelihoodProjects {

    private final ProjectStore store;
    private final GridLocator locator;
    private final AreaNames areaNames;
    private final Departments departments;
    private final Clock clock;

    LivelihoodProjects(
            ProjectStore store, GridLocator locator, AreaNames areaNames, Departments departments, Clock clock) {
        this.store = store;
        this.locator = locator;
        this.areaNames = areaNames;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional
    public UUID register(CurrentUser user, ProjectDraft draft) {
        WorksAccess.requireViewer(user);
        @Nullable WorkGeometry location = locationOf(draft);
        String area = areaOf(draft, location);
        WorksAccess.requireManager(user, area);
        check(draft);
        UUID id = UUID.randomUUID();
        store.insert(id, draft, area, location, user.getUsername(), clock.instant());
        return id;
    }

    @Transactional
    public void change(CurrentUser user, UUID id, ProjectDraft draft) {
        LivelihoodProject project = project(user, id);
        WorksAccess.requireManager(user, project.areaCode());
        @Nullable WorkGeometry location = locationOf(draft);
        String area = areaOf(draft, location);
        WorksAccess.requireManager(user, area);
        check(draft);
        store.update(id, draft, area, location, clock.instant());
    }

    @Transactional
    public void changeStatus(CurrentUser user, UUID id, ProjectStatus status) {
        LivelihoodProject project = project(user, id);
        WorksAccess.requireManager(user, project.areaCode());
        store.setStatus(id, status, clock.instant());
    }

    /** The project, if the caller may see it: a viewer whose area holds it; otherwise it does not exist for them. */
    public LivelihoodProject project(CurrentUser user, UUID id) {
        WorksAccess.requireViewer(user);
        return store.find(id)
                .filter(project -> user.scope().covers(RegionCode.of(project.areaCode())))
                .orElseThrow(WorksItemNotFound::new);
    }

    private static @Nullable WorkGeometry locationOf(ProjectDraft draft) {
        return draft.geometry() == null || draft.geometry().isBlank() ? null : WorkGeometry.of(draft.geometry());
    }

    private String areaOf(ProjectDraft draft, @Nullable WorkGeometry location) {
        if (draft.area() != null && !draft.area().isBlank()) {
            String code = RegionCode.of(draft.area().strip()).value();
            if (areaNames.of(List.of(code)).isEmpty()) {
                throw new WorksRefused("area", "works.areaUnknown");
            }
            return code;
        }
        if (location == null) {
            throw new WorksRefused("area", "works.areaMissing");
        }
        return locator.locate(location.lat(), location.lng())
                .map(GridLocation::code)
                .orElseThrow(() -> new WorksRefused("area", "works.areaOutsideGrids"));
    }

    private void check(ProjectDraft draft) {
        if (draft.name().isBlank() || draft.name().strip().length() > 200) {
            throw new WorksRefused("name", "works.nameMissing");
        }
        if (draft.year() < 2000 || draft.year() > 2100) {
            throw new WorksRefused("year", "works.yearInvalid");
        }
        if (draft.scopeText().length() > 4000
                || draft.contractor().strip().length() > 200
                || (draft.promiseText() != null && draft.promiseText().strip().length() > 500)) {
            throw new WorksRefused("scopeText", "works.textTooLong");
        }
        if (departments.find(draft.ownerUnit()).isEmpty()) {
            throw new WorksRefused("ownerUnit", "works.ownerUnknown");
        }
        boolean halfPromise = (draft.promiseYear() == null)
                != (draft.promiseText() == null || draft.promiseText().isBlank());
        if (halfPromise) {
            throw new WorksRefused("promise", "works.promiseIncomplete");
        }
    }
}
