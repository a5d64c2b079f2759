package org.linju.disclosure;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An item some module discloses: its kind ({@link Disclosable#kind()}, e.g. {@code line}, {@code project},
 * {@code street}, {@code workshop}) and its id in that module.
 */
public record Subject(String kind, UUID id) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,19}");

    public Subject {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A subject's kind is a short lower-case word: " + kind);
        }
    }
}
