package org.linju.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agenda's tables: items, their milestones and links, and the closed years. */
@Repository
class AnnualItemStore {

    private final JdbcClient jdbc;

    AnnualItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewItem(
            String community,
            @Nullable String grid,
            int year,
            String title,
            String description,
            ItemStatus status,
            @Nullable String proposerName,
            @Nullable String proposerAddressIndex) {}

    UUID insert(NewItem item, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into annual_item (id, community_code, grid_code, year, title, description, status, proposer_name,
				                         proposer_address_index, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        id,
                        item.community(),
                        item.grid(),
                        item.year(),
                        item.title(),
                        item.description(),
                        item.status().name(),
                        item.proposerName(),
                        item.proposerAddressIndex(),
                        at.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    Optional<AnnualItem> find(UUID id) {
        return jdbc.sql("select * from annual_item where id = ?")
                .param(id)
                .query(AnnualItemStore::item)
                .optional();
    }

    static AnnualItem item(ResultSet rs, int row) throws SQLException {
        return new AnnualItem(
                rs.getObject("id", UUID.class),
                rs.getString("community_code"),
                rs.getString("grid_code"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getString("description"),
                ItemStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_member_id", UUID.class),
                rs.getString("owner_name"),
                rs.getString("owner_username"),
                rs.getInt("progress"),
                rs.getString("proposer_name"),
                rs.getString("proposer_address_index") != null,
                rs.getTimestamp("created_at").toInstant(),
                Arrays.stream((String[]) rs.getArray("themes").getArray())
                        .map(Theme::valueOf)
                        .toList());
    }

    void themes(UUID id, List<Theme> themes) {
        jdbc.sql("update annual_item set themes = cast(? as text[]) where id = ?")
                .params(themes.stream().map(Theme::name).distinct().toArray(String[]::new), id)
                .update();
    }

    void status(UUID id, ItemStatus status) {
        jdbc.sql("update annual_item set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    void adopt(UUID id, Owner owner, Instant at) {
        jdbc.sql("""
				update annual_item set status = 'ADOPTED', owner_member_id = ?, owner_name = ?, owner_username = ?,
				       adopted_at = ?, progress = 0
				where id = ?
				""")
                .params(owner.memberId(), owner.name(), owner.username(), at.atOffset(ZoneOffset.UTC), id)
                .update();
    }

    void progress(UUID id, int percent, ItemStatus status) {
        jdbc.sql("update annual_item set progress = ?, status = ? where id = ?")
                .params(percent, status.name(), id)
                .update();
    }

    /**
     * How many items one list (a community's, or one grid's) holds in a year, counted under a lock on that list for
     * the rest of the transaction, so two adoptions at once never both make the eleventh.
     */
    /** Serialises adoptions with the closing of a community's year, so nothing is adopted into an archived year. */
    void lockYear(String community, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 13))")
                .param("annual-year:" + community + ":" + year)
                .query(Object.class)
                .single();
    }

    int countOnListLocked(String community, @Nullable String grid, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 13))")
                .param("annual:" + community + ":" + grid + ":" + year)
                .query(Object.class)
                .single();
        return jdbc.sql("""
				select count(*) from annual_item
				where community_code = ? and grid_code is not distinct from ? and year = ?
				  and status in ('ADOPTED', 'IN_PROGRESS', 'DONE')
				""").params(community, grid, year).query(Integer.class).single();
    }

    List<AnnualItem> onList(String community, int year) {
        return jdbc.sql("""
				select * from annual_item where community_code = ? and year = ?
				  and status in ('ADOPTED', 'IN_PROGRESS', 'DONE')
				order by grid_code nulls first, adopted_at, title
				""")
                .params(community, year)
                .query(AnnualItemStore::item)
                .list();
    }

    boolean closed(String community, int year) {
        return jdbc.sql("select exists (select 1 from annual_year_closed where community_code = ? and year = ?)")
                .params(community, year)
                .query(Boolean.class)
                .single();
    }

    /** Whether the year was still open (and is now closed). */
    boolean close(String community, int year, String by, Instant at) {
        return jdbc.sql("""
						insert into annual_year_closed (community_code, year, closed_at, closed_by) values (?, ?, ?, ?)
						on conflict do nothing
						""")
                        .params(community, year, at.atOffset(ZoneOffset.UTC), by)
                        .update()
                == 1;
    }

    List<Integer> closedYearsBefore(String community, int year) {
        return jdbc.sql("""
				select year from annual_year_closed where community_code = ? and year < ? order by year desc
				""").params(community, year).query(Integer.class).list();
    }

    /** Proposals from this (hashed) address in the last hour, under a lock on the address for the transaction. */
    int recentProposalsLocked(String addressIndex, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 13))")
                .param("proposer:" + addressIndex)
                .query(Object.class)
                .single();
        return jdbc.sql("""
				select count(*) from annual_item where proposer_address_index = ? and created_at > ?
				""")
                .params(addressIndex, now.minusSeconds(3600).atOffset(ZoneOffset.UTC))
                .query(Integer.class)
                .single();
    }
}
