package org.linju.shared;

/**
 * A mainland China mobile number (11 digits starting 13–19), or a fixed-line number with area code. Spaces,
 * hyphens and a leading +86 are dropped. {@link #toString()} never prints the number.
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || !(value.matches("1[3-9][0-9]{9}") || value.matches("0[1-9][0-9]{8,10}"))) {
            throw new IllegalArgumentException("phone.format");
        }
    }

    public static PhoneNumber of(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return new PhoneNumber(digits);
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code 138****5678}: the first 3 and last 4 digits. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
