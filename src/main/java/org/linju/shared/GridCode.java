package org.linju.shared;

/**
 * The 14-digit code of a grid (网格): its community's 12-digit code and a 2-digit sequence.
 */
public record GridCode(String value) {

    public GridCode {
        RegionCode code = RegionCode.of(value);
        if (code.level() != RegionLevel.GRID) {
            throw new InvalidRegionCode("a grid code has 14 digits: " + value);
        }
    }

    public static GridCode of(String value) {
        return new GridCode(value == null ? "" : value.trim());
    }

    public static GridCode of(RegionCode community, int sequence) {
        if (community.level() != RegionLevel.COMMUNITY) {
            throw new InvalidRegionCode("grids belong to communities, not to " + community);
        }
        if (sequence < 1 || sequence > 99) {
            throw new InvalidRegionCode("a grid sequence is 01–99, not " + sequence);
        }
        return new GridCode(community.value() + String.format("%02d", sequence));
    }

    public RegionCode community() {
        return new RegionCode(value.substring(0, 12));
    }

    public RegionCode asRegion() {
        return new RegionCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
