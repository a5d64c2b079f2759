package org.linju.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.residents.PersonalField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

/**
 * Key rotation re-encrypts in batches, survives an interruption, and never loses or double-encrypts a value: in
 * every module that holds encrypted columns (residents, a reporter's phone on a matter, a force member's phone).
 */
class KeyRotationIT extends WebIntegrationTest {

    private static final String MATTER_PHONE = "matter.reporter_phone";
    private static final String MEMBER_PHONE = "force_member.phone";

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
    void rotatesEverythingUnderTheOldKeyEvenAfterAnInterruption() throws Exception {
        FieldCipher old = oldKeyCipher();
        Map<UUID, String> plainIds = residentsUnderOldKey(old);
        UUID member = jdbc.sql("select id from force_member where phone_cipher is not null limit 1")
                .query(UUID.class)
                .single();
        String memberPhone = underOldKey(old, "force_member", "phone_cipher", member, MEMBER_PHONE);
        UUID matter = reportedMatter();
        String reporterPhone = underOldKey(old, "matter", "reporter_phone_cipher", matter, MATTER_PHONE);
        assertThat(rotation.remaining())
                .as("50 residents, a force member's phone and a reporter's phone")
                .isEqualTo(52);

        assertThatThrownBy(() -> rotation.rotate("key-rotation-it", 20, done -> {
                    throw new IllegalStateException("operator pressed Ctrl-C");
                }))
                .hasMessageContaining("Ctrl-C");
        assertThat(rotation.remaining())
                .as("the first batch committed before the interruption")
                .isEqualTo(30);
        assertThat(rotation.rotate("key-rotation-it", 20, done -> {})).isEqualTo(30);
        assertThat(rotation.remaining()).isZero();
        assertUnderNewKey(stored("force_member", "phone_cipher", member), MEMBER_PHONE, memberPhone);
        assertUnderNewKey(stored("matter", "reporter_phone_cipher", matter), MATTER_PHONE, reporterPhone);
        for (Map.Entry<UUID, String> entry : plainIds.entrySet()) {
            assertUnderNewKey(
                    stored("resident", "id_number_cipher", entry.getKey()),
                    PersonalField.ID_NUMBER.binding(),
                    entry.getValue());
        }
        assertThat(jdbc.sql("""
                                select detail from audit_entry where action = 'KEY_ROTATION' and actor = 'key-rotation-it'
                                order by seq
                                """).query(String.class).list())
                .as("each run is audited as it starts; only the one that was not interrupted as it finishes")
                .containsExactly(
                        "started: 52 rows to key t2",
                        "started: 30 rows to key t2",
                        "finished: 30 rows now under key t2");
    }

    /** Encrypts as the application did before the active key became t2. */
    private FieldCipher oldKeyCipher() {
        return new FieldCipher(new PrivacySettings(
                CipherSuite.AES_GCM, "t1", Map.of("t1", oldKey, "t2", newKey), blindKey, null, false));
    }

    /** Puts 50 residents' ID numbers and phones back under the old key; their plain ID numbers by id. */
    private Map<UUID, String> residentsUnderOldKey(FieldCipher old) {
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
        return plainIds;
    }

    /** A resident's report with a phone, at a point in no grid, as the public intake API takes it. */
    private UUID reportedMatter() throws Exception {
        String key = UUID.randomUUID().toString();
        String phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", key)
                        .content("""
								{"description":"小区门口路灯不亮已经一周","categoryCode":"0101","lat":39.9,"lng":116.4,"phone":"%s"}
								""".formatted(phone))
                        .with(sent -> {
                            sent.setRemoteAddr("10.251.0.1");
                            return sent;
                        }))
                .andExpect(status().isCreated());
        return jdbc.sql("select id from matter where idempotency_key = ?")
                .param(key)
                .query(UUID.class)
                .single();
    }

    /** Puts one encrypted value back under the old key; its plain value. */
    private String underOldKey(FieldCipher old, String table, String column, UUID id, String field) {
        String plain = cipher.decrypt(stored(table, column, id), field);
        jdbc.sql("update " + table + " set " + column + " = ? where id = ?")
                .params(old.encrypt(plain, field), id)
                .update();
        return plain;
    }

    private String stored(String table, String column, UUID id) {
        return jdbc.sql("select " + column + " from " + table + " where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private void assertUnderNewKey(String stored, String field, String plain) {
        assertThat(cipher.keyIdOf(stored)).isEqualTo("t2");
        assertThat(cipher.decrypt(stored, field)).isEqualTo(plain);
    }
}
