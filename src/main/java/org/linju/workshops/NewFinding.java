package org.linju.workshops;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finding as the team records it: the text, photos as uploaded (cleaned before they are kept) and, when it needs
 * putting right, the task, its owner (a unit or post) and the deadline.
 */
public record NewFinding(
        String text,
        List<byte[]> photos,
        @Nullable String task,
        @Nullable String owner,
        @Nullable LocalDate deadline) {

    public NewFinding {
        photos = List.copyOf(photos);
    }
}
