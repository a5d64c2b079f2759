package org.linju.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.linju.grid.GridIndex;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A deterministic city-sized set of grids: Voronoi cells of random sites over a 0.8° × 0.6° extent (about
 * 75 km × 67 km near 31° N), densified so that each boundary has dozens of vertices like a surveyed one.
 */
final class SyntheticGrids {

	static final Envelope EXTENT = new Envelope(107.1, 107.9, 30.9, 31.5);
	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private SyntheticGrids() {
	}

	static List<GridIndex.Entry> build(int count, long seed) {
		Random random = new Random(seed);
		List<Coordinate> sites = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			sites.add(new Coordinate(EXTENT.getMinX() + random.nextDouble() * EXTENT.getWidth(),
					EXTENT.getMinY() + random.nextDouble() * EXTENT.getHeight()));
		}
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(sites);
		builder.setClipEnvelope(EXTENT);
		Geometry diagram = builder.getDiagram(FACTORY);
		Geometry clip = FACTORY.toGeometry(EXTENT);
		double cellSize = Math.sqrt(EXTENT.getArea() / count);
		List<GridIndex.Entry> grids = new ArrayList<>(count);
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = Densifier.densify(diagram.getGeometryN(i).intersection(clip), cellSize / 8);
			String code = String.format("511703%03d%03d%02d", 1 + i / 9900, 1 + (i / 99) % 100, 1 + i % 99);
			grids.add(new GridIndex.Entry(code, "网格" + i, code.substring(0, 12), "社区", cell));
		}
		return grids;
	}

	static double[][] randomPoints(int count, long seed) {
		Random random = new Random(seed);
		double[][] points = new double[count][2];
		for (int i = 0; i < count; i++) {
			points[i][0] = EXTENT.getMinX() + random.nextDouble() * EXTENT.getWidth();
			points[i][1] = EXTENT.getMinY() + random.nextDouble() * EXTENT.getHeight();
		}
		return points;
	}
}
