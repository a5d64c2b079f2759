package org.linju.identity;

import java.util.Optional;

/** What makes a password acceptable: at least 10 characters with both letters and digits. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    /** Returns the message key of the first rule the password breaks, if any. */
    static Optional<String> violation(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.needsLettersAndDigits");
        }
        return Optional.empty();
    }
}
