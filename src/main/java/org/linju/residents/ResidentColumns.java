package org.linju.residents;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.privacy.EncryptedColumns;
import org.linju.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The residents' encrypted fields (ID number, phone, restricted groups), for key rotation. */
@Component
class ResidentColumns implements EncryptedColumns {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ResidentColumns(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public long rowsUnderOtherKeys(String keyPattern) {
        return jdbc.sql("""
				select count(*) from resident
				where id_number_cipher not like :prefix or phone_cipher not like :prefix
				   or restricted_cipher not like :prefix
				""").param("prefix", keyPattern).query(Long.class).single();
    }

    @Override
    public int reencryptBatch(String keyPattern, int batchSize) {
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
                .param("prefix", keyPattern)
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
}
