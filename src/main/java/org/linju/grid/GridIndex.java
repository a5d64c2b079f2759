package org.linju.grid;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable in-memory index answering "which grid is this point in?".
 *
 * <p>An STR-packed R-tree narrows the candidates to the grids whose bounding boxes hold the point; a prepared
 * geometry per grid answers the exact point-in-polygon test. A point on a shared edge belongs to the grid with
 * the lowest code, so every point has one answer. In front of that exact path sits an {@link InteriorRaster}
 * that answers points deep inside a grid without touching the tree (measured in {@code bench/}).
 *
 * <p>Public only for the JMH benchmarks in {@code bench/}, a separate build; other modules locate through
 * {@link GridLocator}.
 */
public final class GridIndex {

    /** A grid as the index knows it; coordinates are longitude/latitude (WGS 84). */
    public record Entry(String code, String name, String communityCode, String communityName, Geometry boundary) {}

    /**
     * A grid with its prepared boundary. The point test goes straight to the prepared polygon's indexed
     * point-in-area locator, which answers for a coordinate without building a Point for every lookup.
     */
    private record Candidate(Entry entry, PointOnGeometryLocator locator) implements InteriorRaster.CoversPoint {

        static Candidate of(Entry entry) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(entry.boundary());
            PointOnGeometryLocator locator = prepared instanceof PreparedPolygon polygon
                    ? polygon.getPointLocator()
                    : new IndexedPointInAreaLocator(entry.boundary());
            locator.locate(entry.boundary().getCoordinate());
            return new Candidate(entry, locator);
        }

        @Override
        public boolean covers(Coordinate point) {
            return locator.locate(point) != Location.EXTERIOR;
        }
    }

    /** About a quarter of the cells of a typical grid are crossed by its boundary at this resolution. */
    private static final int RASTER_CELLS_PER_GRID = 256;

    private static final int RASTER_MAX_CELLS = 4 << 20;

    private final STRtree tree;
    private final Candidate[] candidates;
    private final InteriorRaster raster;

    private GridIndex(STRtree tree, Candidate[] candidates, InteriorRaster raster) {
        this.tree = tree;
        this.candidates = candidates;
        this.raster = raster;
    }

    public static GridIndex of(Collection<Entry> entries) {
        STRtree tree = new STRtree();
        List<Candidate> candidates = entries.stream().map(Candidate::of).toList();
        candidates.forEach(candidate -> tree.insert(candidate.entry().boundary().getEnvelopeInternal(), candidate));
        tree.build();
        InteriorRaster raster = InteriorRaster.build(
                candidates.stream().map(c -> c.entry().boundary()).toList(),
                candidates,
                RASTER_CELLS_PER_GRID,
                RASTER_MAX_CELLS);
        return new GridIndex(tree, candidates.toArray(Candidate[]::new), raster);
    }

    public static GridIndex empty() {
        return of(List.of());
    }

    public Optional<Entry> locate(double lng, double lat) {
        int owner = raster.ownerAt(lng, lat);
        if (owner != InteriorRaster.ASK_THE_TREE) {
            return Optional.of(candidates[owner].entry());
        }
        return locateExactly(lng, lat);
    }

    /** The exact answer, without the raster: R-tree candidates, then each candidate's prepared boundary. */
    Optional<Entry> locateExactly(double lng, double lat) {
        Coordinate point = new Coordinate(lng, lat);
        Entry[] found = new Entry[1];
        tree.query(new Envelope(lng, lng, lat, lat), item -> {
            Candidate candidate = (Candidate) item;
            @Nullable Entry best = found[0];
            if ((best == null || candidate.entry().code().compareTo(best.code()) < 0) && candidate.covers(point)) {
                found[0] = candidate.entry();
            }
        });
        return Optional.ofNullable(found[0]);
    }

    public int size() {
        return candidates.length;
    }

    /** Every grid of the index, in the order it was built from. */
    public List<Entry> entries() {
        return Arrays.stream(candidates).map(Candidate::entry).toList();
    }
}
