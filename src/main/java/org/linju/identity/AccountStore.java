package org.linju.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyExist() {
        return jdbc.sql("select exists (select 1 from account)")
                .query(Boolean.class)
                .single();
    }

    boolean usernameExists(String username) {
        return jdbc.sql("select exists (select 1 from account where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, NewAccount account, String passwordHash) {
        String[] codes =
                account.scope().stream().map(RegionCode::value).sorted().toArray(String[]::new);
        jdbc.sql("""
				insert into account (id, username, password_hash, display_name, role, scope_codes, unrestricted,
				                     must_change_password)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        id,
                        account.username(),
                        passwordHash,
                        account.displayName(),
                        account.role().name(),
                        codes,
                        account.unrestricted(),
                        account.temporaryPassword())
                .update();
    }

    /**
     * Accounts (alias {@code a}) whose whole area lies inside the area given by {@code :patterns}
     * ({@link GridScope#sqlPatterns}); an unrestricted account lies inside none.
     */
    static final String WITHIN_AREA = """
			(not a.unrestricted and cardinality(a.scope_codes) > 0
			 and not exists (select 1 from unnest(a.scope_codes) c where not c like any (cast(:patterns as text[]))))""";

    List<String> usernamesWithin(GridScope area) {
        return jdbc.sql("select a.username from account a where " + WITHIN_AREA)
                .param("patterns", area.sqlPatterns())
                .query(String.class)
                .list();
    }

    Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql("select * from account where username = ?")
                .param(username)
                .query((rs, row) -> toUser(rs))
                .optional();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("select password_hash from account where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    void changePassword(UUID id, String passwordHash) {
        jdbc.sql("""
				update account set password_hash = ?, must_change_password = false, password_changed_at = now()
				where id = ?
				""").params(passwordHash, id).update();
    }

    List<String> usernamesCovering(String node, String[] roles) {
        return jdbc.sql("""
				select username from account
				where enabled and role = any (cast(:roles as text[]))
				  and (unrestricted or exists (select 1 from unnest(scope_codes) c where :node like c || '%'))
				order by username
				""")
                .param("roles", roles)
                .param("node", node)
                .query(String.class)
                .list();
    }

    static CurrentUser toUser(ResultSet rs) throws SQLException {
        String[] codes = (String[]) rs.getArray("scope_codes").getArray();
        GridScope scope = rs.getBoolean("unrestricted")
                ? GridScope.unrestricted()
                : GridScope.of(Arrays.stream(codes).map(RegionCode::of).collect(Collectors.toSet()));
        return new CurrentUser(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                scope,
                rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"),
                rs.getString("department_code"));
    }
}
