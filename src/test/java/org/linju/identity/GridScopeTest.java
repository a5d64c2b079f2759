package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linju.shared.RegionCode;

class GridScopeTest {

    private static final RegionCode GRID = RegionCode.of("51170300100101");
    private static final RegionCode NEIGHBOUR = RegionCode.of("51170300100102");

    @Test
    void aGridWorkerSeesTheOwnGridOnly() {
        GridScope scope = GridScope.of(List.of(GRID));
        assertThat(scope.covers(GRID)).isTrue();
        assertThat(scope.covers(NEIGHBOUR)).isFalse();
        assertThat(scope.covers(RegionCode.of("511703001001"))).isFalse();
        assertThat(scope.sqlPatterns()).containsExactly("51170300100101%");
    }

    @Test
    void theTreeAboveTheScopeIsAPathNotAView() {
        GridScope scope = GridScope.of(List.of(GRID));
        assertThat(scope.leadsTo(RegionCode.of("511703001001"))).isTrue();
        assertThat(scope.leadsTo(RegionCode.of("511703"))).isTrue();
        assertThat(scope.leadsTo(RegionCode.of("511703002"))).isFalse();
        assertThat(scope.ancestorCodes())
                .containsExactlyInAnyOrder("51170300100101", "511703001001", "511703001", "511703");
    }

    @Test
    void aCommunityScopeCoversAllItsGrids() {
        GridScope scope = GridScope.of(List.of(RegionCode.of("511703001001")));
        assertThat(scope.covers(GRID)).isTrue();
        assertThat(scope.covers(NEIGHBOUR)).isTrue();
        assertThat(scope.covers(RegionCode.of("51170300100201"))).isFalse();
    }

    @Test
    void anEmptyScopeMatchesNothing() {
        GridScope scope = GridScope.none();
        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.covers(GRID)).isFalse();
        assertThat(scope.leadsTo(RegionCode.of("511703"))).isFalse();
        assertThat(scope.sqlPatterns()).isEmpty();
    }

    @Test
    void unrestrictedMustBeAskedForByName() {
        assertThat(GridScope.unrestricted().covers(GRID)).isTrue();
        assertThat(GridScope.unrestricted().sqlPatterns()).containsExactly("%");
        assertThat(GridScope.of(List.of()).isUnrestricted()).isFalse();
    }
}
