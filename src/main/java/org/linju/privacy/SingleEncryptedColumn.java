package org.linju.privacy;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link EncryptedColumns} for a table with one encrypted column keyed by a UUID {@code id}. The owning module hands
 * in its own three statements as literals, so the SQL naming its table stays in its own code: how many rows are
 * under another key ({@code ?} = key pattern), a batch of them ({@code id} and the cipher text; {@code ?} = key
 * pattern, batch size; {@code for update skip locked}) and the update ({@code ?} = new cipher text, id).
 */
public final class SingleEncryptedColumn implements EncryptedColumns {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final String binding;
    private final String countUnderOtherKeys;
    private final String batchUnderOtherKeys;
    private final String update;

    public SingleEncryptedColumn(
            JdbcClient jdbc,
            FieldCipher cipher,
            String binding,
            String countUnderOtherKeys,
            String batchUnderOtherKeys,
            String update) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.binding = binding;
        this.countUnderOtherKeys = countUnderOtherKeys;
        this.batchUnderOtherKeys = batchUnderOtherKeys;
        this.update = update;
    }

    @Override
    public long rowsUnderOtherKeys(String keyPattern) {
        return jdbc.sql(countUnderOtherKeys).param(keyPattern).query(Long.class).single();
    }

    @Override
    public int reencryptBatch(String keyPattern, int batchSize) {
        record Row(UUID id, String cipherText) {}
        List<Row> rows = jdbc.sql(batchUnderOtherKeys)
                .params(keyPattern, batchSize)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Row row : rows) {
            jdbc.sql(update)
                    .params(cipher.reencrypt(row.cipherText(), binding), row.id())
                    .update();
        }
        return rows.size();
    }
}
