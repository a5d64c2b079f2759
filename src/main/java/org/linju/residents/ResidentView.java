package org.linju.residents;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.IdCardNumber;

/**
 * A resident as one viewer may see them ({@link org.linju.privacy.DataPolicy}): ID number and phone masked or
 * absent, the name masked for some roles, the birth date only to roles that may reveal the ID number (the others
 * get the year), restricted groups only for roles with that permission.
 */
public record ResidentView(
        UUID id,
        String name,
        @Nullable String idNumber,
        @Nullable String phone,
        IdCardNumber.Sex sex,
        int birthYear,
        @Nullable LocalDate birthDate,
        ResidenceType residenceType,
        String gridCode,
        String address,
        List<KeyGroup> groups,
        @Nullable LocalDate movedIn,
        @Nullable LocalDate movedOut) {

    /** Exact with the birth date, otherwise the age reached this year. */
    public int age() {
        LocalDate today = LocalDate.now();
        return birthDate == null
                ? today.getYear() - birthYear
                : Period.between(birthDate, today).getYears();
    }
}
