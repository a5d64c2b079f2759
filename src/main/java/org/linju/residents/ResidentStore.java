package org.linju.residents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResidentStore {

    private static final String SELECT = """
			select r.id, r.grid_code, r.name, r.id_number_cipher, r.phone_cipher, r.birth_date, r.sex, r.residence_type,
			       r.restricted_cipher, r.moved_in, r.moved_out,
			       coalesce(b.name || h.unit || '单元' || h.room || '室', '') as address,
			       array(select t.tag from resident_tag t where t.resident_id = r.id order by t.tag) as tags
			from resident r
			left join household h on h.id = r.household_id
			left join building b on b.id = h.building_id
			""";

    /** The scope and a list's filters, for a statement over {@code resident r} ({@link #filtered}). */
    static final String FILTERS = """
			where r.grid_code like any (cast(:patterns as text[]))
			  and (cast(:area as text) is null or r.grid_code like :area || '%')
			  and (cast(:type as varchar) is null or r.residence_type = :type)
			  and (cast(:name as text) is null or starts_with(r.name, :name))
			""";

    /** A resident ready to store: values already encrypted and indexed. */
    record Sealed(
            UUID id,
            String gridCode,
            UUID household,
            String name,
            String idCipher,
            String idIndex,
            @Nullable String phoneCipher,
            @Nullable String phoneIndex,
            LocalDate birthDate,
            String sex,
            ResidenceType type,
            @Nullable LocalDate movedIn,
            @Nullable String restrictedCipher,
            List<KeyGroup> open) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ResidentStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(List<Sealed> residents) {
        batch.batchUpdate("""
				insert into resident (id, grid_code, district_code, household_id, name, id_number_cipher,
				                      id_number_index, phone_cipher, phone_index, birth_date, sex, residence_type,
				                      moved_in, restricted_cipher)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", residents, 1_000, (ps, r) -> {
            ps.setObject(1, r.id());
            ps.setString(2, r.gridCode());
            ps.setString(3, r.gridCode().substring(0, 6));
            ps.setObject(4, r.household());
            ps.setString(5, r.name());
            ps.setString(6, r.idCipher());
            ps.setString(7, r.idIndex());
            ps.setString(8, r.phoneCipher());
            ps.setString(9, r.phoneIndex());
            ps.setObject(10, r.birthDate());
            ps.setString(11, r.sex());
            ps.setString(12, r.type().name());
            ps.setObject(13, r.movedIn());
            ps.setString(14, r.restrictedCipher());
        });
        List<Object[]> tags = residents.stream()
                .flatMap(r -> r.open().stream().map(group -> new Object[] {r.id(), group.name()}))
                .toList();
        batch.batchUpdate("insert into resident_tag (resident_id, tag) values (?, ?)", tags);
    }

    /** The grid of each resident registered under one of these ID-number indexes. */
    Map<String, String> gridsOfRegistered(Collection<String> idIndexes) {
        Map<String, String> grids = new HashMap<>();
        jdbc.sql("select id_number_index, grid_code from resident where id_number_index = any (?)")
                .param(idIndexes.toArray(String[]::new))
                .query((rs, row) -> grids.put(rs.getString(1), rs.getString(2)))
                .list();
        return grids;
    }

    void moveOut(UUID id, LocalDate date) {
        jdbc.sql("update resident set moved_out = ? where id = ?")
                .params(date, id)
                .update();
    }

    /** One page of the register within {@code scope}, narrowed by a filter already checked for the viewer. */
    List<ResidentRow> page(GridScope scope, ResidentFilter filter, ListRequest request, ResidentOrder order) {
        return filtered(
                        SELECT + FILTERS + " order by " + order.sql(request) + " limit :limit offset :offset",
                        scope,
                        filter)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ResidentStore::toRow)
                .list();
    }

    long count(GridScope scope, ResidentFilter filter) {
        return filtered("select count(*) from resident r " + FILTERS, scope, filter)
                .query(Long.class)
                .single();
    }

    /**
     * A statement over {@code resident r} ending in {@link #FILTERS}, with the scope and the filter bound: every read
     * of a list (page, total, exact search, export) narrows by the same rules.
     */
    JdbcClient.StatementSpec filtered(String sql, GridScope scope, ResidentFilter filter) {
        return jdbc.sql(sql)
                .param("patterns", scope.sqlPatterns())
                .param("area", filter.area())
                .param("type", filter.type() == null ? null : filter.type().name())
                .param("name", filter.name());
    }

    Optional<ResidentRow> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(ResidentStore::toRow)
                .optional();
    }

    /** The residents under this blind index within the scope and the filter (its name left out). */
    List<ResidentRow> findByIndex(PersonalField field, String index, GridScope scope, ResidentFilter filter) {
        String condition = switch (field) {
            case ID_NUMBER -> " and r.id_number_index = :index";
            case PHONE -> " and r.phone_index = :index";
            case RESTRICTED_GROUPS -> throw new IllegalArgumentException("restricted groups have no blind index");
        };
        return filtered(SELECT + FILTERS + condition, scope, filter.withoutName())
                .param("index", index)
                .query(ResidentStore::toRow)
                .list();
    }

    private static ResidentRow toRow(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        List<KeyGroup> groups =
                Arrays.stream((String[]) tags.getArray()).map(KeyGroup::valueOf).toList();
        return new ResidentRow(
                rs.getObject("id", UUID.class),
                rs.getString("grid_code"),
                rs.getString("name"),
                rs.getString("id_number_cipher"),
                rs.getString("phone_cipher"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("sex"),
                ResidenceType.valueOf(rs.getString("residence_type")),
                rs.getString("address"),
                rs.getString("restricted_cipher"),
                groups,
                rs.getObject("moved_in", LocalDate.class),
                rs.getObject("moved_out", LocalDate.class));
    }
}
