package org.linju.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class WorkGeometryTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void aRoadsLengthIsMeasuredAlongTheGroundOverEveryLeg() {
        // east 2.0 km then north 1.47 km, at the demo district's latitude
        WorkGeometry road = WorkGeometry.of(
                "{\"type\":\"LineString\",\"coordinates\":[[107.478,31.196],[107.499,31.196],[107.499,31.20925]]}");
        assertThat(road.kind()).isEqualTo(GeometryKind.LINE);
        assertThat(road.lengthMetres()).isCloseTo(3470, within(5.0));
        assertThat(road.kilometres()).isEqualTo("3.47");
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        WorkGeometry meridian = WorkGeometry.of("{\"type\":\"LineString\",\"coordinates\":[[107,30],[107,31]]}");
        assertThat(meridian.lengthMetres()).isCloseTo(111_195, within(10.0));
    }

    @Test
    void theRepresentativePointOfAnLShapedPlazaLiesInsideIt() {
        String plaza = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,1],[1,1],[1,10],[0,10],[0,0]]]}";
        WorkGeometry area = WorkGeometry.of(plaza);
        Polygon shape = FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(0, 0),
            new Coordinate(10, 0),
            new Coordinate(10, 1),
            new Coordinate(1, 1),
            new Coordinate(1, 10),
            new Coordinate(0, 10),
            new Coordinate(0, 0)
        });
        // the centroid (about 2.6, 2.6) lies outside the L; the interior point must not
        assertThat(shape.contains(FACTORY.createPoint(shape.getCentroid().getCoordinate())))
                .isFalse();
        assertThat(shape.contains(FACTORY.createPoint(new Coordinate(area.lng(), area.lat()))))
                .isTrue();
        assertThat(area.kind()).isEqualTo(GeometryKind.AREA);
        assertThat(area.lengthMetres()).isNull();
    }

    @Test
    void aPointIsItsOwnRepresentative() {
        WorkGeometry plant = WorkGeometry.of("{\"type\":\"Point\",\"coordinates\":[107.4873,31.2194]}");
        assertThat(plant.kind()).isEqualTo(GeometryKind.POINT);
        assertThat(plant.lat()).isEqualTo(31.2194);
        assertThat(plant.lng()).isEqualTo(107.4873);
    }

    @Test
    void refusesWhatIsNoSoundGeometry() {
        for (String bad : new String[] {
            "not json",
            "{\"type\":\"Point\",\"coordinates\":[200,31]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}",
            "{\"type\":\"LineString\",\"coordinates\":[]}",
            " "
        }) {
            assertThatThrownBy(() -> WorkGeometry.of(bad))
                    .as(bad)
                    .isInstanceOf(WorksRefused.class)
                    .hasMessage("works.geometryInvalid");
        }
    }
}
