package org.linju.works;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListQuery;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Back streets added up at any level of the tree (district, street, community): how many were set each grade and how
 * many reached it; and each programme target held against what the streets under it achieved in its years.
 */
@Service
public class StreetRollUp {

    /** The streets of one area. {@code met}: achieved their target grade or better. */
    public record Row(
            String areaCode, int streets, BigDecimal lengthMetres, Grades target, Grades achieved, int met, int held) {}

    /** Streets per grade. */
    public record Grades(int boutique, int fine, int standard) {

        public int total() {
            return boutique + fine + standard;
        }
    }

    /** A target beside what was achieved under it. */
    public record Standing(ProgrammeTarget target, Grades achieved, int registered) {

        /** The share of the target's streets achieved, in whole percent. */
        public int percent() {
            return target.total() == 0 ? 0 : (int) (achieved.total() * 100L / target.total());
        }
    }

    private static final String COUNTS = """
            count(s.id) as streets, coalesce(sum(s.length_m), 0) as length,
            count(*) filter (where s.target_grade = 'BOUTIQUE') as t_boutique,
            count(*) filter (where s.target_grade = 'FINE') as t_fine,
            count(*) filter (where s.target_grade = 'STANDARD') as t_standard,
            count(*) filter (where s.achieved_grade = 'BOUTIQUE') as a_boutique,
            count(*) filter (where s.achieved_grade = 'FINE') as a_fine,
            count(*) filter (where s.achieved_grade = 'STANDARD') as a_standard,
            count(*) filter (where s.achieved_grade is not null and (s.achieved_grade = s.target_grade
                or s.achieved_grade = 'BOUTIQUE' or (s.achieved_grade = 'FINE' and s.target_grade = 'STANDARD'))) as met,
            count(*) filter (where s.demolition_held) as held
            """;

    private final JdbcClient jdbc;

    StreetRollUp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per area of {@code level} in the viewer's scope, for the streets of {@code year} (null: all years). */
    public List<Row> byLevel(CurrentUser viewer, RegionLevel level, @Nullable Integer year) {
        WorksAccess.requireViewer(viewer);
        ListQuery.Condition scope =
                ListQuery.codesUnder("s.area_code", viewer.scope().sqlPatterns());
        Map<String, Object> values = new HashMap<>(scope.values());
        values.put("digits", level.codeLength());
        values.put("year", year == null ? -1 : year);
        return jdbc.sql("select substr(s.area_code, 1, :digits) as area, " + COUNTS + " from back_street s where ("
                        + scope.sql() + ") and (:year = -1 or s.year = :year) and length(s.area_code) >= :digits"
                        + " group by 1 order by 1")
                .params(values)
                .query((rs, row) -> new Row(
                        rs.getString("area"),
                        rs.getInt("streets"),
                        rs.getBigDecimal("length"),
                        new Grades(rs.getInt("t_boutique"), rs.getInt("t_fine"), rs.getInt("t_standard")),
                        new Grades(rs.getInt("a_boutique"), rs.getInt("a_fine"), rs.getInt("a_standard")),
                        rs.getInt("met"),
                        rs.getInt("held")))
                .list();
    }

    /**
     * The targets the viewer may see (of areas in scope, and those above the district tree), each against the streets
     * achieved in its years under its area (for a target above the tree: every street the viewer sees).
     */
    public List<Standing> standings(CurrentUser viewer) {
        WorksAccess.requireViewer(viewer);
        ListQuery.Condition scope =
                ListQuery.codesUnder("t.area_code", viewer.scope().sqlPatterns());
        ListQuery.Condition streets =
                ListQuery.codesUnder("s.area_code", viewer.scope().sqlPatterns());
        Map<String, Object> values = new HashMap<>(scope.values());
        values.putAll(streets.values());
        return jdbc.sql("select t.*, " + COUNTS + " from back_street_target t left join back_street s on ("
                        + streets.sql() + ") and s.year between t.year_from and t.year_to"
                        + " and (t.area_code is null or s.area_code like t.area_code || '%')"
                        + " where t.area_code is null or (" + scope.sql() + ")"
                        + " group by t.id order by t.year_from, t.area_code nulls first, t.id")
                .params(values)
                .query((rs, row) -> new Standing(
                        new ProgrammeTarget(
                                rs.getObject("id", UUID.class),
                                rs.getString("label"),
                                rs.getString("area_code"),
                                rs.getInt("year_from"),
                                rs.getInt("year_to"),
                                rs.getInt("boutique"),
                                rs.getInt("fine"),
                                rs.getInt("standard"),
                                rs.getInt("total")),
                        new Grades(rs.getInt("a_boutique"), rs.getInt("a_fine"), rs.getInt("a_standard")),
                        rs.getInt("streets")))
                .list();
    }
}
