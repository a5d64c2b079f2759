package org.linju.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
        @Nullable LocalDate movedOut) {}
