package org.linju.supervision;

import java.time.Instant;

/** One step of a notice's follow-up: issued, rectification reported, accepted or sent back, with its text. */
public record NoticeStep(String action, String text, String actorName, Instant at) {

    public String messageKey() {
        return "supervision.step." + action;
    }
}
