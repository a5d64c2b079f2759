package org.linju.matters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.privacy.FieldCipher;

/**
 * An {@code Idempotency-Key} as its sender's own (the IETF Idempotency-Key header draft): unique per {@code scope},
 * the sender, so that nobody reaches another sender's receipt with it, and sent with a {@code requestHash}, so that
 * the same key with a different report is refused instead of answered with the first receipt.
 *
 * @param scope {@code account:<username>} for anyone signed in (an API token acts as its account), {@code anon:}
 *     and the keyed hash of the client address for everyone else
 * @param requestHash a keyed hash of the report as taken (trimmed, phone normalised) and its photos' bytes: it
 *     identifies the report without letting anyone who reads the table guess the phone number in it
 */
record IdempotencyKey(String scope, String key, String requestHash) {

    static final int MAX_LENGTH = 100;

    static IdempotencyKey of(
            String key,
            Reporter reporter,
            @Nullable String addressIndex,
            NewReport report,
            List<byte[]> photos,
            FieldCipher cipher) {
        String scope = reporter.username() != null
                ? "account:" + reporter.username()
                : "anon:" + (addressIndex == null ? "" : addressIndex);
        return new IdempotencyKey(scope, key, cipher.blindIndex(request(report, photos), "matter.request"));
    }

    /** The report and its photos as one unambiguous text: each part with its length, a missing one as "-". */
    static String request(NewReport report, List<byte[]> photos) {
        StringBuilder request = new StringBuilder();
        for (Object part : Arrays.asList(
                report.description(),
                report.categoryCode(),
                report.lat(),
                report.lng(),
                report.phone(),
                report.channel())) {
            String value = part == null ? "-" : "=" + part;
            request.append(value.length()).append(':').append(value);
        }
        for (byte[] photo : photos) {
            request.append("photo:").append(HexFormat.of().formatHex(sha256().digest(photo)));
        }
        return request.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
