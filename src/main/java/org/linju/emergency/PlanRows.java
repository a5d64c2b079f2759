package org.linju.emergency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/** Reads plan versions (and the roles and kinds directives keep as text arrays) from their rows. */
final class PlanRows {

    private PlanRows() {}

    static EmergencyPlan toPlan(ResultSet rs, int row) throws SQLException {
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        PlanDraft content = new PlanDraft(
                rs.getString("title"),
                EmergencyKind.valueOf(rs.getString("kind")),
                EmergencyLevel.valueOf(rs.getString("level")),
                strings(rs, "area_codes"),
                enums(strings(rs, "roles"), GovernanceRole.class),
                enums(strings(rs, "kinds"), ForceKind.class),
                strings(rs, "templates"),
                rs.getInt("deadline_minutes"));
        return new EmergencyPlan(
                rs.getObject("plan_id", UUID.class),
                rs.getInt("version"),
                content,
                PlanState.valueOf(rs.getString("state")),
                rs.getString("drafted_by"),
                rs.getObject("drafted_at", OffsetDateTime.class).toInstant(),
                rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant());
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

    static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        names.forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }
}
