package org.linju.forces;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who steps in for duty holders (A) who do not answer: the backups (B) of their grid roles and community committee
 * seats within an area, for the emergency module's hand-over of directives.
 */
@Service
public class DutyBackups {

    /** An available backup, where they serve, and the holder they stand in for. */
    public record Backup(UUID memberId, @Nullable String gridCode, String communityCode, UUID holderId) {}

    /**
     * A grid duty counts when its grid lies inside an area code; a committee seat when its community lies inside one or
     * contains one (a directive to a grid reaches its community's committee).
     */
    private static final String AVAILABLE_BACKUPS = """
			with target as (select unnest(cast(:area as text[])) as code),
			duties as (
			    select d.holder_id, d.backup_id from grid_duty d
			    where d.holder_id = any (cast(:holders as uuid[]))
			      and exists (select 1 from target t where d.grid_code like t.code || '%')
			    union all
			    select c.holder_id, c.backup_id from community_duty c
			    where c.holder_id = any (cast(:holders as uuid[]))
			      and exists (select 1 from target t where c.community_code like t.code || '%' or t.code like c.community_code || '%')
			)
			select distinct on (b.id) b.id, b.grid_code, b.community_code, d.holder_id
			from duties d join force_member b on b.id = d.backup_id
			where b.available
			order by b.id
			""";

    private final JdbcClient jdbc;

    DutyBackups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The available backups of {@code holders}' duties inside {@code area} (region or grid codes), each once (with one
     * of the holders they back), ordered by member id.
     */
    public List<Backup> availableBackupsOf(UUID[] holders, List<String> area) {
        if (holders.length == 0 || area.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(AVAILABLE_BACKUPS)
                .param("holders", holders)
                .param("area", area.toArray(String[]::new))
                .query((rs, row) -> new Backup(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)))
                .list();
    }
}
