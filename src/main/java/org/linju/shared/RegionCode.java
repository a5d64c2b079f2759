package org.linju.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The code of a node in the district → street → community → grid tree.
 *
 * <p>Codes nest: each level's code starts with its parent's. The first three levels are the codes of the
 * national statistics division list (GB/T 2260 for the county, 3 more digits for the street, 3 more for the
 * community); a grid adds a 2-digit sequence {@code 01}–{@code 99} to its community's code.
 */
public record RegionCode(String value) implements Comparable<RegionCode>, Serializable {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    public RegionCode {
        validate(value);
    }

    public static RegionCode of(String value) {
        return new RegionCode(value == null ? "" : value.trim());
    }

    public static boolean isValid(String value) {
        try {
            validate(value);
            return true;
        } catch (InvalidRegionCode e) {
            return false;
        }
    }

    public RegionLevel level() {
        return RegionLevel.ofLength(value.length());
    }

    public RegionCode parent() {
        return switch (level()) {
            case DISTRICT -> throw new IllegalStateException("a district has no parent in Linju's tree");
            case STREET -> new RegionCode(value.substring(0, 6));
            case COMMUNITY -> new RegionCode(value.substring(0, 9));
            case GRID -> new RegionCode(value.substring(0, 12));
        };
    }

    public RegionCode district() {
        return new RegionCode(value.substring(0, 6));
    }

    /** True when this node is {@code other} or lies beneath it. */
    public boolean isWithin(RegionCode other) {
        return value.startsWith(other.value);
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void validate(String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidRegionCode("a region code is required");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidRegionCode("a region code has digits only: " + value);
            }
        }
        RegionLevel level = RegionLevel.ofLength(value.length());
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new InvalidRegionCode("unknown province " + value.substring(0, 2) + " in " + value);
        }
        if (value.startsWith("00", 2)) {
            throw new InvalidRegionCode("a county code has a prefecture number after the province: " + value);
        }
        if (value.startsWith("00", 4)) {
            throw new InvalidRegionCode("a county code does not end in 00: " + value);
        }
        if (level.compareTo(RegionLevel.STREET) >= 0 && value.startsWith("000", 6)) {
            throw new InvalidRegionCode("street number 000 is not used: " + value);
        }
        if (level.compareTo(RegionLevel.COMMUNITY) >= 0 && value.startsWith("000", 9)) {
            throw new InvalidRegionCode("community number 000 is not used: " + value);
        }
        if (level == RegionLevel.GRID && value.startsWith("00", 12)) {
            throw new InvalidRegionCode("grid sequence starts at 01: " + value);
        }
    }
}
