package org.linju.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock: the system clock, except on a thread that replays the past (the demo history), which sets
 * the instant its steps happen at. Every service reads time from this one bean, so a replayed step stores the same
 * times a person's step would have stored then; no row is edited afterwards. Scheduled jobs that judge the past by the
 * wall clock ask {@link #replaying()} and wait while a replay is under way.
 */
public final class SteerableClock extends Clock {

    private final Clock system;
    private final ThreadLocal<@Nullable Instant> steered = new ThreadLocal<>();
    private final AtomicInteger replays = new AtomicInteger();

    public SteerableClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same steered time in another zone: a replayed step that asks for a local date gets the replayed one. */
    @Override
    public Clock withZone(ZoneId zone) {
        SteerableClock steering = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return steering.withZone(other);
            }

            @Override
            public Instant instant() {
                return steering.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = steered.get();
        return at == null ? system.instant() : at;
    }

    /** The wall clock, whatever this thread replays. */
    public Instant wallInstant() {
        return system.instant();
    }

    /** Runs {@code work} on this thread as if it were {@code at}. */
    public <T> T at(Instant at, Supplier<T> work) {
        Instant before = steered.get();
        steered.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                steered.remove();
            } else {
                steered.set(before);
            }
        }
    }

    /** Marks a replay under way (until {@link #replayEnded()}), so that jobs judging the past by the wall clock wait. */
    public void replayStarted() {
        replays.incrementAndGet();
    }

    public void replayEnded() {
        replays.decrementAndGet();
    }

    /** Whether some thread is replaying the past now. */
    public boolean replaying() {
        return replays.get() > 0;
    }

    /**
     * Whether a job that judges the past by this clock should wait: a replay is under way on another thread (this one
     * reads the wall clock, and would judge the replayed matters before the replay reached their later steps).
     */
    public boolean waitsForReplay() {
        return replaying() && steered.get() == null;
    }

    /** {@link #waitsForReplay()} for any clock: only a steerable one ever replays. */
    public static boolean waitsForReplay(Clock clock) {
        return clock instanceof SteerableClock steerable && steerable.waitsForReplay();
    }
}
