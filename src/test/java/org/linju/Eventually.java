package org.linju;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

/** Waits for what asynchronous listeners do after a commit: polls every 100 ms, fails after 10 s. */
public final class Eventually {

    private Eventually() {}

    public static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 10 s").isTrue();
    }
}
