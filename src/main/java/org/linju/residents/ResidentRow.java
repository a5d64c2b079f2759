package org.linju.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.shared.RegionCode;

/** A stored resident: ciphertexts, not values. */
record ResidentRow(
        UUID id,
        String gridCode,
        String name,
        String idNumberCipher,
        @Nullable String phoneCipher,
        LocalDate birthDate,
        String sex,
        ResidenceType residenceType,
        String address,
        @Nullable String restrictedCipher,
        List<KeyGroup> openGroups,
        @Nullable LocalDate movedIn,
        @Nullable LocalDate movedOut) {

    boolean isIn(GridScope scope) {
        return scope.covers(RegionCode.of(gridCode));
    }

    /** This row, or {@link OutOfScope} when the scope does not cover the resident's grid. */
    ResidentRow within(GridScope scope) {
        if (!isIn(scope)) {
            throw new OutOfScope("resident");
        }
        return this;
    }
}
