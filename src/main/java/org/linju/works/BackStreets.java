package org.linju.works;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-street register kept by those who manage works: streets with their target and achieved grades, the works
 * done on them, and programme targets (of an area, or of a level above the district) to hold the achievement against.
 */
@Service
public class BackStreets {

    private final BackStreetStore store;
    private final AreaNames areaNames;
    private final Clock clock;

    BackStreets(BackStreetStore store, AreaNames areaNames, Clock clock) {
        this.store = store;
        this.areaNames = areaNames;
        this.clock = clock;
    }

    @Transactional
    public UUID register(CurrentUser user, StreetDraft draft) {
        UUID id = UUID.randomUUID();
        save(user, id, draft);
        return id;
    }

    @Transactional
    public void change(CurrentUser user, UUID id, StreetDraft draft) {
        WorksAccess.requireManager(user, street(user, id).areaCode());
        save(user, id, draft);
    }

    private void save(CurrentUser user, UUID id, StreetDraft draft) {
        WorksAccess.requireViewer(user);
        String area = RegionCode.of(draft.area().strip()).value();
        WorksAccess.requireManager(user, area);
        if (areaNames.of(List.of(area)).isEmpty()) {
            throw new WorksRefused("area", "works.areaUnknown");
        }
        if (draft.name().isBlank() || draft.name().strip().length() > 200) {
            throw new WorksRefused("name", "works.nameMissing");
        }
        if (draft.year() < 2000 || draft.year() > 2100) {
            throw new WorksRefused("year", "works.yearInvalid");
        }
        WorkGeometry location =
                draft.geometry() == null || draft.geometry().isBlank() ? null : WorkGeometry.of(draft.geometry());
        if (location != null && location.kind() != GeometryKind.LINE) {
            throw new WorksRefused("geometry", "works.streetIsALine");
        }
        store.save(id, draft, length(draft, location), location, clock.instant());
    }

    /** The length given, else the drawn line's. */
    private static BigDecimal length(StreetDraft draft, @Nullable WorkGeometry location) {
        BigDecimal length = draft.lengthMetres();
        if (length == null && location != null && location.lengthMetres() != null) {
            length = BigDecimal.valueOf(location.lengthMetres());
        }
        if (length == null || length.signum() <= 0 || length.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new WorksRefused("lengthMetres", "works.lengthInvalid");
        }
        return length;
    }

    /** The grade the acceptance found (null: not yet accepted). */
    @Transactional
    public void accept(CurrentUser user, UUID id, @Nullable StreetGrade achieved) {
        WorksAccess.requireManager(user, street(user, id).areaCode());
        store.accept(id, achieved, clock.instant());
    }

    @Transactional
    public void recordWork(CurrentUser user, UUID street, StreetWork work, LocalDate doneOn) {
        WorksAccess.requireManager(user, street(user, street).areaCode());
        store.recordWork(street, work, doneOn);
    }

    /** A programme's target: for an area in the manager's scope, or (district admins only) for a level above it. */
    @Transactional
    public UUID setTarget(CurrentUser user, ProgrammeTarget target) {
        if (target.areaCode() == null) {
            if (user.role() != Role.DISTRICT_ADMIN) {
                throw new OutOfScope("programme targets above the district");
            }
        } else {
            WorksAccess.requireManager(user, target.areaCode());
        }
        boolean sane = target.label().strip().length() > 0
                && target.yearTo() >= target.yearFrom()
                && target.boutique() >= 0
                && target.fine() >= 0
                && target.standard() >= 0
                && target.total() >= target.boutique() + target.fine() + target.standard();
        if (!sane) {
            throw new WorksRefused("target", "works.targetInvalid");
        }
        store.addTarget(target, clock.instant());
        return target.id();
    }

    public BackStreet street(CurrentUser user, UUID id) {
        WorksAccess.requireViewer(user);
        return store.find(id)
                .filter(street -> user.scope().covers(RegionCode.of(street.areaCode())))
                .orElseThrow(WorksItemNotFound::new);
    }

    public List<DoneWork> works(CurrentUser user, UUID id) {
        street(user, id);
        return store.works(id);
    }
}
