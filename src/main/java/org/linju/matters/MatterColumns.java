package org.linju.matters;

import java.util.List;
import java.util.UUID;
import org.linju.privacy.EncryptedColumns;
import org.linju.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The matters' encrypted column, the reporter's phone, for key rotation. */
@Component
class MatterColumns implements EncryptedColumns {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    MatterColumns(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public long rowsUnderOtherKeys(String keyPattern) {
        return jdbc.sql("select count(*) from matter where reporter_phone_cipher not like ?")
                .param(keyPattern)
                .query(Long.class)
                .single();
    }

    @Override
    public int reencryptBatch(String keyPattern, int batchSize) {
        record Row(UUID id, String phone) {}
        List<Row> rows = jdbc.sql("""
				select id, reporter_phone_cipher from matter where reporter_phone_cipher not like ?
				limit ? for update skip locked
				""")
                .params(keyPattern, batchSize)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Row row : rows) {
            jdbc.sql("update matter set reporter_phone_cipher = ? where id = ?")
                    .params(cipher.reencrypt(row.phone(), MatterStore.PHONE), row.id())
                    .update();
        }
        return rows.size();
    }
}
