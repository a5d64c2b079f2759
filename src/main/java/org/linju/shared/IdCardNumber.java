package org.linju.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident identity card number (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character.
 * {@link #toString()} never prints the number.
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Male or female, as the sequence digit says. */
    public enum Sex {
        MALE,
        FEMALE
    }

    public IdCardNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdCardNumber(problem);
        }
    }

    public static IdCardNumber of(String raw) {
        return new IdCardNumber(raw == null ? "" : raw.trim().toUpperCase());
    }

    /** Why the text is not a valid number, or null when it is. */
    public static String problemWith(String value) {
        if (value == null || !value.matches("[0-9]{17}[0-9X]")) {
            return "idCard.format";
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return "idCard.checkDigit";
        }
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
            if (birth.getYear() < 1880 || birth.isAfter(LocalDate.now())) {
                return "idCard.birthDate";
            }
        } catch (DateTimeException e) {
            return "idCard.birthDate";
        }
        return null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** {@code 5117**********1234}: the first 4 and last 4 characters. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
