package org.linju.residents;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.shared.GridCode;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;

/** A resident to register at an address in a grid. */
public record NewResident(
        String name,
        IdCardNumber idNumber,
        @Nullable PhoneNumber phone,
        GridCode grid,
        String building,
        String unit,
        String room,
        ResidenceType residenceType,
        @Nullable LocalDate movedIn,
        Set<KeyGroup> groups) {}
