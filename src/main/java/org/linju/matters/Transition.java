package org.linju.matters;

import org.jspecify.annotations.Nullable;

/** One step of a matter's life, as its timeline records it. */
record Transition(
        String action, Stage from, Stage to, @Nullable String note) {}
