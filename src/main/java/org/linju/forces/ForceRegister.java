package org.linju.forces;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.BoardChanges;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The forces register ({@code force_member}): who serves where, as what, with which skills, and whether they are
 * available now. Phones are stored encrypted with a blind index and read back masked.
 */
@Repository
class ForceRegister {

    static final String PHONE = "force_member.phone";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JdbcTemplate batch;
    private final BoardChanges boards;

    ForceRegister(JdbcClient jdbc, FieldCipher cipher, JdbcTemplate batch, BoardChanges boards) {
        this.boards = boards;
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

    /** The public boards name who acts for a duty: a B takes over while the holder is away. */
    boolean setAvailable(UUID id, boolean available, @Nullable String note) {
        boards.changed();
        return jdbc.sql("update force_member set available = ?, unavailable_note = ? where id = ? and available <> ?")
                        .params(available, note, id, available)
                        .update()
                == 1;
    }

    /** The sign-ins of a grid's available people with any of these skills (with any skill when none is asked). */
    List<String> availableAccountsIn(String grid, List<String> skills) {
        return jdbc.sql("""
				select account_username from force_member
				where grid_code = :grid and available and account_username is not null
				  and (cardinality(cast(:skills as text[])) = 0 or skills && cast(:skills as text[]))
				""")
                .param("grid", grid)
                .param("skills", skills.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    ForceMember toMember(ResultSet rs, int row) throws SQLException {
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
}
