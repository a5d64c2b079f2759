package org.linju.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of common-prosperity workshops: register one, the paged list within a scope, one workshop. */
@Service
public class WorkshopRegister {

    private static final Map<String, String> ORDER = Map.of(
            "name", "w.name",
            "grid", "w.grid_code",
            "workers", "w.workers",
            "started", "w.started_on",
            "title", "w.title");

    private final WorkshopStore store;
    private final Grids grids;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkshopRegister(WorkshopStore store, Grids grids, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.grids = grids;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Workshop register(CurrentUser registrar, NewWorkshop draft) {
        if (!WorkshopAccess.mayRegister(registrar)) {
            throw new OutOfScope("register workshops");
        }
        String grid = draft.gridCode().strip();
        WorkshopRefused.unless(
                !grid.isEmpty() && RegionCode.of(grid).level() == RegionLevel.GRID && grids.exists(grid),
                "workshops.refused.grid");
        if (!registrar.scope().covers(RegionCode.of(grid))) {
            throw new OutOfScope("grid " + grid);
        }
        WorkshopRefused.unless(
                !draft.name().isBlank() && draft.name().strip().length() <= 100, "workshops.refused.name");
        WorkshopRefused.unless(
                !draft.operatorOrg().isBlank() && draft.operatorOrg().strip().length() <= 100,
                "workshops.refused.operator");
        WorkshopRefused.unless(draft.workers() >= 0 && draft.workers() <= 100_000, "workshops.refused.workers");
        WorkshopRefused.unless((draft.lat() == null) == (draft.lng() == null), "workshops.refused.point");
        WorkshopRefused.unless(
                draft.lat() == null || (Math.abs(draft.lat()) <= 90 && Math.abs(draft.lng()) <= 180),
                "workshops.refused.pointRange");
        Workshop workshop = new Workshop(
                UUID.randomUUID(),
                draft.name().strip(),
                draft.operatorOrg().strip(),
                grid,
                draft.lat(),
                draft.lng(),
                draft.kind(),
                draft.workers(),
                draft.startedOn(),
                WorkshopStatus.OPERATING,
                TitleState.NONE,
                null);
        store.insert(workshop, registrar.id(), clock.instant());
        return workshop;
    }

    /** The register as the viewer may see it: their scope always, narrowed by the filters that are set. */
    public ListPage<Workshop> list(CurrentUser viewer, WorkshopFilter filter) {
        WorkshopAccess.requireRegister(viewer);
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        ListQuery.Condition scope =
                ListQuery.codesUnder("w.grid_code", viewer.scope().sqlPatterns());
        ListRequest request = filter.request();
        return ListQuery.of(jdbc, "select w.*", "from workshop w")
                .where(scope.sql(), scope.values())
                .when(area == null ? null : area + "%", "area", "w.grid_code like :area")
                .when(filter.title() == null ? null : filter.title().name(), "title", "w.title = :title")
                .when(filter.status() == null ? null : filter.status().name(), "status", "w.status = :status")
                .when(filter.kind() == null ? null : filter.kind().name(), "kind", "w.kind = :kind")
                .page(request, ORDER.get(request.sort()), "w.id", (rs, row) -> WorkshopStore.toWorkshop(rs));
    }

    /** One workshop of the viewer's scope. */
    public Workshop show(CurrentUser viewer, UUID id) {
        WorkshopAccess.requireRegister(viewer);
        return store.find(id)
                .filter(w -> viewer.scope().covers(RegionCode.of(w.gridCode())))
                .orElseThrow(() -> new OutOfScope("workshop " + id));
    }

    @Transactional
    public void changeStatus(CurrentUser registrar, UUID id, WorkshopStatus status) {
        show(registrar, id);
        if (!WorkshopAccess.mayRegister(registrar)) {
            throw new OutOfScope("register workshops");
        }
        store.setStatus(id, status);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateRange.CHINA));
    }
}
