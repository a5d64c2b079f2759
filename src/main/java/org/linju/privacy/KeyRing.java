package org.linju.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The keys in force, read once at start from configuration or the key file; never from the database. */
final class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final CipherSuite suite;
    private final String activeKeyId;
    private final Map<String, SecretKey> keys;
    private final SecretKey blindIndexKey;

    private KeyRing(CipherSuite suite, String activeKeyId, Map<String, SecretKey> keys, SecretKey blindIndexKey) {
        this.suite = suite;
        this.activeKeyId = activeKeyId;
        this.keys = keys;
        this.blindIndexKey = blindIndexKey;
    }

    static KeyRing from(PrivacySettings settings) {
        String active = settings.activeKey();
        Map<String, String> encoded = new LinkedHashMap<>(settings.keys());
        String blind = settings.blindIndexKey();
        if (encoded.isEmpty() && settings.keyFile() != null) {
            Path file = Path.of(settings.keyFile());
            if (!Files.exists(file) && settings.generatesKeyFile()) {
                generate(file, settings.suite());
            }
            if (Files.exists(file)) {
                Properties properties = load(file);
                active = properties.getProperty("active-key");
                blind = properties.getProperty("blind-index-key");
                properties.stringPropertyNames().stream()
                        .filter(name -> name.startsWith("keys."))
                        .forEach(name -> encoded.put(name.substring(5), properties.getProperty(name)));
            }
        }
        if (encoded.isEmpty() || active == null || blind == null) {
            throw new MissingKeys("No keys for personal data: set linju.privacy.active-key, linju.privacy.keys.<id> "
                    + "and linju.privacy.blind-index-key, or linju.privacy.key-file");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        encoded.forEach((id, value) -> keys.put(id, key(settings.suite(), "linju.privacy.keys." + id, value)));
        if (!keys.containsKey(active)) {
            throw new MissingKeys("The active key '" + active + "' is not among the configured keys " + keys.keySet());
        }
        return new KeyRing(
                settings.suite(),
                active,
                Map.copyOf(keys),
                new SecretKeySpec(decode("linju.privacy.blind-index-key", blind), settings.suite().mac));
    }

    CipherSuite suite() {
        return suite;
    }

    String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    @Nullable
    SecretKey key(String id) {
        return keys.get(id);
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    private static SecretKey key(CipherSuite suite, String name, String value) {
        byte[] bytes = decode(name, value);
        if (bytes.length != suite.keyBytes) {
            throw new MissingKeys(name + " has " + bytes.length + " bytes; " + suite + " needs " + suite.keyBytes);
        }
        return new SecretKeySpec(bytes, suite.keyAlgorithm);
    }

    private static byte[] decode(String name, String value) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new MissingKeys(name + " is not base64");
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void generate(Path file, CipherSuite suite) {
        SecureRandom random = new SecureRandom();
        byte[] data = new byte[suite.keyBytes];
        byte[] blind = new byte[32];
        random.nextBytes(data);
        random.nextBytes(blind);
        String id = "k" + LocalDate.now().getYear() + "a";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write("# Linju keys for personal data. Keep this file out of the database and its backups.\n");
                writer.write("active-key=" + id + "\n");
                writer.write("keys." + id + "=" + Base64.getEncoder().encodeToString(data) + "\n");
                writer.write("blind-index-key=" + Base64.getEncoder().encodeToString(blind) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.warn("Generated development keys for personal data in {}; configure real keys for production", file);
    }
}
