package org.linju.privacy;

/** The keys for personal data are not configured, or do not fit the configured algorithm. */
public class MissingKeys extends IllegalStateException {

    MissingKeys(String message) {
        super(message + " — see docs/operator-guide.md, section 'Keys for personal data'");
    }
}
