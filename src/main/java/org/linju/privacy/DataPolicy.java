package org.linju.privacy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.linju.identity.Role;

/**
 * Who sees what of residents' personal data: one table of role × datum, which every page, JSON answer, export,
 * subject-access download and import report applies (docs/user-guide.md has the same table with its reasons).
 *
 * <p>The roles that work with residents face to face may reveal an ID number or phone after giving a reason
 * (audited). Restricted groups (special groups in GB/T 31000 terms) are shown only to the roles holding that
 * explicit permission. Roles that may not reveal an ID number see no more than the birth year beside its masked
 * form: with the full birth date, the masked ID leaves about nine candidates. Building leaders are volunteers and
 * their accounts are tied to a grid, not to buildings, so they see the grid's residents with names masked and no ID
 * number or phone at all.
 */
public final class DataPolicy {

    /** A resident's data as the policy names it. */
    public enum Datum {
        NAME,
        ID_NUMBER,
        PHONE,
        BIRTH_DATE,
        RESTRICTED_GROUPS
    }

    /** How a datum reaches a role. */
    public enum Disclosure {
        /** Shown in full. */
        FULL,
        /** Shown masked; in full only through a reveal, an export or a subject-access download with a reason. */
        ON_REVEAL,
        /** Shown masked only: a name keeps its surname, an ID number and phone their ends, a birth date its year. */
        MASKED,
        /** Not shown at all. */
        HIDDEN
    }

    private static final Map<Role, Map<Datum, Disclosure>> TABLE = new EnumMap<>(Role.class);

    static {
        Disclosure full = Disclosure.FULL;
        Disclosure reveal = Disclosure.ON_REVEAL;
        Disclosure masked = Disclosure.MASKED;
        Disclosure hidden = Disclosure.HIDDEN;
        // NAME, ID_NUMBER, PHONE, BIRTH_DATE, RESTRICTED_GROUPS
        row(Role.DISTRICT_ADMIN, full, reveal, reveal, full, full);
        row(Role.LIAISON_LEADER, full, masked, masked, masked, hidden);
        row(Role.DEPARTMENT_STAFF, masked, masked, masked, masked, hidden);
        row(Role.STREET_STAFF, full, reveal, reveal, full, hidden);
        row(Role.COMMUNITY_SECRETARY, full, reveal, reveal, full, full);
        row(Role.GRID_LEADER, full, reveal, reveal, full, hidden);
        row(Role.GRID_WORKER, full, reveal, reveal, full, hidden);
        row(Role.BUILDING_LEADER, masked, hidden, hidden, masked, hidden);
        row(Role.RESIDENT, masked, masked, masked, masked, hidden);
    }

    private static final Set<Role> MAY_EXPORT =
            EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    private DataPolicy() {}

    private static void row(Role role, Disclosure... byDatum) {
        Map<Datum, Disclosure> row = new EnumMap<>(Datum.class);
        for (Datum datum : Datum.values()) {
            row.put(datum, byDatum[datum.ordinal()]);
        }
        TABLE.put(role, row);
    }

    public static Disclosure disclosure(Role role, Datum datum) {
        return TABLE.get(role).get(datum);
    }

    /** True when the role may see this datum in full, at once or after giving a reason. */
    public static boolean mayReveal(Role role, Datum datum) {
        Disclosure disclosure = disclosure(role, datum);
        return disclosure == Disclosure.FULL || disclosure == Disclosure.ON_REVEAL;
    }

    /** True for the roles that may reveal ID numbers and phones: they work with residents face to face. */
    public static boolean mayReveal(Role role) {
        return mayReveal(role, Datum.ID_NUMBER);
    }

    public static boolean seesNames(Role role) {
        return disclosure(role, Datum.NAME) == Disclosure.FULL;
    }

    public static boolean handlesRestrictedTags(Role role) {
        return disclosure(role, Datum.RESTRICTED_GROUPS) == Disclosure.FULL;
    }

    public static boolean mayExport(Role role) {
        return MAY_EXPORT.contains(role);
    }

    /** Importing rosters writes personal data in bulk: the same roles that may export. */
    public static boolean mayImport(Role role) {
        return MAY_EXPORT.contains(role);
    }
}
