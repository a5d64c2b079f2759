package org.linju.residents;

import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.privacy.EncryptedColumn;
import org.linju.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every personal field still under an old key with the active key, one batch per transaction. A
 * value already under the active key is left alone, so the rotation can be interrupted at any point and started
 * again: it picks up the remaining rows and never encrypts anything twice. Blind indexes do not change.
 */
@Service
class KeyRotation {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final List<EncryptedColumn> otherColumns;

    KeyRotation(
            JdbcClient jdbc,
            FieldCipher cipher,
            TransactionTemplate transactions,
            AuditLog audit,
            List<EncryptedColumn> otherColumns) {
        this.otherColumns = otherColumns;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Rows with at least one field under another key than the active one: residents, and the encrypted columns other
     * modules declare (reporters' phones, force members' phones).
     */
    public long remaining() {
        long residents =
                jdbc.sql("""
				select count(*) from resident
				where id_number_cipher not like :prefix or phone_cipher not like :prefix
				   or restricted_cipher not like :prefix
				""").param("prefix", prefix()).query(Long.class).single();
        for (EncryptedColumn column : otherColumns) {
            residents += jdbc.sql(
                            "select count(*) from " + column.table() + " where " + column.column() + " not like ?")
                    .param(prefix())
                    .query(Long.class)
                    .single();
        }
        return residents;
    }

    /**
     * Rotates in batches, calling {@code progress} with the number of rows done so far after each one.
     *
     * @return the number of rows re-encrypted
     */
    public long rotate(String actor, int batchSize, LongConsumer progress) {
        long total = remaining();
        audit.record(new AuditRecord(
                actor,
                "OPERATOR",
                AuditAction.KEY_ROTATION,
                "resident",
                "all",
                null,
                null,
                "started: " + total + " rows to key " + cipher.activeKeyId()));
        long done = 0;
        while (true) {
            Integer rotated = transactions.execute(status -> {
                int count = rotateBatch(batchSize);
                for (EncryptedColumn column : otherColumns) {
                    count += rotateBatch(column, batchSize);
                }
                return count;
            });
            if (rotated == null || rotated == 0) {
                break;
            }
            done += rotated;
            progress.accept(done);
        }
        audit.record(new AuditRecord(
                actor,
                "OPERATOR",
                AuditAction.KEY_ROTATION,
                "resident",
                "all",
                null,
                null,
                "finished: " + done + " rows now under key " + cipher.activeKeyId()));
        return done;
    }

    private int rotateBatch(int batchSize) {
        record Row(
                UUID id,
                String idNumber,
                @Nullable String phone,
                @Nullable String restricted) {}
        List<Row> rows = jdbc.sql("""
				select id, id_number_cipher, phone_cipher, restricted_cipher from resident
				where id_number_cipher not like :prefix or phone_cipher not like :prefix
				   or restricted_cipher not like :prefix
				limit :batch for update skip locked
				""")
                .param("prefix", prefix())
                .param("batch", batchSize)
                .query((rs, n) ->
                        new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Row row : rows) {
            jdbc.sql("update resident set id_number_cipher = ?, phone_cipher = ?, restricted_cipher = ? where id = ?")
                    .params(
                            cipher.reencrypt(row.idNumber(), PersonalField.ID_NUMBER.binding()),
                            row.phone() == null ? null : cipher.reencrypt(row.phone(), PersonalField.PHONE.binding()),
                            row.restricted() == null
                                    ? null
                                    : cipher.reencrypt(row.restricted(), PersonalField.RESTRICTED_GROUPS.binding()),
                            row.id())
                    .update();
        }
        return rows.size();
    }

    private int rotateBatch(EncryptedColumn column, int batchSize) {
        List<Object[]> rows = jdbc.sql("select id, " + column.column() + " from " + column.table() + " where "
                        + column.column() + " not like ? limit ? for update skip locked")
                .params(prefix(), batchSize)
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)})
                .list();
        for (Object[] row : rows) {
            jdbc.sql("update " + column.table() + " set " + column.column() + " = ? where id = ?")
                    .params(cipher.reencrypt((String) row[1], column.field()), row[0])
                    .update();
        }
        return rows.size();
    }

    private String prefix() {
        return "v1:" + cipher.activeKeyId() + ":%";
    }
}
