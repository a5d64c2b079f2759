package org.linju.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.DataPolicy.Datum;
import org.linju.privacy.DataPolicy.Disclosure;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.linju.shared.IdCardNumber;

/**
 * One stored resident's data as one role may have it, by the policy table: every path that hands out resident
 * data (pages, JSON, exports, subject access) takes its values from here. {@code reasonGiven} stands for an audited
 * reveal, export or subject-access request, which shows {@link Disclosure#ON_REVEAL} data in full.
 */
final class Disclosed {

    private final ResidentRow row;
    private final Role role;
    private final boolean reasonGiven;
    private final FieldCipher cipher;

    Disclosed(ResidentRow row, Role role, boolean reasonGiven, FieldCipher cipher) {
        this.row = row;
        this.role = role;
        this.reasonGiven = reasonGiven;
        this.cipher = cipher;
    }

    String name() {
        return shown(Datum.NAME) == Shown.FULL ? row.name() : Masking.name(row.name());
    }

    @Nullable
    String idNumber() {
        return masked(Datum.ID_NUMBER, row.idNumberCipher(), PersonalField.ID_NUMBER, Masking::idNumber);
    }

    @Nullable
    String phone() {
        return masked(Datum.PHONE, row.phoneCipher(), PersonalField.PHONE, Masking::phone);
    }

    /** The full birth date, or null when the role gets only the year. */
    @Nullable
    LocalDate birthDate() {
        return shown(Datum.BIRTH_DATE) == Shown.FULL ? row.birthDate() : null;
    }

    /** Open groups, and restricted ones for the roles that may see them. */
    List<KeyGroup> groups() {
        List<KeyGroup> groups = new ArrayList<>(row.openGroups());
        if (row.restrictedCipher() != null && shown(Datum.RESTRICTED_GROUPS) == Shown.FULL) {
            Arrays.stream(cipher.decrypt(row.restrictedCipher(), PersonalField.RESTRICTED_GROUPS.binding())
                            .split(","))
                    .map(KeyGroup::valueOf)
                    .forEach(groups::add);
        }
        return List.copyOf(groups);
    }

    ResidentView view() {
        return new ResidentView(
                row.id(),
                name(),
                idNumber(),
                phone(),
                IdCardNumber.Sex.valueOf(row.sex()),
                row.birthDate().getYear(),
                birthDate(),
                row.residenceType(),
                row.gridCode(),
                row.address(),
                groups(),
                row.movedIn(),
                row.movedOut());
    }

    private enum Shown {
        FULL,
        MASKED,
        HIDDEN
    }

    private Shown shown(Datum datum) {
        return switch (DataPolicy.disclosure(role, datum)) {
            case FULL -> Shown.FULL;
            case ON_REVEAL -> reasonGiven ? Shown.FULL : Shown.MASKED;
            case MASKED -> Shown.MASKED;
            case HIDDEN -> Shown.HIDDEN;
        };
    }

    private @Nullable String masked(
            Datum datum, @Nullable String stored, PersonalField field, UnaryOperator<String> mask) {
        Shown shown = shown(datum);
        if (stored == null || shown == Shown.HIDDEN) {
            return null;
        }
        String value = cipher.decrypt(stored, field.binding());
        return shown == Shown.FULL ? value : mask.apply(value);
    }
}
