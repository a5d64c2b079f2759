package org.linju.identity;

import java.security.SecureRandom;

/**
 * Temporary passwords Linju makes for accounts: 12 characters without look-alikes (no 0/O, 1/l/I), easy to read out
 * or copy from a sheet, always with letters and digits so they pass the {@link PasswordPolicy}.
 */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LETTERS + DIGITS;
    private static final int LENGTH = 12;
    private static final SecureRandom random = new SecureRandom();

    private TemporaryPasswords() {}

    static String make() {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALL.charAt(random.nextInt(ALL.length())));
            }
            if (PasswordPolicy.violation(password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
