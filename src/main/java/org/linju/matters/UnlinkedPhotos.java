package org.linju.matters;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the photos of reports that were never taken (refused by the hourly limits, or the intake busy): they are
 * stored before their report ({@link Intake}) and would otherwise stay. Safe with several instances.
 */
@Component
class UnlinkedPhotos {

    static final Duration KEPT = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(UnlinkedPhotos.class);

    private final MatterPhotos store;

    UnlinkedPhotos(MatterPhotos store) {
        this.store = store;
    }

    @Scheduled(fixedDelayString = "${linju.matters.unlinked-photo-interval:10m}", initialDelayString = "1m")
    void deleteOld() {
        int deleted = store.deleteUnlinkedPhotos(KEPT);
        if (deleted > 0) {
            log.info("Deleted {} photos of reports that were never taken", deleted);
        }
    }
}
