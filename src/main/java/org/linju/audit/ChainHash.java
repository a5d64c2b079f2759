package org.linju.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** SHA-256 over the previous hash and every field of an entry, with unambiguous separators. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(String prevHash, Instant recordedAt, AuditRecord record) {
        return of(
                prevHash,
                recordedAt,
                record.actor(),
                record.actorRole(),
                record.action().name(),
                record.subjectType(),
                record.subjectId(),
                record.scopeCode(),
                record.reason(),
                record.detail());
    }

    static String of(AuditEntry entry) {
        return of(
                entry.prevHash(),
                entry.recordedAt(),
                entry.actor(),
                entry.actorRole(),
                entry.action().name(),
                entry.subjectType(),
                entry.subjectId(),
                entry.scopeCode(),
                entry.reason(),
                entry.detail());
    }

    private static String of(String prevHash, Instant recordedAt, String... fields) {
        MessageDigest digest = sha256();
        update(digest, prevHash);
        update(digest, recordedAt.toString());
        for (String field : fields) {
            update(digest, field);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, @Nullable String field) {
        if (field == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
