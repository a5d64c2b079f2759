package org.linju.forces;

import org.linju.privacy.EncryptedColumns;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.SingleEncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The forces' encrypted column, a force member's phone, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ForceColumns {

    @Bean
    EncryptedColumns forceMemberPhone(JdbcClient jdbc, FieldCipher cipher) {
        return new SingleEncryptedColumn(
                jdbc,
                cipher,
                ForceRegister.PHONE,
                "select count(*) from force_member where phone_cipher not like ?",
                "select id, phone_cipher from force_member where phone_cipher not like ? limit ? for update skip locked",
                "update force_member set phone_cipher = ? where id = ?");
    }
}
