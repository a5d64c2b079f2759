package org.linju.privacy;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys come from: configuration (environment variables such as {@code LINJU_PRIVACY_KEYS_K2026A}) or a
 * key file outside the database. Keys are base64: 32 bytes for AES-256, 16 for SM4.
 *
 * @param activeKey the key id new values are encrypted with
 * @param keys every key id that may still be needed to decrypt
 * @param blindIndexKey the HMAC key for blind indexes (never rotated in place: a new one means reindexing)
 * @param keyFile a properties file with {@code active-key}, {@code keys.<id>} and {@code blind-index-key}
 * @param generateKeyFile create {@code keyFile} with fresh random keys when nothing is configured; unset means
 *        "only with the embedded PostgreSQL, where one instance owns the data, or for the demo" (several instances on
 *        an external PostgreSQL would each generate different keys)
 */
@ConfigurationProperties("linju.privacy")
public record PrivacySettings(
        @DefaultValue("AES_GCM") CipherSuite suite,
        @Nullable String activeKey,
        @DefaultValue Map<String, String> keys,
        @Nullable String blindIndexKey,
        @Nullable String keyFile,
        @Nullable Boolean generateKeyFile) {

    PrivacySettings withKeyFileGenerated(boolean embeddedDatabase) {
        boolean generate = generateKeyFile == null ? embeddedDatabase : generateKeyFile;
        return new PrivacySettings(suite, activeKey, keys, blindIndexKey, keyFile, generate);
    }

    boolean generatesKeyFile() {
        return Boolean.TRUE.equals(generateKeyFile);
    }
}
