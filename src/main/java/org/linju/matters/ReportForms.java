package org.linju.matters;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report forms: a resident's on /report and staff entry on /matters/new. {@code submission} is the form's
 * idempotency key; a field left out counts as empty, so the intake's own checks answer for it.
 */
final class ReportForms {

    private ReportForms() {}

    /** A resident's report: what and where, a phone to call back, up to six photos. */
    record ReportForm(
            @Nullable String description,
            @Nullable String categoryCode,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable String phone,
            @Nullable String submission,
            @Nullable List<MultipartFile> photos) {

        String text() {
            return description == null ? "" : description;
        }

        NewReport toReport() {
            return new NewReport(text(), categoryCode == null ? "" : categoryCode, lat, lng, phone, Channel.WEB);
        }
    }

    /** Staff entry: a hotline call, a walk-in or a patrol report, with how it came in. */
    record EntryForm(
            @NotNull Channel channel,
            @Nullable String description,
            @Nullable String categoryCode,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable String phone,
            @Nullable String submission) {

        String text() {
            return description == null ? "" : description;
        }

        NewReport toReport() {
            return new NewReport(text(), categoryCode == null ? "" : categoryCode, lat, lng, phone, channel);
        }
    }

    /**
     * The key the form is sent again with: the same one, so a second send makes no second matter, unless it was used
     * for a different report (the form was sent, then changed): then a new one, or the form could never be sent.
     */
    static @Nullable String submissionToKeep(RuntimeException e, @Nullable String submission) {
        return e instanceof IdempotencyKeyReused ? null : submission;
    }
}
