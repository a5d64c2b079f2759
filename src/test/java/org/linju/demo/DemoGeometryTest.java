package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

class DemoGeometryTest {

    private static List<Geometry> split(long seed) {
        DemoGeometry geometry = new DemoGeometry(new Random(seed));
        return geometry.split(geometry.rectangle(DemoGridBoundaries.URBAN_EXTENT), 28);
    }

    @Test
    void theSameSeedDrawsTheSameDistrict() {
        List<Geometry> first = split(DemoDistrict.SEED);
        List<Geometry> second = split(DemoDistrict.SEED);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).equalsExact(second.get(i))).isTrue();
        }
        assertThat(split(DemoDistrict.SEED + 1).get(0).equalsExact(first.get(0)))
                .isFalse();
    }

    @Test
    void cellsAreValidAndTileTheExtentWithoutOverlap() {
        List<Geometry> cells = split(DemoDistrict.SEED);
        assertThat(cells)
                .hasSize(28)
                .allSatisfy(cell -> assertThat(IsValidOp.isValid(cell)).isTrue());
        double total = cells.stream().mapToDouble(Geometry::getArea).sum();
        assertThat(total).isCloseTo(DemoGridBoundaries.URBAN_EXTENT.getArea(), Percentage.withPercentage(0.01));
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                assertThat(cells.get(i).intersection(cells.get(j)).getArea()).isLessThan(1e-12);
            }
        }
    }
}
