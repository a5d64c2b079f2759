package org.linju.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldCipherTest {

    private static String key(int bytes, int seed) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (i * 31 + seed);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    private static FieldCipher cipher(CipherSuite suite, String active, Map<String, String> keys) {
        return new FieldCipher(new PrivacySettings(suite, active, keys, key(32, 99), null, false));
    }

    private static FieldCipher aes() {
        return cipher(CipherSuite.AES_GCM, "k1", Map.of("k1", key(32, 1)));
    }

    @ParameterizedTest
    @EnumSource(CipherSuite.class)
    void roundTripsAndHidesThePlaintext(CipherSuite suite) {
        FieldCipher cipher = cipher(suite, "k1", Map.of("k1", key(suite.keyBytes, 1)));
        String stored = cipher.encrypt("51170319900101123X", "resident.id_number");
        assertThat(stored)
                .startsWith("v1:k1:")
                .doesNotContain("51170319900101123X")
                .doesNotContain("1990");
        assertThat(cipher.decrypt(stored, "resident.id_number")).isEqualTo("51170319900101123X");
        assertThat(cipher.encrypt("51170319900101123X", "resident.id_number"))
                .as("random IV")
                .isNotEqualTo(stored);
    }

    @Test
    void aWrongKeyFailsLoudly() {
        String stored = aes().encrypt("13812345678", "resident.phone");
        FieldCipher impostor = cipher(CipherSuite.AES_GCM, "k1", Map.of("k1", key(32, 2)));
        assertThatThrownBy(() -> impostor.decrypt(stored, "resident.phone"))
                .isInstanceOf(UnreadablePersonalData.class)
                .hasMessageContaining("does not decrypt");
        FieldCipher withoutKey = cipher(CipherSuite.AES_GCM, "k9", Map.of("k9", key(32, 1)));
        assertThatThrownBy(() -> withoutKey.decrypt(stored, "resident.phone"))
                .isInstanceOf(UnreadablePersonalData.class)
                .hasMessageContaining("not configured");
    }

    @Test
    void aValueMovedToAnotherFieldDoesNotDecrypt() {
        FieldCipher cipher = aes();
        String phone = cipher.encrypt("13812345678", "resident.phone");
        assertThatThrownBy(() -> cipher.decrypt(phone, "resident.id_number"))
                .isInstanceOf(UnreadablePersonalData.class);
        String tampered = phone.substring(0, phone.length() - 4) + (phone.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> cipher.decrypt(tampered, "resident.phone")).isInstanceOf(UnreadablePersonalData.class);
    }

    @Test
    void rotationReencryptsOldValuesWithTheActiveKey() {
        String old = aes().encrypt("13812345678", "resident.phone");
        FieldCipher rotated = cipher(CipherSuite.AES_GCM, "k2", Map.of("k1", key(32, 1), "k2", key(32, 5)));
        String renewed = rotated.reencrypt(old, "resident.phone");
        assertThat(rotated.keyIdOf(renewed)).isEqualTo("k2");
        assertThat(rotated.decrypt(renewed, "resident.phone")).isEqualTo("13812345678");
        assertThat(rotated.reencrypt(renewed, "resident.phone"))
                .as("already current: unchanged")
                .isEqualTo(renewed);
    }

    @ParameterizedTest
    @EnumSource(CipherSuite.class)
    void blindIndexesMatchEqualValuesOnlyWithinAField(CipherSuite suite) {
        FieldCipher cipher = cipher(suite, "k1", Map.of("k1", key(suite.keyBytes, 1)));
        String index = cipher.blindIndex("13812345678", "resident.phone");
        assertThat(index).hasSize(64).isEqualTo(cipher.blindIndex("13812345678", "resident.phone"));
        assertThat(index).isNotEqualTo(cipher.blindIndex("13812345679", "resident.phone"));
        assertThat(index).isNotEqualTo(cipher.blindIndex("13812345678", "resident.id_number"));
    }

    @Test
    void missingOrMisfitKeysStopTheStartWithAClearMessage() {
        assertThatThrownBy(() ->
                        new FieldCipher(new PrivacySettings(CipherSuite.AES_GCM, null, Map.of(), null, null, false)))
                .isInstanceOf(MissingKeys.class)
                .hasMessageContaining("linju.privacy.active-key");
        assertThatThrownBy(() -> cipher(CipherSuite.AES_GCM, "k1", Map.of("k1", key(16, 1))))
                .isInstanceOf(MissingKeys.class)
                .hasMessageContaining("needs 32");
        assertThatThrownBy(() -> cipher(CipherSuite.AES_GCM, "k2", Map.of("k1", key(32, 1))))
                .isInstanceOf(MissingKeys.class)
                .hasMessageContaining("active key 'k2'");
    }

    @Test
    void masksKeepOnlyWhatIdentifiesNobody() {
        assertThat(Masking.idNumber("511703199001011234")).isEqualTo("5117**********1234");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.name("张伟")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳**");
    }
}
