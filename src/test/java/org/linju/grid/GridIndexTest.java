package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

class GridIndexTest {

    private static Geometry box(double minLng, double minLat, double maxLng, double maxLat) {
        return GeoJson.FACTORY.toGeometry(new Envelope(minLng, maxLng, minLat, maxLat));
    }

    private static GridIndex.Entry grid(String code, Geometry boundary) {
        return new GridIndex.Entry(code, "网格" + code.substring(12), code.substring(0, 12), "社区", boundary);
    }

    @Test
    void findsTheGridThatHoldsThePoint() {
        GridIndex index = GridIndex.of(List.of(
                grid("51170300100101", box(107.0, 31.0, 107.1, 31.1)),
                grid("51170300100102", box(107.1, 31.0, 107.2, 31.1))));
        assertThat(index.locate(107.05, 31.05)).map(GridIndex.Entry::code).contains("51170300100101");
        assertThat(index.locate(107.15, 31.05)).map(GridIndex.Entry::code).contains("51170300100102");
    }

    @Test
    void aPointInNoGridHasNoAnswer() {
        GridIndex index = GridIndex.of(List.of(grid("51170300100101", box(107.0, 31.0, 107.1, 31.1))));
        assertThat(index.locate(107.5, 31.05)).isEmpty();
        assertThat(GridIndex.empty().locate(107.05, 31.05)).isEmpty();
    }

    @Test
    void aPointOnASharedEdgeBelongsToTheLowerCode() {
        GridIndex index = GridIndex.of(List.of(
                grid("51170300100102", box(107.1, 31.0, 107.2, 31.1)),
                grid("51170300100101", box(107.0, 31.0, 107.1, 31.1))));
        assertThat(index.locate(107.1, 31.05)).map(GridIndex.Entry::code).contains("51170300100101");
    }

    @Test
    void theBoundingBoxIsNotTheGrid() throws Exception {
        Geometry triangle = new WKTReader(GeoJson.FACTORY).read("POLYGON ((107 31, 107.2 31, 107 31.2, 107 31))");
        GridIndex index = GridIndex.of(List.of(grid("51170300100101", triangle)));
        assertThat(index.locate(107.05, 31.05)).isPresent();
        assertThat(index.locate(107.18, 31.18)).isEmpty();
    }

    @Test
    void holesAndMultiPolygonsAreHonoured() throws Exception {
        Geometry ring = new WKTReader(GeoJson.FACTORY)
                .read(
                        "MULTIPOLYGON (((107 31, 107.3 31, 107.3 31.3, 107 31.3, 107 31), (107.1 31.1, 107.2 31.1, 107.2 31.2, 107.1 31.2, 107.1 31.1)), ((108 31, 108.1 31, 108.1 31.1, 108 31))))");
        GridIndex index = GridIndex.of(List.of(grid("51170300100101", ring)));
        assertThat(index.locate(107.05, 31.05)).isPresent();
        assertThat(index.locate(107.15, 31.15)).as("inside the hole").isEmpty();
        assertThat(index.locate(108.07, 31.02)).as("second part").isPresent();
    }

    @Test
    void theRasterShortcutAlwaysAgreesWithTheExactPath() {
        Random random = new Random(42);
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sites.add(new Coordinate(107 + random.nextDouble() * 0.1, 31 + random.nextDouble() * 0.08));
        }
        var builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope extent = new Envelope(107, 107.1, 31, 31.08);
        builder.setClipEnvelope(extent);
        Geometry diagram = builder.getDiagram(GeoJson.FACTORY);
        Geometry clip = GeoJson.FACTORY.toGeometry(extent);
        List<GridIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i).intersection(clip);
            if (i == 0) {
                cell = cell.difference(cell.getCentroid().buffer(0.001));
            }
            entries.add(grid(String.format("511703001%03d%02d", 1 + i / 99, 1 + i % 99), cell));
        }
        GridIndex index = GridIndex.of(entries);
        for (int i = 0; i < 200_000; i++) {
            double lng = 106.99 + random.nextDouble() * 0.12;
            double lat = 30.99 + random.nextDouble() * 0.1;
            assertThat(index.locate(lng, lat)).isEqualTo(index.locateExactly(lng, lat));
        }
        for (GridIndex.Entry entry : entries) {
            for (var vertex : entry.boundary().getCoordinates()) {
                assertThat(index.locate(vertex.x, vertex.y)).isEqualTo(index.locateExactly(vertex.x, vertex.y));
            }
        }
        var holeCentre = entries.get(0).boundary().getEnvelopeInternal().centre();
        assertThat(index.locate(holeCentre.x, holeCentre.y)).isEqualTo(index.locateExactly(holeCentre.x, holeCentre.y));
    }
}
