package org.linju.shared;

/** The levels of the administrative tree, with the length of their codes. */
public enum RegionLevel {

    /** 区/县: the 6-digit GB/T 2260 county-level code. */
    DISTRICT(6),
    /** 街道/镇/乡: the 9-digit statistics division code. */
    STREET(9),
    /** 社区/村: the 12-digit statistics division code. */
    COMMUNITY(12),
    /** 网格: the community code followed by a 2-digit grid sequence. */
    GRID(14);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public static RegionLevel ofLength(int length) {
        for (RegionLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        throw new InvalidRegionCode("a region code has 6, 9, 12 or 14 digits, not " + length);
    }

    public RegionLevel child() {
        if (this == GRID) {
            throw new IllegalStateException("a grid has no child level");
        }
        return values()[ordinal() + 1];
    }
}
