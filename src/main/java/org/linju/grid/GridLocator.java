package org.linju.grid;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the grid of a point from an in-memory {@link GridIndex}. The index is rebuilt after every boundary
 * change on this instance, and within seconds of a change made by another instance (it polls the revision).
 */
@Component
public class GridLocator {

    private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

    private final GridBoundaryStore boundaries;
    private volatile GridIndex index = GridIndex.empty();
    private final AtomicLong loadedRevision = new AtomicLong(-1);

    GridLocator(GridBoundaryStore boundaries) {
        this.boundaries = boundaries;
    }

    public Optional<GridLocation> locate(double lat, double lng) {
        if (loadedRevision.get() < 0) {
            refresh();
        }
        return index.locate(lng, lat)
                .map(entry ->
                        new GridLocation(entry.code(), entry.name(), entry.communityCode(), entry.communityName()));
    }

    /** Every grid with its boundary, as the point look-up knows them (the demo history places its reports in them). */
    public List<GridIndex.Entry> grids() {
        if (loadedRevision.get() < 0) {
            refresh();
        }
        return index.entries();
    }

    /** The demo loader may already have built the index after its import; build it only if it is stale. */
    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        refreshIfStale();
    }

    @TransactionalEventListener
    void on(GridBoundariesChanged event) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${linju.grid.index-check-interval:15s}", initialDelayString = "15s")
    void refreshIfStale() {
        if (boundaries.revision() != loadedRevision.get()) {
            refresh();
        }
    }

    synchronized void refresh() {
        long revision = boundaries.revision();
        GridIndex fresh = GridIndex.of(boundaries.indexEntries());
        index = fresh;
        loadedRevision.set(revision);
        log.info("Grid index holds {} grids (revision {})", fresh.size(), revision);
    }
}
