package org.linju.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The privacy module on its own: personal data is stored unreadable, read back whole, and found by exact value. */
@ApplicationModuleTest
class PrivacyModuleIT extends ModuleIntegrationTest {

    @Autowired
    FieldCipher cipher;

    @Test
    void aPhoneNumberIsKeptEncryptedUnderTheActiveKeyAndFoundByItsBlindIndex() {
        String stored = cipher.encrypt("13800138000", "phone");

        assertThat(stored).doesNotContain("13800138000");
        assertThat(cipher.keyIdOf(stored)).isEqualTo("t2");
        assertThat(cipher.decrypt(stored, "phone")).isEqualTo("13800138000");
        assertThat(cipher.blindIndex("13800138000", "phone"))
                .isEqualTo(cipher.blindIndex("13800138000", "phone"))
                .isNotEqualTo(cipher.blindIndex("13800138001", "phone"));
    }
}
