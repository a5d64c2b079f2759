package org.linju.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the chain.
 *
 * @param brokenAt the sequence number of the first entry that does not fit, null when intact
 * @param problem {@code audit.chain.edited} (an entry's content no longer matches its hash) or
 *        {@code audit.chain.unlinked} (an entry does not follow the one before it: deleted, inserted or reordered)
 */
public record ChainVerdict(
        long entriesChecked,
        @Nullable Long brokenAt,
        @Nullable String problem) {

    public boolean intact() {
        return brokenAt == null;
    }
}
