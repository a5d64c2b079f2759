package org.linju.matters;

import org.linju.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matters' encrypted columns, for key rotation. */
@Configuration(proxyBeanMethods = false)
class MatterColumns {

    @Bean
    EncryptedColumn reporterPhone() {
        return new EncryptedColumn("matter", "reporter_phone_cipher", MatterStore.PHONE);
    }
}
