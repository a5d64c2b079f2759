package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @Test
    void knowsItsLevelFromItsLength() {
        assertThat(RegionCode.of("511703").level()).isEqualTo(RegionLevel.DISTRICT);
        assertThat(RegionCode.of("511703001").level()).isEqualTo(RegionLevel.STREET);
        assertThat(RegionCode.of("511703001001").level()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(RegionCode.of("51170300100101").level()).isEqualTo(RegionLevel.GRID);
    }

    @Test
    void parentsAreThePrefixesOfTheCode() {
        RegionCode grid = RegionCode.of("51170300100107");
        assertThat(grid.parent()).isEqualTo(RegionCode.of("511703001001"));
        assertThat(grid.parent().parent()).isEqualTo(RegionCode.of("511703001"));
        assertThat(grid.parent().parent().parent()).isEqualTo(RegionCode.of("511703"));
        assertThat(grid.district()).isEqualTo(RegionCode.of("511703"));
    }

    @Test
    void aNodeIsWithinItsAncestorsOnly() {
        RegionCode grid = RegionCode.of("51170300100107");
        assertThat(grid.isWithin(RegionCode.of("511703001"))).isTrue();
        assertThat(grid.isWithin(grid)).isTrue();
        assertThat(grid.isWithin(RegionCode.of("511703002"))).isFalse();
        assertThat(RegionCode.of("511703001").isWithin(grid)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "51170",
                "5117030",
                "51170300100",
                "5117030010010",
                "511703001001011",
                "51170A",
                "991703",
                "510003",
                "511703000",
                "511703001000",
                "51170300100100",
                " 511703001"
            })
    void refusesCodesThatAreNotInTheFormat(String code) {
        assertThat(RegionCode.isValid(code)).isFalse();
    }

    @Test
    void trimsInputButKeepsDigitsOnly() {
        assertThat(RegionCode.of(" 511703 ").value()).isEqualTo("511703");
        assertThatThrownBy(() -> RegionCode.of("51-703"))
                .isInstanceOf(InvalidRegionCode.class)
                .hasMessageContaining("digits");
    }

    @Test
    void gridCodesAreACommunityAndASequence() {
        GridCode grid = GridCode.of(RegionCode.of("511703001001"), 7);
        assertThat(grid.value()).isEqualTo("51170300100107");
        assertThat(grid.community()).isEqualTo(RegionCode.of("511703001001"));
        assertThatThrownBy(() -> GridCode.of(RegionCode.of("511703001001"), 100))
                .isInstanceOf(InvalidRegionCode.class);
        assertThatThrownBy(() -> GridCode.of(RegionCode.of("511703001"), 1)).isInstanceOf(InvalidRegionCode.class);
        assertThatThrownBy(() -> GridCode.of("511703001001")).isInstanceOf(InvalidRegionCode.class);
    }
}
