package org.linju.grid;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of what the public community boards show (grids, their people and places, and the duty holders that
 * forces feeds in): a rendered board is kept while this is unchanged, so every change to those calls
 * {@link #changed()}. A change made in a transaction counts again when it ends, so a board rendered meanwhile from
 * the old rows is not kept under the new version.
 */
@Component
public class BoardChanges {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}
