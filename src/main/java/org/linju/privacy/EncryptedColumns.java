package org.linju.privacy;

/**
 * The encrypted columns of one module's own tables, which {@link KeyRotation} brings under the active key. Each
 * module holding personal data implements it for its tables, so the SQL naming them stays inside that module and
 * privacy never learns a table name. A value is under the active key when it is {@code like} the key pattern passed
 * in ({@code v1:<key id>:%}); {@link FieldCipher#reencrypt} moves one value over.
 */
public interface EncryptedColumns {

    /** How many rows hold at least one value under another key than the one {@code keyPattern} matches. */
    long rowsUnderOtherKeys(String keyPattern);

    /**
     * Re-encrypts at most {@code batchSize} of those rows in the caller's transaction, skipping rows another rotation
     * has locked ({@code for update skip locked}), so two runs at once never take the same row.
     *
     * @return the number of rows re-encrypted
     */
    int reencryptBatch(String keyPattern, int batchSize);
}
