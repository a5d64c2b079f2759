package org.linju.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item in the publish workflow, with who took each step and when (staff only; never on a public page). */
record DisclosureRecord(
        UUID id,
        Subject subject,
        String title,
        String areaCode,
        DisclosureState state,
        Step drafted,
        @Nullable Step reviewed,
        @Nullable Step published,
        @Nullable Step withdrawn,
        @Nullable String withdrawReason,
        int version) {

    /** Who took a step and when. */
    record Step(UUID by, String name, Instant at) {}

    static DisclosureRecord of(ResultSet rs, int row) throws SQLException {
        return new DisclosureRecord(
                rs.getObject("id", UUID.class),
                new Subject(rs.getString("kind"), rs.getObject("subject_id", UUID.class)),
                rs.getString("title"),
                rs.getString("area_code"),
                DisclosureState.valueOf(rs.getString("state")),
                step(rs, "drafted"),
                step(rs, "reviewed"),
                step(rs, "published"),
                step(rs, "withdrawn"),
                rs.getString("withdraw_reason"),
                rs.getInt("version"));
    }

    private static @Nullable Step step(ResultSet rs, String prefix) throws SQLException {
        UUID by = rs.getObject(prefix + "_by", UUID.class);
        return by == null
                ? null
                : new Step(
                        by,
                        rs.getString(prefix + "_by_name"),
                        rs.getTimestamp(prefix + "_at").toInstant());
    }
}
