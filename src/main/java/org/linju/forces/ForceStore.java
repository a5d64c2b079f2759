package org.linju.forces;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ForceStore {

    static final String PHONE = "force_member.phone";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JdbcTemplate batch;

    ForceStore(JdbcClient jdbc, FieldCipher cipher, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cipher = cipher;
    }

    /** Inserts people in one JDBC batch; {@code ids} and {@code members} are in the same order. */
    void insertAll(List<UUID> ids, List<NewForceMember> members) {
        List<Object[]> rows = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            NewForceMember member = members.get(i);
            String phone = member.phone();
            rows.add(new Object[] {
                ids.get(i),
                member.kind().name(),
                member.name(),
                phone == null ? null : cipher.encrypt(phone, PHONE),
                phone == null ? null : cipher.blindIndex(phone, PHONE),
                member.gridCode(),
                member.communityCode(),
                member.departmentCode(),
                member.organisation(),
                member.skills().toArray(String[]::new),
                member.accountUsername()
            });
        }
        batch.batchUpdate("""
				insert into force_member (id, kind, name, phone_cipher, phone_index, grid_code, community_code,
				                          department_code, organisation, skills, account_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
    }

    List<ForceMember> inArea(String[] patterns, @Nullable ForceKind kind, int limit) {
        return jdbc.sql("""
				select * from force_member
				where coalesce(grid_code, community_code) like any (cast(:patterns as text[]))
				  and (cast(:kind as varchar) is null or kind = :kind)
				order by grid_code nulls first, kind, name limit :limit
				""")
                .param("patterns", patterns)
                .param("kind", kind == null ? null : kind.name())
                .param("limit", limit)
                .query(this::toMember)
                .list();
    }

    /** Whether someone with this phone is already registered as this kind. */
    boolean registered(String phone, ForceKind kind) {
        return jdbc.sql("select exists (select 1 from force_member where phone_index = ? and kind = ?)")
                .params(cipher.blindIndex(phone, PHONE), kind.name())
                .query(Boolean.class)
                .single();
    }

    Optional<ForceMember> find(UUID id) {
        return jdbc.sql("select * from force_member where id = ?")
                .param(id)
                .query(this::toMember)
                .optional();
    }

    List<UUID> idsByAccount(String username) {
        return jdbc.sql("select id from force_member where account_username = ? order by registered_at")
                .param(username)
                .query(UUID.class)
                .list();
    }

    Optional<ForceMember> byAccount(String username) {
        return jdbc.sql("select * from force_member where account_username = ? order by registered_at limit 1")
                .param(username)
                .query(this::toMember)
                .optional();
    }

    boolean setAvailable(UUID id, boolean available, @Nullable String note) {
        return jdbc.sql("update force_member set available = ?, unavailable_note = ? where id = ? and available <> ?")
                        .params(available, note, id, available)
                        .update()
                == 1;
    }

    void assignDuty(String grid, GovernanceRole role, UUID holder, @Nullable UUID backup) {
        jdbc.sql("""
				insert into grid_duty (grid_code, role, holder_id, backup_id) values (?, ?, ?, ?)
				on conflict (grid_code, role) do update set holder_id = excluded.holder_id, backup_id = excluded.backup_id
				""").params(grid, role.name(), holder, backup).update();
    }

    void packageGrid(String department, String grid) {
        jdbc.sql("insert into department_grid (department_code, grid_code) values (?, ?) on conflict do nothing")
                .params(department, grid)
                .update();
    }

    /** Names of the departments that package a grid. */
    List<String> packagingDepartments(String grid) {
        return jdbc.sql("""
				select d.name from department_grid p join department_name d on d.code = p.department_code
				where p.grid_code = ? order by d.code
				""").param(grid).query(String.class).list();
    }

    void assignCommunityDuty(String community, int seat, String title, UUID holder, @Nullable UUID backup) {
        jdbc.sql("""
				insert into community_duty (community_code, seat, title, holder_id, backup_id) values (?, ?, ?, ?, ?)
				on conflict (community_code, seat) do update
				set title = excluded.title, holder_id = excluded.holder_id, backup_id = excluded.backup_id
				""").params(community, seat, title, holder, backup).update();
    }

    List<CommunityDutyLine> communityDuties(String community) {
        return jdbc
                .sql("select title, holder_id, backup_id from community_duty where community_code = ? order by seat")
                .param(community)
                .query((rs, row) ->
                        new Object[] {rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)})
                .list()
                .stream()
                .map(line -> {
                    Holders holders = holders((UUID) line[1], (UUID) line[2]);
                    return new CommunityDutyLine(
                            (String) line[0], holders.holder(), holders.backup(), holders.acting());
                })
                .toList();
    }

    /** The duties (grid roles and community committee seats) a person holds as A that have a backup. */
    List<Object[]> dutiesWithBackup(UUID holder) {
        return jdbc.sql("""
				select grid_code, role, backup_id from grid_duty where holder_id = :holder and backup_id is not null
				union all
				select community_code, 'COMMUNITY:' || title, backup_id from community_duty
				where holder_id = :holder and backup_id is not null
				""")
                .param("holder", holder)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)})
                .list();
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

    List<DutyLine> dutyChart(String grid) {
        return jdbc
                .sql("select role, holder_id, backup_id from grid_duty where grid_code = ?")
                .param(grid)
                .query((rs, row) ->
                        new Object[] {rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)})
                .list()
                .stream()
                .map(line -> {
                    Holders holders = holders((UUID) line[1], (UUID) line[2]);
                    return new DutyLine(
                            GovernanceRole.valueOf((String) line[0]),
                            holders.holder(),
                            holders.backup(),
                            holders.acting());
                })
                .sorted(Comparator.comparing(DutyLine::role))
                .toList();
    }

    List<DutySwitch> switches(String[] patterns, int limit) {
        return jdbc.sql("""
				select s.*, h.name as holder_name, b.name as backup_name from duty_switch s
				join force_member h on h.id = s.holder_id join force_member b on b.id = s.backup_id
				where s.grid_code like any (cast(:patterns as text[])) order by s.switched_at desc limit :limit
				""")
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

    /** A duty's A and B, and who acts now: A, or B while A is unavailable. */
    private record Holders(ForceMember holder, @Nullable ForceMember backup, ForceMember acting) {}

    private Holders holders(UUID holderId, @Nullable UUID backupId) {
        ForceMember holder = find(holderId).orElseThrow();
        ForceMember backup = backupId == null ? null : find(backupId).orElseThrow();
        return new Holders(holder, backup, holder.available() || backup == null ? holder : backup);
    }

    private ForceMember toMember(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone_cipher");
        Array skills = rs.getArray("skills");
        return new ForceMember(
                rs.getObject("id", UUID.class),
                ForceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                phone == null ? null : Masking.phone(cipher.decrypt(phone, PHONE)),
                rs.getString("grid_code"),
                rs.getString("community_code"),
                rs.getString("department_code"),
                rs.getString("organisation"),
                Arrays.asList((String[]) skills.getArray()),
                rs.getString("account_username"),
                rs.getBoolean("available"),
                rs.getString("unavailable_note"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
