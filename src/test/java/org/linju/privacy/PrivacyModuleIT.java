package org.linju.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The privacy module with what it depends on (audit, where key rotation records each run; identity's roles, for the
 * data policy): personal data is stored unreadable, read back whole, and found by exact value.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PrivacyModuleIT extends ModuleIntegrationTest {

    @Autowired
    FieldCipher cipher;

    @Autowired
    KeyRotation rotation;

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

    @Test
    void withoutTheModulesThatHoldPersonalDataThereIsNothingToRotate() {
        assertThat(rotation.remaining())
                .as("privacy owns no tables: the encrypted columns are declared by the modules that hold them")
                .isZero();
    }
}
