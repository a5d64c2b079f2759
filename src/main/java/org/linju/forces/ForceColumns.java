package org.linju.forces;

import org.linju.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forces' encrypted columns, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ForceColumns {

    @Bean
    EncryptedColumn forceMemberPhone() {
        return new EncryptedColumn("force_member", "phone_cipher", ForceRegister.PHONE);
    }
}
