package org.linju.forces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of A-to-B switches ({@code duty_switch}): who stood in for whom, why, and when A came back. */
@Repository
class DutySwitches {

    private static final String RECENT = """
			select s.*, h.name as holder_name, b.name as backup_name from duty_switch s
			join force_member h on h.id = s.holder_id join force_member b on b.id = s.backup_id
			where s.grid_code like any (cast(:patterns as text[])) order by s.switched_at desc limit :limit
			""";

    private final JdbcClient jdbc;

    DutySwitches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordSwitch(String grid, String role, UUID holder, UUID backup, String reason, Instant at, String by) {
        jdbc.sql("""
				insert into duty_switch (grid_code, role, holder_id, backup_id, reason, switched_at, switched_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
                .params(grid, role, holder, backup, reason, at.atOffset(ZoneOffset.UTC), by)
                .update();
    }

    void recordSwitchBack(UUID holder, Instant at) {
        jdbc.sql("update duty_switch set switched_back_at = ? where holder_id = ? and switched_back_at is null")
                .params(at.atOffset(ZoneOffset.UTC), holder)
                .update();
    }

    List<DutySwitch> switches(String[] patterns, int limit) {
        return jdbc.sql(RECENT)
                .param("patterns", patterns)
                .param("limit", limit)
                .query((rs, row) -> new DutySwitch(
                        rs.getString("grid_code"),
                        rs.getString("role"),
                        rs.getString("holder_name"),
                        rs.getString("backup_name"),
                        rs.getString("reason"),
                        rs.getObject("switched_at", OffsetDateTime.class).toInstant(),
                        rs.getString("switched_by"),
                        instant(rs, "switched_back_at")))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
