package org.linju.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts one field value with the active key: {@code v1:<key id>:<base64(iv ‖ ciphertext ‖ tag)>}. The field
 * name is bound in as associated data, so a value copied into another field does not decrypt. Blind indexes are a
 * keyed HMAC of the normalised value and the field name: equal values can be found, nothing can be read back.
 */
@Component
public class FieldCipher {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final KeyRing ring;
    private final SecureRandom random = new SecureRandom();
    /** Looking providers up per value costs more than the encryption itself; instances are per thread. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(this::newCipher);

    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Autowired
    FieldCipher(
            PrivacySettings settings,
            @Value("${spring.datasource.url:}") String externalDatabase,
            @Value("${linju.demo.enabled:false}") boolean demo) {
        this(KeyRing.from(settings.withKeyFileGenerated(externalDatabase.isBlank() || demo)));
    }

    public FieldCipher(PrivacySettings settings) {
        this(KeyRing.from(settings));
    }

    FieldCipher(KeyRing ring) {
        this.ring = ring;
    }

    public String encrypt(String plaintext, String field) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, ring.activeKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return VERSION + ":" + ring.activeKeyId() + ":"
                    + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored, String field) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UnreadablePersonalData("not an encrypted value of field " + field);
        }
        SecretKey key = ring.key(parts[1]);
        if (key == null) {
            throw new UnreadablePersonalData("key '" + parts[1] + "' of field " + field + " is not configured");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadablePersonalData("field " + field + " does not decrypt with key '" + parts[1] + "'", e);
        }
    }

    /** The id of the key a stored value was encrypted with. */
    public String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    public String activeKeyId() {
        return ring.activeKeyId();
    }

    /** Decrypts with the old key and encrypts with the active one (key rotation). */
    public String reencrypt(String stored, String field) {
        return keyIdOf(stored).equals(ring.activeKeyId()) ? stored : encrypt(decrypt(stored, field), field);
    }

    /** A keyed, field-bound HMAC of an already normalised value, hex encoded. */
    public String blindIndex(String normalised, String field) {
        Mac mac = macs.get();
        mac.update(field.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    private Cipher newCipher() {
        try {
            return ring.suite() == CipherSuite.SM4_GCM
                    ? Cipher.getInstance(ring.suite().transformation, BOUNCY_CASTLE)
                    : Cipher.getInstance(ring.suite().transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ring.suite() + " is not available", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = ring.suite() == CipherSuite.SM4_GCM
                    ? Mac.getInstance(ring.suite().mac, BOUNCY_CASTLE)
                    : Mac.getInstance(ring.suite().mac);
            mac.init(ring.blindIndexKey());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ring.suite().mac + " is not available", e);
        }
    }
}
