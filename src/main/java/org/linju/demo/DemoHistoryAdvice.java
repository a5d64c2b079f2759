package org.linju.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells everyone on every page that the demo district's past is still being replayed, and how far it is, so that a
 * half-filled dashboard in the first minutes of a fresh demo is not taken for the finished district.
 */
@ControllerAdvice
class DemoHistoryAdvice {

    private final DemoHistory history;

    DemoHistoryAdvice(DemoHistory history) {
        this.history = history;
    }

    /** The replay's progress in whole percent while it runs, null before it starts and once it is done. */
    @ModelAttribute("demoHistoryPercent")
    @Nullable
    Long demoHistoryPercent() {
        double progress = history.progress();
        return progress < 0 || progress >= 1 ? null : Math.round(Math.floor(progress * 100));
    }
}
