package org.linju.grid;

import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable in-memory index answering "which grid is this point in?".
 *
 * <p>An STR-packed R-tree narrows the candidates to the grids whose bounding boxes hold the point; a prepared
 * geometry per grid answers the exact point-in-polygon test. A point on a shared edge belongs to the grid with
 * the lowest code, so every point has one answer.
 */
public final class GridIndex {

	/** A grid as the index knows it; coordinates are longitude/latitude (WGS 84). */
	public record Entry(String code, String name, String communityCode, String communityName, Geometry boundary) {
	}

	private record Candidate(Entry entry, PreparedGeometry prepared) {
	}

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final STRtree tree;
	private final int size;

	private GridIndex(STRtree tree, int size) {
		this.tree = tree;
		this.size = size;
	}

	public static GridIndex of(Collection<Entry> entries) {
		STRtree tree = new STRtree();
		for (Entry entry : entries) {
			tree.insert(entry.boundary().getEnvelopeInternal(),
					new Candidate(entry, PreparedGeometryFactory.prepare(entry.boundary())));
		}
		tree.build();
		return new GridIndex(tree, entries.size());
	}

	public static GridIndex empty() {
		return of(java.util.List.of());
	}

	public Optional<Entry> locate(double lng, double lat) {
		Point point = GEOMETRY.createPoint(new Coordinate(lng, lat));
		Entry[] found = new Entry[1];
		tree.query(new Envelope(lng, lng, lat, lat), item -> {
			Candidate candidate = (Candidate) item;
			@Nullable Entry best = found[0];
			if ((best == null || candidate.entry().code().compareTo(best.code()) < 0)
					&& candidate.prepared().covers(point)) {
				found[0] = candidate.entry();
			}
		});
		return Optional.ofNullable(found[0]);
	}

	public int size() {
		return size;
	}
}
