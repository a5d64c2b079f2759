package org.linju.residents;

import java.util.List;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.DataPolicy.Datum;
import org.linju.shared.ListRequest;

/**
 * How the register may be sorted for one viewer. A role that sees names masked sorts by the surname alone and a role
 * that sees only birth years by the year: ordering by the hidden part would let the order spell out what the mask
 * hides. Ties fall back to the register's own order (grid, building, unit, room).
 */
record ResidentOrder(boolean fullNames, boolean fullBirthDates) {

    /** The sortable columns; the first is the default. */
    static final List<String> COLUMNS = List.of("address", "name", "age", "type");

    private static final String ADDRESS = "r.grid_code %1$s, b.name %1$s nulls last, h.unit %1$s, h.room %1$s";

    static ResidentOrder forViewer(CurrentUser viewer) {
        return new ResidentOrder(
                DataPolicy.seesNames(viewer.role()),
                DataPolicy.disclosure(viewer.role(), Datum.BIRTH_DATE) == DataPolicy.Disclosure.FULL);
    }

    /** The {@code order by} list for a request whose column is one of {@link #COLUMNS}. */
    String sql(ListRequest request) {
        String direction = request.direction();
        // The oldest have the earliest birth dates: age ascending is birth date descending.
        String reversed = request.descending() ? "asc" : "desc";
        String first = switch (request.sort()) {
            case "name" -> (fullNames ? "r.name " : "left(r.name, 1) ") + direction;
            case "age" -> (fullBirthDates ? "r.birth_date " : "extract(year from r.birth_date) ") + reversed;
            case "type" -> "r.residence_type " + direction;
            default -> ADDRESS.formatted(direction);
        };
        return first + ", " + ADDRESS.formatted("asc") + ", " + (fullNames ? "r.name, " : "") + "r.id";
    }
}
