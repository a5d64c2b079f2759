package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.privacy.CipherSuite;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.PrivacySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Key rotation re-encrypts in batches, survives an interruption, and never loses or double-encrypts a value. */
class KeyRotationIT extends WebIntegrationTest {

    @Autowired
    FieldCipher cipher;

    @Autowired
    KeyRotation rotation;

    @Value("${linju.privacy.keys.t1}")
    String oldKey;

    @Value("${linju.privacy.keys.t2}")
    String newKey;

    @Value("${linju.privacy.blind-index-key}")
    String blindKey;

    @Test
    void rotatesEverythingUnderTheOldKeyEvenAfterAnInterruption() {
        FieldCipher old = new FieldCipher(new PrivacySettings(
                CipherSuite.AES_GCM, "t1", Map.of("t1", oldKey, "t2", newKey), blindKey, null, false));
        List<Map<String, Object>> rows = jdbc.sql(
                        "select id, id_number_cipher, phone_cipher from resident where phone_cipher is not null order by id limit 50")
                .query()
                .listOfRows();
        Map<UUID, String> plainIds = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String id = cipher.decrypt((String) row.get("id_number_cipher"), PersonalField.ID_NUMBER.binding());
            String phone = cipher.decrypt((String) row.get("phone_cipher"), PersonalField.PHONE.binding());
            plainIds.put((UUID) row.get("id"), id);
            jdbc.sql("update resident set id_number_cipher = ?, phone_cipher = ? where id = ?")
                    .params(
                            old.encrypt(id, PersonalField.ID_NUMBER.binding()),
                            old.encrypt(phone, PersonalField.PHONE.binding()),
                            row.get("id"))
                    .update();
        }
        Map<String, Object> member = jdbc.sql(
                        "select id, phone_cipher from force_member where phone_cipher is not null limit 1")
                .query()
                .singleRow();
        String memberPhone = cipher.decrypt((String) member.get("phone_cipher"), "force_member.phone");
        jdbc.sql("update force_member set phone_cipher = ? where id = ?")
                .params(old.encrypt(memberPhone, "force_member.phone"), member.get("id"))
                .update();
        assertThat(rotation.remaining())
                .as("50 residents and a force member's phone")
                .isEqualTo(51);

        assertThatThrownBy(() -> rotation.rotate("key-rotation-it", 20, done -> {
                    throw new IllegalStateException("operator pressed Ctrl-C");
                }))
                .hasMessageContaining("Ctrl-C");
        assertThat(rotation.remaining())
                .as("the first batch committed before the interruption")
                .isEqualTo(30);

        assertThat(rotation.rotate("key-rotation-it", 20, done -> {})).isEqualTo(30);
        assertThat(rotation.remaining()).isZero();
        String rotatedPhone = jdbc.sql("select phone_cipher from force_member where id = ?")
                .param(member.get("id"))
                .query(String.class)
                .single();
        assertThat(cipher.keyIdOf(rotatedPhone)).isEqualTo("t2");
        assertThat(cipher.decrypt(rotatedPhone, "force_member.phone")).isEqualTo(memberPhone);
        for (Map.Entry<UUID, String> entry : plainIds.entrySet()) {
            String stored = jdbc.sql("select id_number_cipher from resident where id = ?")
                    .param(entry.getKey())
                    .query(String.class)
                    .single();
            assertThat(cipher.keyIdOf(stored)).isEqualTo("t2");
            assertThat(cipher.decrypt(stored, PersonalField.ID_NUMBER.binding()))
                    .isEqualTo(entry.getValue());
        }
        assertThat(jdbc.sql("""
                                select detail from audit_entry where action = 'KEY_ROTATION' and actor = 'key-rotation-it'
                                order by seq
                                """).query(String.class).list())
                .as("each run is audited as it starts; only the one that was not interrupted as it finishes")
                .containsExactly(
                        "started: 51 rows to key t2",
                        "started: 30 rows to key t2",
                        "finished: 30 rows now under key t2");
    }
}
