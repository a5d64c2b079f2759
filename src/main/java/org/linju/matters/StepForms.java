package org.linju.matters;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the matter page, each turned into the command it stands for. */
final class StepForms {

    private StepForms() {}

    /**
     * A step's form: what any step may send (a note or reason; for triage the urgency, difficulty and an optional
     * colour override; for an extension the extra hours; for dispatching a red matter, the department; photos).
     */
    record StepForm(
            @NotNull Integer version,
            @Nullable String note,
            @Nullable Urgency urgency,
            @Nullable Difficulty difficulty,
            @Nullable Colour override,
            @Nullable Integer hours,
            @Nullable String department,
            @Nullable List<MultipartFile> photos) {

        /**
         * The step {@code action} stands for; a step that takes no photos refuses them (its command has no place for
         * them). The note's length is checked by {@link MatterWork} after scope, version and role, as before.
         */
        StaffStep toCommand(Action action) throws IOException {
            List<byte[]> images = images(photos);
            if (!images.isEmpty() && !MatterWork.PHOTO_STEPS.contains(action)) {
                throw new UnacceptableReport("photos", "matter.noPhotosHere");
            }
            return switch (action) {
                case TRIAGE -> new StaffStep.Triage(urgency, difficulty, override, note);
                case DISPATCH -> new StaffStep.Dispatch(note, department);
                case ACCEPT -> new StaffStep.Accept();
                case RETURN -> new StaffStep.Return(note);
                case START -> new StaffStep.Start(images);
                case RESOLVE -> new StaffStep.Resolve(note, images);
                case REJECT_RESOLUTION -> new StaffStep.RejectResolution(note);
                case VERIFY -> new StaffStep.Verify(note, images);
                case STRIKE_OFF -> new StaffStep.StrikeOff(note);
                case VOID -> new StaffStep.RequestVoiding(note);
                case DEFER -> new StaffStep.RequestDeferral(note);
                case EXTEND -> new StaffStep.RequestExtension(note, hours);
                case RESUME -> new StaffStep.Resume();
                case APPROVE -> new StaffStep.Approve(note);
                case REJECT_REQUEST -> new StaffStep.TurnDown(note);
                case MERGE -> throw new IllegalStateException("merging has its own form and command");
            };
        }
    }

    /** Merging a duplicate into the matter that carries on, named by its tracking code. */
    record MergeForm(@NotNull Integer version, @NotNull String target) {}

    /** Putting a matter no grid was found for into a grid. */
    record GridForm(@NotNull Integer version, @NotNull String gridCode) {}

    /**
     * The photos a form sent; a file input left empty sends one empty part, which is no photo. Of each no more is read
     * than shows it too large, so a report's photos hold at most some 30 MB of memory whatever was uploaded.
     */
    static List<byte[]> images(@Nullable List<MultipartFile> photos) throws IOException {
        List<byte[]> images = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile photo : photos) {
                if (!photo.isEmpty()) {
                    try (InputStream in = photo.getInputStream()) {
                        images.add(in.readNBytes(Intake.MAX_PHOTO_BYTES + 1));
                    }
                }
            }
        }
        return images;
    }
}
