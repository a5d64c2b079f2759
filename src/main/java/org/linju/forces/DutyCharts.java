package org.linju.forces;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.BoardChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The duty charts: each grid's governance roles ({@code grid_duty}) and each community's committee seats
 * ({@code community_duty}), every one with its holder (A) and an optional backup (B).
 */
@Repository
class DutyCharts {

    /**
     * A duty someone holds as A that has a B: the grid or community it is in, and the role (a community seat is
     * {@code COMMUNITY:} and its title, as the switch log records it).
     */
    record BackedDuty(String areaCode, String role, UUID backupId) {}

    /** A duty's A and B, and who acts now: A, or B while A is unavailable. */
    private record Holders(ForceMember holder, @Nullable ForceMember backup, ForceMember acting) {}

    private static final String BACKED_DUTIES = """
			select grid_code, role, backup_id from grid_duty where holder_id = :holder and backup_id is not null
			union all
			select community_code, 'COMMUNITY:' || title, backup_id from community_duty
			where holder_id = :holder and backup_id is not null
			""";

    private final JdbcClient jdbc;
    private final ForceRegister register;
    private final BoardChanges boards;

    DutyCharts(JdbcClient jdbc, ForceRegister register, BoardChanges boards) {
        this.jdbc = jdbc;
        this.register = register;
        this.boards = boards;
    }

    void assignDuty(String grid, GovernanceRole role, UUID holder, @Nullable UUID backup) {
        boards.changed();
        jdbc.sql("""
				insert into grid_duty (grid_code, role, holder_id, backup_id) values (?, ?, ?, ?)
				on conflict (grid_code, role) do update set holder_id = excluded.holder_id, backup_id = excluded.backup_id
				""").params(grid, role.name(), holder, backup).update();
    }

    void assignCommunityDuty(String community, int seat, String title, UUID holder, @Nullable UUID backup) {
        jdbc.sql("""
				insert into community_duty (community_code, seat, title, holder_id, backup_id) values (?, ?, ?, ?, ?)
				on conflict (community_code, seat) do update
				set title = excluded.title, holder_id = excluded.holder_id, backup_id = excluded.backup_id
				""").params(community, seat, title, holder, backup).update();
    }

    List<CommunityDutyLine> communityDuties(String community) {
        return seats(
                        "select title, holder_id, backup_id from community_duty where community_code = ? order by seat",
                        community)
                .stream()
                .map(seat -> {
                    Holders holders = holders(seat.holderId(), seat.backupId());
                    return new CommunityDutyLine(seat.name(), holders.holder(), holders.backup(), holders.acting());
                })
                .toList();
    }

    List<DutyLine> dutyChart(String grid) {
        return seats("select role, holder_id, backup_id from grid_duty where grid_code = ?", grid).stream()
                .map(seat -> {
                    Holders holders = holders(seat.holderId(), seat.backupId());
                    return new DutyLine(
                            GovernanceRole.valueOf(seat.name()), holders.holder(), holders.backup(), holders.acting());
                })
                .sorted(Comparator.comparing(DutyLine::role))
                .toList();
    }

    /** A duty as stored: its role or seat title, who holds it and who backs them up. */
    private record Seat(
            String name, UUID holderId, @Nullable UUID backupId) {}

    private List<Seat> seats(String sql, String area) {
        return jdbc.sql(sql)
                .param(area)
                .query((rs, row) -> new Seat(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .list();
    }

    /** The duties (grid roles and community committee seats) a person holds as A that have a backup. */
    List<BackedDuty> backedDutiesOf(UUID holder) {
        return jdbc.sql(BACKED_DUTIES)
                .param("holder", holder)
                .query((rs, row) -> new BackedDuty(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    private Holders holders(UUID holderId, @Nullable UUID backupId) {
        ForceMember holder = register.find(holderId).orElseThrow();
        ForceMember backup = backupId == null ? null : register.find(backupId).orElseThrow();
        return new Holders(holder, backup, holder.available() || backup == null ? holder : backup);
    }
}
