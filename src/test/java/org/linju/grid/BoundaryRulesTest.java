package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.identity.GridScope;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class BoundaryRulesTest {

    private static final String COMMUNITY = "511703001001";
    private final BoundaryRules rules = new BoundaryRules(Set.of(COMMUNITY), GridScope.unrestricted(), 10);

    private static Geometry box(double minLng, double minLat, double maxLng, double maxLat) {
        return GeoJson.FACTORY.toGeometry(new Envelope(minLng, maxLng, minLat, maxLat));
    }

    private static BoundaryRules.Candidate candidate(int index, String code, String community, Geometry shape) {
        return named(index, code, community, shape, "网格");
    }

    private static BoundaryRules.Candidate named(
            int index, String code, String community, Geometry shape, String name) {
        return new BoundaryRules.Candidate(
                index, new GridShape(GridCode.of(code), name, RegionCode.of(community), shape, false));
    }

    @Test
    void aNameWithMarkupOrControlCharactersIsRefusedWithTheFeaturesIndex() {
        for (String name : List.of("第一网格<img src=x onerror=alert(1)>", "第一网格>", "第一\u0000网格", "第一\n网格", "第一\u202e网格")) {
            assertThat(rules.checkShape(named(4, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01), name)))
                    .as(name)
                    .singleElement()
                    .satisfies(problem -> {
                        assertThat(problem.index()).isEqualTo(4);
                        assertThat(problem.reason()).isEqualTo("boundary.badName");
                    });
        }
        assertThat(rules.checkShape(
                        named(0, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01), "东城社区第一网格（A&B 区）")))
                .isEmpty();
    }

    @Test
    void aValidGridInAKnownCommunityPasses() {
        assertThat(rules.checkShape(candidate(0, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01))))
                .isEmpty();
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithItsReason() throws Exception {
        Geometry bowtie =
                new WKTReader(GeoJson.FACTORY).read("POLYGON ((107 31, 107.01 31.01, 107.01 31, 107 31.01, 107 31))");
        List<BoundaryProblem> problems = rules.checkShape(candidate(3, "51170300100101", COMMUNITY, bowtie));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.index()).isEqualTo(3);
            assertThat(problem.reason()).isEqualTo("boundary.invalidGeometry");
            assertThat(problem.args().get(0).toString()).containsIgnoringCase("self-intersection");
        });
    }

    @Test
    void communityMustBeKnownMatchingAndInScope() {
        assertThat(rules.checkShape(candidate(0, "51170300100201", "511703001002", box(107, 31, 107.01, 31.01))))
                .extracting(BoundaryProblem::reason)
                .containsExactly("boundary.unknownCommunity");
        assertThat(rules.checkShape(candidate(0, "51170300100201", COMMUNITY, box(107, 31, 107.01, 31.01))))
                .extracting(BoundaryProblem::reason)
                .containsExactly("boundary.communityMismatch");
        BoundaryRules narrow =
                new BoundaryRules(Set.of(COMMUNITY), GridScope.of(List.of(RegionCode.of("511703002"))), 10);
        assertThat(narrow.checkShape(candidate(0, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01))))
                .extracting(BoundaryProblem::reason)
                .containsExactly("boundary.outOfScope");
    }

    @Test
    void pointsAndLinesAreNotGrids() throws Exception {
        Geometry line = new WKTReader(GeoJson.FACTORY).read("LINESTRING (107 31, 107.01 31.01)");
        assertThat(rules.checkShape(candidate(0, "51170300100101", COMMUNITY, line)))
                .extracting(BoundaryProblem::reason)
                .containsExactly("boundary.notPolygon");
    }

    @Test
    void projectedCoordinatesAreCaught() {
        assertThat(rules.checkShape(candidate(0, "51170300100101", COMMUNITY, box(500000, 3450000, 500100, 3450100))))
                .extracting(BoundaryProblem::reason)
                .containsExactly("boundary.outOfRange");
    }

    @Test
    void neighboursSharingAnEdgePassButOverlapsAreRefused() {
        var left = candidate(0, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01));
        var right = candidate(1, "51170300100102", COMMUNITY, box(107.01, 31, 107.02, 31.01));
        assertThat(rules.checkTogether(List.of(left, right), Map.of())).isEmpty();

        var overlapping = candidate(1, "51170300100102", COMMUNITY, box(107.005, 31, 107.02, 31.01));
        assertThat(rules.checkTogether(List.of(left, overlapping), Map.of()))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.index()).isEqualTo(1);
                    assertThat(problem.reason()).isEqualTo("boundary.overlap");
                    assertThat(problem.args().get(0)).isEqualTo("51170300100101");
                    assertThat((Long) problem.args().get(1)).isBetween(500_000L, 560_000L);
                });
    }

    @Test
    void overlapWithAStoredGridCountsUnlessTheImportReplacesIt() {
        var shape = candidate(0, "51170300100102", COMMUNITY, box(107, 31, 107.01, 31.01));
        Map<String, Geometry> stored = Map.of("51170300100101", box(107.005, 31, 107.02, 31.01));
        assertThat(rules.checkTogether(List.of(shape), stored))
                .extracting(BoundaryProblem::reason)
                .containsExactly("boundary.overlap");
        var sameCode = candidate(0, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01));
        assertThat(rules.checkTogether(List.of(sameCode), Map.of())).isEmpty();
    }

    @Test
    void aCodeGivenTwiceIsRefusedAtItsSecondPlace() {
        var first = candidate(0, "51170300100101", COMMUNITY, box(107, 31, 107.01, 31.01));
        var again = candidate(4, "51170300100101", COMMUNITY, box(107.05, 31, 107.06, 31.01));
        assertThat(rules.checkTogether(List.of(first, again), Map.of()))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.index()).isEqualTo(4);
                    assertThat(problem.reason()).isEqualTo("boundary.duplicateCode");
                    assertThat(problem.args()).containsExactly(0);
                });
    }
}
