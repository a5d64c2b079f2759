package org.linju.forces;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registered person as pages show them: the phone only masked. */
public record ForceMember(
        UUID id,
        ForceKind kind,
        String name,
        @Nullable String maskedPhone,
        @Nullable String gridCode,
        String communityCode,
        @Nullable String departmentCode,
        @Nullable String organisation,
        List<String> skills,
        @Nullable String accountUsername,
        boolean available,
        @Nullable String unavailableNote) {

    /** The same person without the reason they are unavailable, for viewers who are not coordinators. */
    public ForceMember withoutNote() {
        return new ForceMember(
                id,
                kind,
                name,
                maskedPhone,
                gridCode,
                communityCode,
                departmentCode,
                organisation,
                skills,
                accountUsername,
                available,
                null);
    }
}
