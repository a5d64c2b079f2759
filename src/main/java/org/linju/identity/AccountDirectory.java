package org.linju.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts an admin manages, as a paged list, and the writes of account administration. */
@Repository
class AccountDirectory {

    /** The list's sortable columns (the first is the default) and the SQL each stands for. */
    static final List<String> SORTABLE = List.of("username", "name", "role", "created");

    private static final Map<String, String> ORDER =
            Map.of("username", "a.username", "name", "a.display_name", "role", "a.role", "created", "a.created_at");
    private static final String LOCKED =
            "exists (select 1 from login_failure f where f.username = a.username and f.delayed_until > now())";
    private static final String COLUMNS = "a.*, " + LOCKED + " as locked";
    private static final String MANAGED = """
			from account a
			where a.role = any (cast(:roles as text[]))
			  and (:whole
			       or (:residents and a.role = 'RESIDENT' and not a.unrestricted and cardinality(a.scope_codes) = 0)
			       or\s""" + AccountStore.WITHIN_AREA + """
			)
			  and (cast(:role as text) is null or a.role = cast(:role as text))
			  and (cast(:area as text) is null
			       or exists (select 1 from unnest(a.scope_codes) c where c like cast(:area as text) || '%'))
			  and (cast(:text as text) is null
			       or a.username ilike cast(:text as text) or a.display_name ilike cast(:text as text))
			  and case cast(:state as text)
			        when 'ENABLED' then a.enabled
			        when 'DISABLED' then not a.enabled
			        when 'LOCKED' then\s""" + LOCKED + """

			        when 'AWAITING_PASSWORD' then a.awaiting_password
			        else true end
			""";

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the accounts whose role is one of {@code roles} and whose areas lie inside {@code area}. */
    ListPage<ManagedAccount> list(
            GridScope area, Collection<Role> roles, boolean residents, AccountFilter filter, ListRequest request) {
        String order = ORDER.getOrDefault(request.sort(), "a.username") + " " + request.direction();
        List<ManagedAccount> rows = bind(
                        jdbc.sql("select " + COLUMNS + " " + MANAGED + " order by " + order
                                + ", a.username limit :limit offset :offset"),
                        area,
                        roles,
                        residents,
                        filter)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query((rs, row) -> toAccount(rs))
                .list();
        long total = bind(jdbc.sql("select count(*) " + MANAGED), area, roles, residents, filter)
                .query(Long.class)
                .single();
        return new ListPage<>(rows, total, request);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql,
            GridScope area,
            Collection<Role> roles,
            boolean residents,
            AccountFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null : ListQuery.containing(filter.text());
        return sql.param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
                .param("whole", area.isUnrestricted())
                .param("residents", residents)
                .param("patterns", area.sqlPatterns())
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("area", filter.area() == null ? null : filter.area().value())
                .param("text", text)
                .param("state", filter.state() == null ? null : filter.state().name());
    }

    Optional<ManagedAccount> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.id = ?")
                .param(id)
                .query((rs, row) -> toAccount(rs))
                .optional();
    }

    /**
     * Locks the enabled district admins, then the account, until the transaction ends: two changes at once that would
     * each leave one admin cannot both see two. Every change locks in this order, so none waits for another in a circle.
     *
     * @return how many district admins are enabled and can sign in (an imported one waiting for its first password
     *     cannot stand in for the last)
     */
    int lockForChange(UUID id) {
        int admins = jdbc.sql(
                        "select id from account where role = 'DISTRICT_ADMIN' and enabled and not awaiting_password order by id for update")
                .query(UUID.class)
                .list()
                .size();
        jdbc.sql("select id from account where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
        return admins;
    }

    /** Opens the account unless its username is taken; true when it was opened. */
    boolean insert(UUID id, AccountDraft draft, String passwordHash, boolean awaitingPassword) {
        return jdbc.sql("""
				insert into account (id, username, password_hash, display_name, role, scope_codes, department_code,
				                     must_change_password, awaiting_password)
				values (?, ?, ?, ?, ?, ?, ?, true, ?)
				on conflict (username) do nothing
				""")
                        .params(
                                id,
                                draft.username(),
                                passwordHash,
                                draft.displayName(),
                                draft.role().name(),
                                codes(draft.areas()),
                                draft.departmentCode(),
                                awaitingPassword)
                        .update()
                > 0;
    }

    /** Whether an account with this username and this name exists (an import naming it again). */
    boolean holds(String username, String displayName) {
        return jdbc.sql("select exists (select 1 from account where username = ? and display_name = ?)")
                .params(username, displayName)
                .query(Boolean.class)
                .single();
    }

    /** Changes the account; an unrestricted one stays so only as a district admin without areas. */
    void change(UUID id, AccountChange change) {
        String[] codes = codes(change.areas());
        jdbc.sql("""
				update account set display_name = :name, role = :role, scope_codes = :codes, department_code = :department,
				       unrestricted = unrestricted and :role = 'DISTRICT_ADMIN' and cardinality(cast(:codes as text[])) = 0
				where id = :id
				""")
                .param("name", change.displayName())
                .param("role", change.role().name())
                .param("codes", codes)
                .param("department", change.departmentCode())
                .param("id", id)
                .update();
    }

    void enable(UUID id, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    void issuePassword(UUID id, String passwordHash) {
        jdbc.sql("""
				update account set password_hash = ?, must_change_password = true, awaiting_password = false
				where id = ?
				""").params(passwordHash, id).update();
    }

    private static String[] codes(Collection<RegionCode> areas) {
        return areas.stream().map(RegionCode::value).sorted().toArray(String[]::new);
    }

    private static ManagedAccount toAccount(ResultSet rs) throws SQLException {
        return new ManagedAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                List.of((String[]) rs.getArray("scope_codes").getArray()),
                rs.getBoolean("unrestricted"),
                rs.getString("department_code"),
                rs.getBoolean("enabled"),
                rs.getBoolean("locked"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("awaiting_password"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
