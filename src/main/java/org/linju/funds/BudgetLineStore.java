package org.linju.funds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code budget_line} rows. Every change of the money is one conditional UPDATE, so that the check and the change
 * are one step for PostgreSQL: two payments at once cannot both pass a check that only one of them may.
 */
@Repository
class BudgetLineStore {

    private final JdbcClient jdbc;

    BudgetLineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, NewBudgetLine line, long amountFen, @Nullable String standard, String by, Instant at) {
        jdbc.sql("""
				insert into budget_line (id, fiscal_year, name, source, classification, owner_unit, owner_account,
				    area_code, standard, amount_fen, created_by, created_at)
				values (:id, :year, :name, :source, :classification, :unit, :owner, :area, :standard, :amount, :by, :at)
				""")
                .param("id", id)
                .param("year", line.fiscalYear())
                .param("name", line.name().strip())
                .param("source", line.source().name())
                .param("classification", line.classification())
                .param("unit", line.ownerUnit())
                .param("owner", line.ownerAccount())
                .param("area", line.areaCode())
                .param("standard", standard)
                .param("amount", amountFen)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<BudgetLine> find(UUID id) {
        return jdbc.sql("select * from budget_line where id = ?")
                .param(id)
                .query(BudgetLineStore::line)
                .optional();
    }

    /** The line, locked until the transaction ends (an adjustment reads the amount it changes). */
    Optional<BudgetLine> lock(UUID id) {
        return jdbc.sql("select * from budget_line where id = ? for update")
                .param(id)
                .query(BudgetLineStore::line)
                .optional();
    }

    /** Activates a draft that has a performance target: false when it is not a draft or has none. */
    boolean activate(UUID id, Instant at) {
        return jdbc.sql("""
				update budget_line set status = 'ACTIVE', activated_at = :at, version = version + 1
				where id = :id and status = 'DRAFT' and exists (select 1 from performance_target t where t.line_id = :id)
				""").param("id", id).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Sets the amount unless the line is closed or the amount falls below what is allocated or spent. */
    boolean setAmount(UUID id, long amountFen) {
        return jdbc.sql("""
				update budget_line set amount_fen = :amount, version = version + 1
				where id = :id and status <> 'CLOSED' and :amount >= spent_fen and :amount >= allocated_fen
				""").param("id", id).param("amount", amountFen).update() == 1;
    }

    /** Allocates from an active line, never beyond its amount. */
    boolean allocate(UUID id, long amountFen) {
        return jdbc.sql("""
				update budget_line set allocated_fen = allocated_fen + :amount, version = version + 1
				where id = :id and status = 'ACTIVE' and allocated_fen + :amount <= amount_fen
				""").param("id", id).param("amount", amountFen).update() == 1;
    }

    /** Pays from an active line, never beyond its amount: the condition and the CHECK both hold the line. */
    boolean spend(UUID id, long amountFen) {
        return jdbc.sql("""
				update budget_line set spent_fen = spent_fen + :amount, version = version + 1
				where id = :id and spent_fen + :amount <= amount_fen and status = 'ACTIVE'
				""").param("id", id).param("amount", amountFen).update() == 1;
    }

    static BudgetLine line(ResultSet rs, int row) throws SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new BudgetLine(
                rs.getObject("id", UUID.class),
                rs.getInt("fiscal_year"),
                rs.getString("name"),
                FundSource.valueOf(rs.getString("source")),
                rs.getString("classification"),
                rs.getString("owner_unit"),
                rs.getString("owner_account"),
                rs.getString("area_code"),
                rs.getString("standard"),
                rs.getLong("amount_fen"),
                rs.getLong("allocated_fen"),
                rs.getLong("spent_fen"),
                LineStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                activated == null ? null : activated.toInstant());
    }
}
