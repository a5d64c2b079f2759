package org.linju.workshops;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One award or revocation of the clean-workshop title, with its reason and the inspection it rests on. */
public record TitleEvent(
        Action action, String reason, @Nullable UUID inspectionId, String actorName, LocalDate onDay) {

    public enum Action {
        AWARDED,
        REVOKED;

        public String messageKey() {
            return "workshops.titleAction." + name();
        }
    }
}
