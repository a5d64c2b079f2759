package org.linju.patrols.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.patrols.NewVisit;
import org.linju.patrols.PatrolRefused;
import org.springframework.web.multipart.MultipartFile;

/** The forms the phone's outbox sends (multipart, with photos), bound whole and turned into commands. */
final class PhoneForms {

    private static final int MAX_PHOTOS = 6;

    private PhoneForms() {}

    record VisitForm(
            @Nullable String patrol,
            @Nullable UUID resident,
            @Nullable String household,
            @Nullable String finding,
            @Nullable Instant at,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable String category,
            @Nullable List<MultipartFile> photos) {

        NewVisit toCommand() {
            if (at == null) {
                throw new PatrolRefused("patrols.badTime");
            }
            return new NewVisit(
                    patrol == null || patrol.isBlank() ? null : patrol,
                    resident,
                    household == null ? "" : household,
                    finding == null ? "" : finding,
                    at,
                    lat,
                    lng,
                    category,
                    bytes(photos));
        }
    }

    record ReportForm(
            @Nullable String description,
            @Nullable String categoryCode,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable List<MultipartFile> photos) {

        NewReport toReport() {
            return new NewReport(
                    description == null ? "" : description,
                    categoryCode == null ? "" : categoryCode,
                    lat,
                    lng,
                    null,
                    Channel.PATROL);
        }

        List<byte[]> photoBytes() {
            return bytes(photos);
        }
    }

    static List<byte[]> bytes(@Nullable List<MultipartFile> photos) {
        List<byte[]> bytes = new ArrayList<>();
        if (photos == null) {
            return bytes;
        }
        for (MultipartFile photo : photos) {
            if (photo.isEmpty()) {
                continue;
            }
            if (bytes.size() == MAX_PHOTOS || photo.getSize() > Intake.MAX_PHOTO_BYTES) {
                throw new PatrolRefused("patrols.tooManyPhotos");
            }
            try {
                bytes.add(photo.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
