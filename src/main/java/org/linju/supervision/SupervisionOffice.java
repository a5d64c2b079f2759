package org.linju.supervision;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The four offices of the joint supervision (四办合一): the district party committee's, the people's congress's, the
 * government's and the CPPCC's general offices, each a district department whose staff issue notices in its name.
 */
public enum SupervisionOffice {
    PARTY_COMMITTEE("D001"),
    PEOPLES_CONGRESS("D002"),
    GOVERNMENT("D003"),
    CPPCC("D004");

    private final String departmentCode;

    SupervisionOffice(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String messageKey() {
        return "supervision.office." + name();
    }

    /** The office a department's staff work in, if it is one of the four. */
    public static Optional<SupervisionOffice> ofDepartment(@Nullable String departmentCode) {
        return Arrays.stream(values())
                .filter(office -> office.departmentCode.equals(departmentCode))
                .findFirst();
    }
}
