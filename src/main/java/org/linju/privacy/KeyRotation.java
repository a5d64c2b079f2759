package org.linju.privacy;

import java.util.List;
import java.util.function.LongConsumer;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every personal field still under an old key with the active key, one batch per transaction. A
 * value already under the active key is left alone, so the rotation can be interrupted at any point and started
 * again: it picks up the remaining rows and never encrypts anything twice. Blind indexes do not change. The
 * columns are those the modules holding personal data declare ({@link EncryptedColumns}): residents, reporters'
 * phones, force members' phones.
 */
@Service
class KeyRotation {

    private final FieldCipher cipher;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final List<EncryptedColumns> columns;

    KeyRotation(FieldCipher cipher, TransactionTemplate transactions, AuditLog audit, List<EncryptedColumns> columns) {
        this.cipher = cipher;
        this.transactions = transactions;
        this.audit = audit;
        this.columns = columns;
    }

    /** Rows with at least one field under another key than the active one, over every module's encrypted columns. */
    public long remaining() {
        long rows = 0;
        for (EncryptedColumns each : columns) {
            rows += each.rowsUnderOtherKeys(keyPattern());
        }
        return rows;
    }

    /**
     * Rotates in batches, calling {@code progress} with the number of rows done so far after each one.
     *
     * @return the number of rows re-encrypted
     */
    public long rotate(String actor, int batchSize, LongConsumer progress) {
        long total = remaining();
        audit.record(record(actor, "started: " + total + " rows to key " + cipher.activeKeyId()));
        long done = 0;
        while (true) {
            Integer rotated = transactions.execute(status -> {
                int count = 0;
                for (EncryptedColumns each : columns) {
                    count += each.reencryptBatch(keyPattern(), batchSize);
                }
                return count;
            });
            if (rotated == null || rotated == 0) {
                break;
            }
            done += rotated;
            progress.accept(done);
        }
        audit.record(record(actor, "finished: " + done + " rows now under key " + cipher.activeKeyId()));
        return done;
    }

    private static AuditRecord record(String actor, String detail) {
        return new AuditRecord(actor, "OPERATOR", AuditAction.KEY_ROTATION, "resident", "all", null, null, detail);
    }

    private String keyPattern() {
        return "v1:" + cipher.activeKeyId() + ":%";
    }
}
