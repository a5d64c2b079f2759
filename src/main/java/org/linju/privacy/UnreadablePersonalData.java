package org.linju.privacy;

/**
 * A stored value cannot be decrypted: its key is not configured, or the value or key is wrong. Never a silent
 * empty string.
 */
public class UnreadablePersonalData extends IllegalStateException {

    UnreadablePersonalData(String message, Throwable cause) {
        super(message, cause);
    }

    UnreadablePersonalData(String message) {
        super(message);
    }
}
