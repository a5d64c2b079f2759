package org.linju.privacy;

/** How personal data looks on screen until someone with the right reveals it. */
public final class Masking {

    private Masking() {}

    /** {@code 5117**********1234}. */
    public static String idNumber(String value) {
        if (value.length() < 9) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** {@code 138****5678}. */
    public static String phone(String value) {
        if (value.length() < 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    /** {@code 张*} or {@code 欧阳**}: the surname stays. */
    public static String name(String value) {
        if (value.length() <= 1) {
            return value;
        }
        int keep = value.length() >= 4 ? 2 : 1;
        return value.substring(0, keep) + "*".repeat(value.length() - keep);
    }
}
