package org.linju.matters;

import org.linju.privacy.EncryptedColumns;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.SingleEncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The matters' encrypted column, the reporter's phone, for key rotation. */
@Configuration(proxyBeanMethods = false)
class MatterColumns {

    @Bean
    EncryptedColumns reporterPhone(JdbcClient jdbc, FieldCipher cipher) {
        return new SingleEncryptedColumn(
                jdbc,
                cipher,
                MatterStore.PHONE,
                "select count(*) from matter where reporter_phone_cipher not like ?",
                """
				select id, reporter_phone_cipher from matter where reporter_phone_cipher not like ?
				limit ? for update skip locked
				""",
                "update matter set reporter_phone_cipher = ? where id = ?");
    }
}
