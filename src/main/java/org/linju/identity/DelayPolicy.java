package org.linju.identity;

import java.time.Duration;

/**
 * How long sign-ins wait after failures: not at all for the first few, then for a time that doubles with each
 * further failure, never longer than a ceiling. A delay slows a guesser down without handing anyone a lock they can
 * keep closed on someone else's account.
 *
 * @param freeFailures failures allowed before the first delay
 */
record DelayPolicy(int freeFailures, Duration firstDelay, Duration longestDelay) {

    /** One name from one client address: a person mistyping, or someone guessing their password. */
    static final DelayPolicy NAME_FROM_ADDRESS = new DelayPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    /** One client address, all names: an office behind one address makes many honest mistakes, a sprayer more. */
    static final DelayPolicy ADDRESS = new DelayPolicy(20, Duration.ofSeconds(30), Duration.ofMinutes(15));

    /**
     * One name from all addresses: only a guesser spread over many addresses comes this far. Its delay holds only
     * addresses that failed for the name themselves ({@link LoginThrottle#admit}): a guesser gets one try from each
     * new address, the owner at an address where they made no mistake still signs in.
     */
    static final DelayPolicy NAME = new DelayPolicy(50, Duration.ofSeconds(30), Duration.ofMinutes(15));

    /** Failures older than this are forgotten; the count starts again. */
    static final Duration MEMORY = Duration.ofHours(24);

    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
